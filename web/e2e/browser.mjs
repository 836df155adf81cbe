// The dashboard's browser pages: Debian's Chromium as every DEBT-OS browser check launches it (the shared
// scripts/lib/node-tools/browser/chromium.mjs), and a page that records what must never happen in the dashboard.
export { CHROMIUM_ARGS, chromiumPath, launch } from '../../scripts/lib/node-tools/browser/chromium.mjs';

/**
 * A page that records what must never happen in the dashboard: script errors, failed console messages (CSP
 * violations are reported there) and responses answered 5xx.
 */
export async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { page, problems };
}
