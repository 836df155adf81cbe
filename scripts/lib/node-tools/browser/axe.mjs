// The one accessibility check of DEBT-OS: axe-core (WCAG 2.0/2.1 A and AA, and best practice) on a page as it is
// open in the caller's browser (so the dashboard's suite checks its signed-in pages in its own session), failing on
// serious or critical violations. Results per page are kept for the summary a suite prints at the end.
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export const axeResults = [];

/** Violations on the page by impact (counted per offending node) and by rule; blocking are serious or critical. */
export async function axeCounts(page, name) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of result.violations) counts[violation.impact ?? 'minor'] += violation.nodes.length;
  const entry = {
    name, url: page.url(), counts,
    rules: result.violations.map((v) => `${v.impact} ${v.id}`),
    blocking: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`),
  };
  axeResults.push(entry);
  return entry;
}

/** Throws when the page has a serious or critical violation, naming each with up to three of its nodes. */
export async function checkAccessibility(page, name) {
  const { blocking } = await axeCounts(page, name);
  if (blocking.length) throw new Error(`axe on ${name}: ${blocking.join('\n')}`);
}

export function axeSummary() {
  const lines = axeResults.map((r) =>
    `  ${r.name.padEnd(22)} critical ${r.counts.critical}, serious ${r.counts.serious}, moderate ${r.counts.moderate}, minor ${r.counts.minor}${r.rules.length ? ` (${r.rules.join(', ')})` : ''}`);
  return `axe (wcag2a/aa, wcag21a/aa, best practice) on ${axeResults.length} pages:\n${lines.join('\n')}`;
}
