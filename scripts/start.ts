/**
 * `npm start`: builds Qari, serves the seed pages on 127.0.0.1 and opens Chromium with Qari loaded
 * on the seed article. With no display (a server, CI, a container) it runs headless instead and
 * writes a screenshot of the reader on every seed page to screenshots/start/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { ROOT, listSeeds } from './lib/seeds';
import { startSeedServer } from './lib/seed-server';
import { EXTENSION_DIR, launchWithExtension, serviceWorkerOf } from '../e2e/launch';

const MAIN_SEED = 'elbalad-isis-africa';

function hasDisplay(): boolean {
  if (process.env.QARI_HEADLESS === '1') return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** Waits until the detector in the page has reported to the worker, then opens the reader. */
async function openReader(page: Page, worker: Worker): Promise<unknown> {
  await page.bringToFront();
  const id = await activeTabId(worker);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const state = await worker.evaluate((tabId) => (globalThis as any).qariTabState(tabId), id);
    if (state?.url === page.url()) break;
    await page.waitForTimeout(100);
  }
  return worker.evaluate((tabId) => (globalThis as any).toggleReader(tabId), id);
}

async function main(): Promise<void> {
  console.log('Building Qari for Chromium…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, QARI_OUT_DIR: '.output' } });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const server = await startSeedServer({ port: Number(process.env.PORT) || 0 });
  console.log(`Seed pages: ${server.origin}/`);
  const headed = hasDisplay();
  const { context, cleanup } = await launchWithExtension(EXTENSION_DIR, [], { headless: !headed });
  const worker = await serviceWorkerOf(context);
  const page = context.pages()[0] ?? (await context.newPage());

  if (headed) {
    await page.goto(server.url(`/${MAIN_SEED}/`));
    await openReader(page, worker);
    console.log('Chromium is open with Qari loaded. Click the Qari icon (or press Alt+Shift+Q) to close and reopen the reader.');
    console.log('Close the browser window to stop.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  } else {
    const folder = join(ROOT, 'screenshots', 'start');
    mkdirSync(folder, { recursive: true });
    console.log('No display: running headless.');
    for (const seed of listSeeds()) {
      await page.goto(server.url(seed.path));
      const state = await openReader(page, worker);
      await page.waitForTimeout(300);
      const file = join(folder, `${seed.slug}.png`);
      await page.screenshot({ path: file });
      console.log(`  ${seed.slug}: ${JSON.stringify(state)} → ${file}`);
      await openReader(page, worker);
    }
    console.log(`Screenshots of the reader on every seed page are in ${folder}`);
  }
  await cleanup();
  await server.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
