/** Severity colours of the charts; the badges in styles.css use the same hues (darker, for text contrast). */
export const SEVERITY_COLOURS: Record<string, string> = {
  critical: '#8e1b1b',
  high: '#d1495b',
  medium: '#edae49',
  low: '#00798c',
  info: '#8a94a6',
};

export function severityColour(severity: string): string {
  return SEVERITY_COLOURS[severity] ?? '#66788a';
}
