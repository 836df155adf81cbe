// The dashboard end to end in Debian's Chromium against a running local runtime (debt-os serve, real PostgreSQL):
// sign in, connect a local repository, scan it and watch the scan complete, read the overview, filter the debt
// list, move an item through the workflow, open a pull-request scan, manage settings, create and revoke an API
// key; axe on every page. Run by DashboardBrowserIT (functions/local), which starts the runtime and seeds the PR scan.
//   DEBT_OS_URL       the runtime, e.g. http://127.0.0.1:3001
//   DEBT_OS_E2E_REPO  a git repository with findings to connect as a local repository
//   DEBT_OS_E2E_LOGIN the local sign-in name (the PR scan's repository belongs to this user)
//   DEBT_OS_E2E_PR_SCAN  the id of a completed PR scan whose gate failed on one added finding
//   DEBT_OS_SCREENSHOTS  optional: a directory for screenshots of the main pages
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, watchedPage } from './browser.mjs';
import { axeSummary, checkAccessibility } from '../../scripts/lib/node-tools/browser/axe.mjs';

const base = required('DEBT_OS_URL');
const repository = required('DEBT_OS_E2E_REPO');
const login = required('DEBT_OS_E2E_LOGIN');
const prScan = required('DEBT_OS_E2E_PR_SCAN');
const screenshots = process.env.DEBT_OS_SCREENSHOTS;
const TIMEOUT = 30_000;

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

let browser;
let page;
let problems;
const state = {};

async function shot(name) {
  if (!screenshots) return;
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
}

/** The page's content is on screen: no loading indicator left in <main>. */
async function settled() {
  await page.locator('main .state.loading').first().waitFor({ state: 'detached', timeout: TIMEOUT }).catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('main .state.loading'), null, { timeout: TIMEOUT });
}

