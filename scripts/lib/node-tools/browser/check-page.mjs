// axe on a static page opened from disk (the HTML report), at a desktop and a phone width:
//   node browser/check-page.mjs PAGE.html
// Prints the summary and, last, one JSON line {"critical":…,"serious":…,"moderate":…,"minor":…,"blocking":[…]}
// (both widths together); exits 1 on a serious or critical violation, 2 on bad usage.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './chromium.mjs';
import { axeCounts, axeSummary } from './axe.mjs';

const page = process.argv[2];
if (!page || process.argv.length > 3 || !existsSync(page)) {
  console.error('usage: node browser/check-page.mjs PAGE.html (an existing file)');
  process.exit(2);
}

const browser = await launch();
const total = { critical: 0, serious: 0, moderate: 0, minor: 0, blocking: [] };
try {
  for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    const context = await browser.newContext({ viewport });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(resolve(page)).href, { waitUntil: 'load' });
    const entry = await axeCounts(tab, `report, ${label}`);
    for (const impact of ['critical', 'serious', 'moderate', 'minor']) total[impact] += entry.counts[impact];
    total.blocking.push(...entry.blocking.map((line) => `${label}: ${line}`));
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(axeSummary());
for (const line of total.blocking) console.log(`  ${line}`);
console.log(JSON.stringify(total));
process.exit(total.blocking.length ? 1 : 0);
