// axe-core on the page as the signed-in person sees it (same browser context and session), failing on serious or
// critical violations. Results per page are kept for the summary the suite prints at the end.
import AxeBuilder from '@axe-core/playwright';

export const axeResults = [];

export async function checkAccessibility(page, name) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of result.violations) counts[violation.impact ?? 'minor'] += violation.nodes.length;
  axeResults.push({ name, url: page.url(), counts, rules: result.violations.map((v) => `${v.impact} ${v.id}`) });
  const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length) {
    const detail = blocking.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    throw new Error(`axe on ${name}: ${detail.join('\n')}`);
  }
}

export function axeSummary() {
  const lines = axeResults.map((r) =>
    `  ${r.name.padEnd(22)} critical ${r.counts.critical}, serious ${r.counts.serious}, moderate ${r.counts.moderate}, minor ${r.counts.minor}${r.rules.length ? ` (${r.rules.join(', ')})` : ''}`);
  return `axe (wcag2a/aa, wcag21a/aa, best practice) on ${axeResults.length} pages:\n${lines.join('\n')}`;
}