describe('the dashboard in a real browser', { concurrency: 1 }, () => {
  before(async () => {
    browser = await launch();
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 860 } });
    context.setDefaultTimeout(TIMEOUT);
    ({ page, problems } = await watchedPage(context));
  });

  after(async () => {
    console.log(axeSummary());
    await browser?.close();
  });

  it('sends a new visitor to sign-in and signs in with the local profile', async () => {
    await page.goto('/repos');
    await page.waitForURL(/\/sign-in\?next=%2Frepos/);
    await page.getByLabel('Name').waitFor();
    assert.equal(await page.getByRole('link', { name: /GitHub/ }).count(), 0, 'GitHub is not configured here');
    await checkAccessibility(page, 'sign-in');
    await shot('sign-in');
    await page.getByLabel('Name').fill(login);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/repos');
    // the pull-request scan's repository is already this user's
    await page.getByRole('link', { name: 'acme/shop' }).waitFor();
    await settled();
    await checkAccessibility(page, 'repositories');
  });

  it('connects a local repository and scans it, watching the scan until it completes', async () => {
    await page.getByRole('button', { name: 'Connect a repository' }).click();
    await page.getByLabel('A directory on this machine').check();
    await page.getByLabel(/Directory/).fill(repository);
    await checkAccessibility(page, 'connect form');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.waitForURL(/\/repos\/[0-9a-f-]{36}$/);
    state.repo = page.url().split('/').pop();
    await page.getByText('Not scanned yet').waitFor();
    await page.getByRole('button', { name: 'Scan now' }).click();
    await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
    state.scan = page.url().split('/').pop();
    await page.locator('.page-head .badge').filter({ hasText: /^Completed$/ }).waitFor({ timeout: 90_000 });
    await settled();
    const findings = Number((await page.locator('.metric', { hasText: 'Findings' }).locator('.metric-value').textContent()).replace(/,/g, ''));
    assert.ok(findings > 0, 'the scan found debt in the fixture repository');
    await page.getByRole('button', { name: 'Download SARIF' }).waitFor();
    await checkAccessibility(page, 'scan result');
    await shot('scan');
  });

  it('shows the overview: rating, debt ratio, trend, hotspot map and plan', async () => {
    await page.goto(`/repos/${state.repo}`);
    await page.getByText('Debt rating').waitFor();
    await settled();
    await page.locator('.chart svg').first().waitFor();
    assert.equal(await page.locator('.chart').count(), 2, 'the trend and the hotspot map');
    await page.getByRole('heading', { name: 'Remediation plan' }).waitFor();
    await checkAccessibility(page, 'overview');
    await shot('overview');
  });

  it('filters, sorts and pages the debt list with everything kept in the address', async () => {
    await page.getByRole('link', { name: 'Debt', exact: true }).click();
    await page.waitForURL(`**/repos/${state.repo}/debt`);
    await settled();
    const all = await page.locator('tbody tr').count();
    assert.ok(all > 1, 'several items before filtering');
    await checkAccessibility(page, 'debt list');
    await shot('debt-list');
    // The filter boxes are controlled by the address: the box shows ticked once the router has moved, which a
    // busy machine may take longer than check()'s own immediate re-read allows, so click and wait for the address.
    const high = page.getByRole('checkbox', { name: /^High/ });
    await high.click();
    await page.waitForURL(/severity=high/);
    await page.waitForFunction(() => document.querySelector('input[type=checkbox][name=severity][value=high]')?.checked === true);
    await settled();
    const severities = await page.locator('tbody tr td:first-child .badge').allTextContents();
    assert.ok(severities.length > 0 && severities.every((s) => s === 'High'), `only high items: ${severities}`);
    await page.getByLabel('Text').fill('Pricing');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/q=Pricing/);
    await settled();
    const paths = await page.locator('tbody td.path').allTextContents();
    assert.ok(paths.length > 0 && paths.every((p) => p.includes('Pricing')), `only Pricing: ${paths}`);
    await page.getByLabel('Sort by').selectOption('effort');
    await page.waitForURL(/sort=effort/);
    await page.reload();
    await settled();
    assert.equal(await page.getByRole('checkbox', { name: /^High/ }).isChecked(), true, 'filters survive a reload');
    assert.equal(await page.getByLabel('Text').inputValue(), 'Pricing');
    assert.equal(await page.getByLabel('Sort by').inputValue(), 'effort');
  });

  it('moves an item through the workflow with only the allowed transitions offered', async () => {
    await page.locator('tbody th.finding a').first().click();
    await page.waitForURL(/\/debt\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Evidence' }).waitFor();
    const moves = () => page.getByRole('group', { name: 'Move to' }).getByRole('button').allTextContents();
    assert.deepEqual(await moves(), ['Move to acknowledged', 'Move to planned', 'Move to in progress', 'Move to resolved', 'Move to wont fix']);
    await checkAccessibility(page, 'debt item');
    await shot('debt-item');
    await page.getByLabel('Note (optional)').fill('on the next sprint');
    await page.getByRole('button', { name: 'Move to planned' }).click();
    await page.locator('.item-facts .status', { hasText: 'Planned' }).waitFor();
    assert.deepEqual(await moves(), ['Move to open', 'Move to in progress', 'Move to wont fix']);
    await page.getByRole('button', { name: 'Move to in progress' }).click();
    await page.locator('.item-facts .status', { hasText: 'In progress' }).waitFor();
    await page.getByRole('button', { name: 'Move to resolved' }).click();
    await page.locator('.item-facts .status', { hasText: 'Resolved' }).waitFor();
    assert.deepEqual(await moves(), ['Move to open']);
    const history = await page.locator('.timeline li').allTextContents();
    assert.ok(history.some((h) => h.includes('Planned → In progress')), `history: ${history}`);
    assert.ok(history.some((h) => h.includes('on the next sprint')), 'the note is in the history');
    await page.getByLabel('Not debt').check();
    await page.getByLabel('Why (optional)').fill('generated code');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByText('Thank you').waitFor();
  });

  it('opens a pull-request scan by its address: the failed gate and the added finding', async () => {
    await page.goto(`/scans/${prScan}`);
    await page.getByRole('heading', { name: 'Quality gate: failed' }).waitFor();
    const reasons = await page.locator('.gate li').allTextContents();
    assert.ok(reasons.some((r) => r.includes('high') && r.includes('Discounts.java')), `gate reasons: ${reasons}`);
    const added = await page.locator('section.card', { has: page.getByRole('heading', { name: /^Added: \d+$/ }) })
      .locator('.findings li').allTextContents();
    assert.ok(added.some((f) => f.startsWith('High') && f.includes('Discounts.java')), `added: ${added}`);
    await page.getByRole('heading', { name: /^Removed: 0$/ }).waitFor();
    await checkAccessibility(page, 'pull-request scan');
    await shot('pull-request-scan');
  });

  it('keeps settings and shows a new webhook secret once', async () => {
    await page.goto(`/repos/${state.repo}/settings`);
    await page.getByLabel('Scheduled scan (UTC)').selectOption('daily');
    await page.getByLabel('Fail on an added finding of severity').selectOption('medium');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    assert.equal(await page.getByLabel('Scheduled scan (UTC)').inputValue(), 'daily');
    assert.equal(await page.getByLabel('Fail on an added finding of severity').inputValue(), 'medium');
    await page.getByLabel('Scheduled scan (UTC)').selectOption('cron');
    await page.getByLabel('Cron expression (5 fields)').fill('every day');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('alert').filter({ hasText: 'schedule' }).waitFor();
    await page.getByRole('button', { name: 'Create a new secret' }).click();
    const secret = await page.getByTestId('shown-once-secret').textContent();
    assert.ok(secret.length >= 32, 'a long random secret');
    await checkAccessibility(page, 'settings');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    assert.equal(await page.getByTestId('shown-once-secret').count(), 0, 'gone once acknowledged');
  });

  it('lists scans and searches the embedded code by meaning', async () => {
    await page.goto(`/repos/${state.repo}/scans`);
    await settled();
    assert.ok(await page.locator('tbody tr').count() >= 1);
    await checkAccessibility(page, 'scans');
    await page.goto(`/repos/${state.repo}/search`);
    await page.getByRole('heading', { name: 'Embedded code' }).waitFor();
    await page.getByLabel('What the code does').fill('the total price of the shopping cart');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('list', { name: 'Search results' });
    await results.waitFor();
    const places = await results.locator('code').allTextContents();
    assert.ok(places.length > 0 && places.every((p) => p.startsWith('src/main/java/shop/')), `places: ${places}`);
    await checkAccessibility(page, 'search');
  });

  it('creates an API key shown once and revokes it', async () => {
    await page.goto('/api-keys');
    await page.getByLabel('Name').fill('ci on main');
    await page.getByLabel(/^write/).check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await page.getByTestId('shown-once-secret').textContent();
    assert.match(key, /^dos_[0-9a-f]{12}_/);
    await checkAccessibility(page, 'API keys');
    await shot('api-keys');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    const row = page.locator('tbody tr', { hasText: 'ci on main' });
    assert.equal((await row.locator('td').nth(1).textContent()).trim(), 'read, write');
    page.once('dialog', (dialog) => dialog.accept());
    await row.getByRole('button', { name: 'Revoke ci on main' }).click();
    await row.getByText(/^Revoked/).waitFor();
  });

  it('shows the audit trail of what was just done', async () => {
    await page.goto('/audit');
    await settled();
    const actions = await page.locator('tbody th').allTextContents();
    for (const action of ['api_key.revoke', 'api_key.create', 'webhook.rotate', 'debt_item.status_change', 'repository.connect']) {
      assert.ok(actions.includes(action), `${action} in ${actions}`);
    }
    await checkAccessibility(page, 'audit log');
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'No page at this address' }).waitFor();
    await checkAccessibility(page, 'not found');
  });

  it('signs out, and a deep link then asks to sign in first', async () => {
    await page.goto('/repos');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in(\?|$)/);
    await page.getByLabel('Name').waitFor();
    await page.goto(`/scans/${prScan}`);
    await page.waitForURL(/\/sign-in\?next=/);
  });

  it('met no script error, CSP violation or server error on the way', () => {
    assert.deepEqual(problems, []);
  });
});
