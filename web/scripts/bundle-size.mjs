// Prints the gzipped size of what a first visit loads (the scripts, module preloads and style sheets index.html
// names) and of every lazy chunk, and fails the build when the initial JavaScript exceeds its budget.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 250;
const dist = 'dist';
const html = await readFile(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
const gzipKb = async (file) => gzipSync(await readFile(join(dist, file)), { level: 9 }).length / 1024;

let initialJs = 0;
const rows = [];
for (const file of (await readdir(join(dist, 'assets'))).map((f) => `assets/${f}`).sort()) {
  if (!/\.(js|css)$/.test(file)) continue;
  const kb = await gzipKb(file);
  const loaded = initial.has(file);
  if (loaded && file.endsWith('.js')) initialJs += kb;
  rows.push(`  ${loaded ? 'initial' : 'lazy   '} ${kb.toFixed(1).padStart(7)} KB gz  ${file}`);
}
console.log(rows.join('\n'));
console.log(`web: initial JavaScript ${initialJs.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (initialJs > BUDGET_KB) {
  console.error(`web: the initial JavaScript is over its ${BUDGET_KB} KB budget`);
  process.exit(1);
}
