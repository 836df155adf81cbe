// Render timings of the dashboard (scripts/bench web): for the repository overview and the first debt-list page,
// the time from navigation start until the page shows its content (no loading indicator; the overview's headline,
// both charts drawn and the plan; the list's 50 rows), measured in the page's own clock. The overview's first load
// is the dashboard's first request after `debt-os serve` is ready ("first (cold)": nothing in the browser's cache,
// the API's caches empty for the repository, the server primed but having answered no page); the later loads are
// warm. Where the first and the last load of each page spent their time is printed below the table.
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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => `${Math.round(ms).toLocaleString('en')} ms`;

/** Where a load's time went: the page's scripts ready, and the API answers it waited for . */
const spentOn = () => page.evaluate(() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const api = performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.startsWith('/api/'));
  return {
    scripts: navigation ? navigation.domContentLoadedEventEnd : 0,
    assets: Math.max(0, ...performance.getEntriesByType('resource')
      .filter((r) => new URL(r.name).pathname.startsWith('/assets/')).map((r) => r.responseEnd)),
    api: api.map((r) => ({ path: new URL(r.name).pathname.replace(/[0-9a-f-]{36}/g, '{id}'), ms: r.responseEnd - r.startTime })),
    apiDone: Math.max(0, ...api.map((r) => r.responseEnd)),
  };
});
const describe = (name, load, spent) => `  ${name}, ${load}: assets fetched by ${fmt(spent.assets)}, scripts ready at ${fmt(spent.scripts)}, last API answer at `
  + `${fmt(spent.apiDone)} (${spent.api.map((a) => `${a.path} ${Math.round(a.ms)} ms`).join(', ')})`;

// The first load of the first page is the first request of the dashboard after `debt-os serve` became ready:
// nothing cached in the browser, the server's Redis cache empty for this repository, the JVM only primed.
const breakdown = [];
console.log(`  ${'page'.padEnd(24)} ${'first (cold)'.padStart(13)} ${'median warm'.padStart(12)} ${'max warm'.padStart(9)}   goal`);
for (const target of PAGES) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('about:blank');
    await page.goto(target.path, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(renderedAt, target.kind, { polling: 'raf', timeout: 60_000 });
    times.push(await handle.jsonValue());
    if (i === 0) breakdown.push(describe(target.name, 'first load', await spentOn()));
    else if (i === runs - 1) breakdown.push(describe(target.name, 'last warm load', await spentOn()));
  }
  const warm = times.slice(1);
  console.log(`  ${target.name.padEnd(24)} ${fmt(times[0]).padStart(13)} ${(warm.length ? fmt(median(warm)) : '-').padStart(12)} ${(warm.length ? fmt(Math.max(...warm)) : '-').padStart(9)}   1,000 ms`);
}
console.log(`where the time went:\n${breakdown.join('\n')}`);
await browser.close();
