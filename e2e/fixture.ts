/**
 * The Chromium fixture: the built extension (.output/chrome-mv3, or $QARI_OUT_DIR/chrome-mv3) loaded
 * into Debian's Chromium, the seed pages served on 127.0.0.1, and helpers that drive the reader
 * through the same toggleReader the toolbar click and the keyboard command call.
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromium, type CDPSession } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

// ---- Added for the activation tests: a real toolbar click, and a look into the content scripts' world. ----

/**
 * A browser-level DevTools session. The persistent context has no browser(), so this needs the context
 * launched with `test.use({ extraLaunchArgs: ['--remote-debugging-port=0'] })`: the port is read from
 * DevToolsActivePort in the profile folder, which chrome://version names.
 */
export async function browserSession(context: BrowserContext): Promise<{ session: CDPSession; close(): Promise<void> }> {
  const probe = await context.newPage();
  try {
    await probe.goto('chrome://version');
    const profile = await probe.evaluate(() => document.querySelector('#profile_path')?.textContent ?? '');
    const file = join(dirname(profile), 'DevToolsActivePort');
    if (!profile || !existsSync(file)) throw new Error('No DevToolsActivePort: launch with extraLaunchArgs ["--remote-debugging-port=0"]');
    const port = readFileSync(file, 'utf8').split('\n')[0];
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const session = await browser.newBrowserCDPSession();
    return { session, close: () => browser.close() };
  } finally {
    await probe.close();
  }
}

/**
 * Clicks Qari's toolbar icon for `page`'s tab as a user would (Extensions.triggerAction, which grants
 * activeTab like a real click). The tab is found by its URL, so it must be the only tab showing that URL.
 */
export async function clickToolbarIcon(session: CDPSession, page: Page, extensionId: string): Promise<void> {
  const { targetInfos } = (await session.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as unknown as {
    targetInfos: { type: string; targetId: string; url: string }[];
  };
  const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
  if (tabs.length !== 1) throw new Error(`Expected one tab showing ${page.url()}, found ${tabs.length}`);
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0].targetId } as never);
}

/** Evaluates an expression in the extension's isolated world of `page`'s top frame (where the detector and the reader run). */
export async function evaluateInContentScriptWorld<T = unknown>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context as (typeof contexts)[number]));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.name === 'Qari');
    if (!world) throw new Error('No Qari content script world in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
