/**
 * The Chromium fixture: the built extension (.output/chrome-mv3, or $QARI_OUT_DIR/chrome-mv3) loaded
 * into Debian's Chromium, the seed pages served on 127.0.0.1, and helpers that drive the reader
 * through the same toggleReader the toolbar click and the keyboard command call.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSeedServer, type SeedServer } from '../scripts/lib/seed-server';
import { chromiumPath } from './browsers';

export const EXTENSION_DIR = resolve(process.env.QARI_OUT_DIR ?? '.output', 'chrome-mv3');

export interface ReaderInfo {
  /** How many <qari-reader> elements the page holds. */
  hosts: number;
  shadowOpen: boolean;
  articles: number;
  dir: string | null;
  lang: string | null;
  h1: string | null;
  /** All text in the shadow root. */
  text: string;
}

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

export function launchArgs(extensionDir: string): string[] {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--enable-unsafe-extension-debugging',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export async function launchWithExtension(extensionDir = EXTENSION_DIR, extraArgs: string[] = []): Promise<{ context: BrowserContext; cleanup(): Promise<void> }> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first (npm test does).`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'qari-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    args: [...launchArgs(extensionDir), ...extraArgs],
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  return {
    context,
    async cleanup() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

export async function readerInfo(page: Page): Promise<ReaderInfo> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('qari-reader');
    const root = hosts[0]?.shadowRoot ?? null;
    const article = root?.querySelector('article') ?? null;
    return {
      hosts: hosts.length,
      shadowOpen: !!root,
      articles: root ? root.querySelectorAll('article').length : 0,
      dir: article?.getAttribute('dir') ?? null,
      lang: article?.getAttribute('lang') ?? null,
      h1: article?.querySelector('h1')?.textContent?.trim() ?? null,
      text: root?.textContent ?? '',
    };
  });
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
