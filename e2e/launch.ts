/**
 * Launching Debian's Chromium with the built extension, outside or inside the test runner:
 * used by the Playwright fixture, by `npm start` and by `npm run bench`.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

export function launchArgs(extensionDir: string, headless = true): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
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

export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  extraArgs: string[] = [],
  options: { headless?: boolean } = {},
): Promise<{ context: BrowserContext; cleanup(): Promise<void> }> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first (npm test does).`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'qari-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    args: [...launchArgs(extensionDir, options.headless ?? true), ...extraArgs],
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

/** Reads the reader by the testing contract; runs inside the page (self-contained, so any driver can pass it to evaluate). */
export function readReaderInPage(): ReaderInfo {
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
}

/** Where the open reader is scrolled to, and how its reading-progress bar and toolbar sit on screen. */
export interface ReaderScroll {
  /** The first 60 characters of the paragraph or list item at the scroller's top edge. */
  topBlock: string | null;
  scrollTop: number;
  bar: { right: number; width: number; bottom: number };
  toolbar: { right: number; width: number; bottom: number };
}

/**
 * Scrolls the open reader to `fraction` of the way down (null: leaves it where it is), waits for the frame that draws
 * the progress bar, and measures. Runs inside the page (self-contained, so any driver can pass it to evaluate).
 */
export async function scrollReaderInPage(fraction: number | null): Promise<ReaderScroll> {
  const root = document.querySelector('qari-reader')!.shadowRoot!;
  const scroller = root.querySelector<HTMLElement>('.qari-scroller')!;
  if (fraction !== null) {
    scroller.style.scrollBehavior = 'auto';
    scroller.scrollTop = fraction * (scroller.scrollHeight - scroller.clientHeight);
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const top = scroller.getBoundingClientRect().top;
  const block = Array.from(root.querySelectorAll('.qari-content p, .qari-content li')).find((el) => el.getBoundingClientRect().bottom > top + 1);
  // No progress bar without an article (a page with none, or a list held back).
  const box = (selector: string) => {
    const rect = root.querySelector(selector)?.getBoundingClientRect();
    return { right: rect?.right ?? 0, width: rect?.width ?? 0, bottom: rect?.bottom ?? 0 };
  };
  return { topBlock: block?.textContent?.slice(0, 60) ?? null, scrollTop: scroller.scrollTop, bar: box('.qari-progress'), toolbar: box('.qari-toolbar') };
}

/** The browser's find in page for `phrase`, from the top: window.find searches what is rendered, as the find bar does. In-page. */
export function findInPage(phrase: string): boolean {
  getSelection()?.removeAllRanges();
  return window.find(phrase);
}

/**
 * The reader's section heading that starts with `start`, after the Contents list went to it: whether it rests just
 * under the toolbar, has the focus, and the list is closed. In-page.
 */
export function sectionInPage(start: string): { near: boolean; focused: boolean; listGone: boolean } {
  const root = document.querySelector('qari-reader')!.shadowRoot!;
  const heading = Array.from(root.querySelectorAll('.qari-content h2')).find((h) => h.textContent!.startsWith(start))!;
  const offset = heading.getBoundingClientRect().top - root.querySelector('.qari-scroller')!.getBoundingClientRect().top;
  return { near: offset >= 0 && offset < 30, focused: root.activeElement === heading, listGone: !root.querySelector('nav.qari-contents') };
}

/** A newsletter popup: the page shows a modal <dialog id="newsletter"> of its own. In-page. */
export function openPageDialogInPage(): void {
  const dialog = document.createElement('dialog');
  dialog.id = 'newsletter';
  dialog.textContent = 'اشترك في النشرة';
  document.body.appendChild(dialog);
  dialog.showModal();
}

/** The page's dialog from openPageDialogInPage: what is on top at its centre, and whether it is still open and modal. In-page. */
export function pageDialogInPage(): { onTop: string | null; modal: boolean } {
  const dialog = document.getElementById('newsletter')!;
  const rect = dialog.getBoundingClientRect();
  const onTop = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)?.localName ?? null;
  return { onTop, modal: dialog.matches(':modal') };
}

export async function readerInfo(page: Page): Promise<ReaderInfo> {
  return page.evaluate(readReaderInPage);
}
