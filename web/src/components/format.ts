/** Words for the API's wire names: "in_progress" → "In progress", "code_smell" → "Code smell". */
export function humanize(wire: string): string {
  const words = wire.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Effort in minutes as a person says it: 45 min, 3 h 20 min, 2 d 4 h (8-hour days). */
export function effort(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 8);
  return hours % 8 ? `${days} d ${hours % 8} h` : `${days} d`;
}

export function percent(ratio: number, digits = 1): string {
  return `${(ratio * 100).toFixed(digits)} %`;
}

export function count(n: number): string {
  return n.toLocaleString('en');
}

export function shortSha(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 8) : '—';
}
