// Render timings of the dashboard (scripts/bench web): for the repository overview and the first debt-list page,
// the time from navigation start until the page shows its content (no loading indicator; the overview's headline,
// both charts drawn and the plan; the list's 50 rows), measured in the page's own clock. The first load meets the
// API's caches cold, the later ones warm.
//   node bench/render.mjs <base URL> <bearer token> <repository id> <runs>
import { launch } from '../e2e/browser.mjs';

const [base, token, repo, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
if (!base || !token || !repo || !(runs > 0)) {
  console.error('usage: node bench/render.mjs <base URL> <token> <repository id> <runs>');
  process.exit(2);
}

const PAGES = [
  { name: 'repository overview', kind: 'overview', path: `/repos/${repo}` },
  { name: 'debt list, first page', kind: 'list', path: `/repos/${repo}/debt` },
];

/** Runs in the page (passed as a function, not a string: the dashboard's CSP forbids eval). */
function renderedAt(kind) {
  if (document.querySelector('main .state.loading')) return false;
  const done = kind === 'overview'
    ? document.querySelectorAll('.chart svg').length >= 2 && document.querySelector('.plan') !== null
      && document.querySelector('.metric-value') !== null
    : document.querySelectorAll('tbody tr').length === 50;
  return done ? performance.now() : false;
}

const browser = await launch();
const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 860 } });
await context.addInitScript((session) => localStorage.setItem('debt-os.session', session),
  JSON.stringify({ token, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }));
const page = await context.newPage();

const breakdown = [];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`  ${'page'.padEnd(24)} ${'first (cold)'.padStart(13)} ${'median warm'.padStart(12)} ${'max warm'.padStart(9)}   goal`);
for (const target of PAGES) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('about:blank');
    await page.goto(target.path, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(renderedAt, target.kind, { polling: 'raf', timeout: 60_000 });
    times.push(await handle.jsonValue());
  }
  // where the last load's time went: the page's scripts ready, and the API answers it waited for
  const spent = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const api = performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.startsWith('/api/'));
    return {
      scripts: navigation ? navigation.domContentLoadedEventEnd : 0,
      api: api.map((r) => `${new URL(r.name).pathname.replace(/[0-9a-f-]{36}/g, '{id}')} ${Math.round(r.responseEnd - r.startTime)} ms`),
      apiDone: Math.max(0, ...api.map((r) => r.responseEnd)),
    };
  });
  breakdown.push(`  ${target.name}: scripts ready at ${Math.round(spent.scripts)} ms, last API answer at ${Math.round(spent.apiDone)} ms (${spent.api.join(', ')})`);
  const warm = times.slice(1);
  const fmt = (ms) => `${Math.round(ms).toLocaleString('en')} ms`;
  console.log(`  ${target.name.padEnd(24)} ${fmt(times[0]).padStart(13)} ${(warm.length ? fmt(median(warm)) : '-').padStart(12)} ${(warm.length ? fmt(Math.max(...warm)) : '-').padStart(9)}   1,000 ms`);
}
console.log(`last warm load of each page:\n${breakdown.join('\n')}`);
await browser.close();
