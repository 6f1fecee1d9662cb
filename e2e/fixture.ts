/**
 * The Chromium fixture: the built extension (.output/chrome-mv3, or $QARI_OUT_DIR/chrome-mv3) loaded
 * into Debian's Chromium, the seed pages served on 127.0.0.1, and helpers that drive the reader
 * through the same toggleReader the toolbar click and the keyboard command call.
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startSeedServer, type SeedServer } from '../scripts/lib/seed-server';
import { EXTENSION_DIR, launchWithExtension, readerInfo, serviceWorkerOf, type ReaderInfo } from './launch';

export { EXTENSION_DIR, launchWithExtension, readerInfo, serviceWorkerOf, launchArgs, type ReaderInfo } from './launch';

export interface Qari {
  worker: Worker;
  extensionId: string;
  /** Opens a seed page (e.g. 'elbalad-isis-africa') in `page` and waits until the detector has reported. */
  openSeed(slug: string, target?: Page): Promise<void>;
  /** Opens any URL and waits until the detector has reported (http/https pages). */
  open(url: string, target?: Page): Promise<void>;
  tabId(target?: Page): Promise<number>;
  /** Calls the service worker's globalThis.toggleReader(tabId), as the toolbar click does. */
  toggle(target?: Page): Promise<unknown>;
  reader(target?: Page): Promise<ReaderInfo>;
  tabState(target?: Page): Promise<any>;
}

export const test = base.extend<{ context: BrowserContext; page: Page; qari: Qari; extraLaunchArgs: string[] }, { server: SeedServer }>({
  server: [
    async ({}, use) => {
      const server = await startSeedServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extraLaunchArgs: [[], { option: true }],
  context: async ({ extraLaunchArgs }, use) => {
    const { context, cleanup } = await launchWithExtension(EXTENSION_DIR, extraLaunchArgs);
    await use(context);
    await cleanup();
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  qari: async ({ context, page, server }, use) => {
    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    const tabId = async (target: Page = page) => {
      await target.bringToFront();
      const id = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (id === null) throw new Error('No active tab');
      return id;
    };
    const tabState = async (target: Page = page) => {
      const id = await tabId(target);
      return worker.evaluate((id) => (globalThis as any).qariTabState(id), id);
    };
    const open = async (url: string, target: Page = page) => {
      await target.goto(url);
      if (/^https?:/.test(url)) {
        await expect.poll(async () => (await tabState(target))?.url ?? null, { timeout: 10_000 }).toBe(target.url());
      }
    };
    await use({
      worker,
      extensionId,
      open,
      openSeed: (slug, target = page) => open(server.url(`/${slug}/`), target),
      tabId,
      tabState,
      toggle: async (target: Page = page) => {
        const id = await tabId(target);
        return worker.evaluate((id) => (globalThis as any).toggleReader(id), id);
      },
      reader: (target: Page = page) => readerInfo(target),
    });
  },
});

export { expect };
