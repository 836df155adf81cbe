// Debian's Chromium driven by playwright-core (no browser download): the switches every DEBT-OS browser check uses,
// the dashboard's browser suite and the HTML report's accessibility check alike.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

export function chromiumPath() {
  return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
