/**
 * The bench's browser measures, in one Chromium with the built extension and one tab:
 * - detection: the detector's own PageVerdict.ms for a fresh load of the page, as the worker records it;
 * - reader open: from the worker calling toggleReader to the article painted in the page (the first
 *   animation frame after the reader's <article>, or its no-article message, is in the shadow root, plus
 *   one task), both ends read from Date.now(), the clock every process shares;
 * - plain parse: Mozilla's Readability.js, put in the same tab's main world untimed, timing
 *   `new Readability(document.cloneNode(true)).parse()` (the clone included, as the reader clones too).
 * Every run loads the page afresh; odd runs time the plain parse before the reader, even runs after.
 * Each run also opens the reader a second time in the same page ("warm": module loaded, code compiled),
 * to show how much of the first open is loading reader.js.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import type { SeedServer } from './seed-server';
import { heapGrowthOverCycles, type HeapGrowth } from './heap-cycles';
import { median } from './bench-stats';

const require = createRequire(import.meta.url);
const READABILITY_SOURCE = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

export interface BrowserTiming {
  slug: string;
  detectMs: number;
  openMs: number;
  /** From the toggle to the reader's DOM in place, before paint. */
  openDomMs: number;
  /** A second open in the same page: the reader module already loaded, its code warm. */
  warmOpenMs: number;
  plainMs: number;
  runs: number;
  failures: string[];
}

interface Session {
  context: BrowserContext;
  worker: Worker;
  page: Page;
  cdp: CDPSession;
  tabId: number;
}

export async function openSession(context: BrowserContext, worker: Worker): Promise<Session> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.bringToFront();
  await page.goto('about:blank');
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  if (tabId < 0) throw new Error('bench: no tab');
  const cdp = await context.newCDPSession(page);
  return { context, worker, page, cdp, tabId };
}

async function until<T>(probe: () => Promise<T | null | undefined>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > end) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function loadAndDetect(s: Session, url: string): Promise<number> {
  await s.page.goto(url);
  const current = s.page.url();
  const verdict = await until(
    () =>
      s.worker.evaluate(
        ({ id, current }) => {
          const state = (globalThis as unknown as { qariTabState(id: number): { url?: string; verdict?: { ms: number } } | null }).qariTabState(id);
          return state?.url === current && state.verdict ? state.verdict : null;
        },
        { id: s.tabId, current },
      ),
    10_000,
    `the detector's verdict on ${url}`,
  );
  return verdict.ms;
}

/**
 * A main-world watcher that notes (Date.now()) when the reader's content is in place and when it is painted.
 * A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
 */
const WATCH_FOR_PAINT = `(() => {
  const bench = (window.__qariBench = { dom: 0, painted: 0 });
  let watchingRoot = false;
  const observer = new MutationObserver(() => {
    if (bench.dom) return;
    const root = document.querySelector('qari-reader')?.shadowRoot;
    if (!root) return;
    if (!watchingRoot) {
      observer.observe(root, { childList: true, subtree: true });
      watchingRoot = true;
    }
    if (!root.querySelector('article, .qari-empty')) return;
    bench.dom = Date.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (bench.painted = Date.now()), 0));
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
})()`;

async function timeReaderOpen(s: Session): Promise<{ openMs: number; openDomMs: number }> {
  await s.page.evaluate(WATCH_FOR_PAINT);
  const started = await s.worker.evaluate(async (id) => {
    const t = Date.now();
    await (globalThis as unknown as { toggleReader(id: number): Promise<unknown> }).toggleReader(id);
    return t;
  }, s.tabId);
  const marks = await until(
    () => s.page.evaluate(() => {
      const b = (window as unknown as { __qariBench: { dom: number; painted: number } }).__qariBench;
      return b.painted ? b : null;
    }),
    10_000,
    'the reader to paint',
  );
  await s.worker.evaluate((id) => (globalThis as unknown as { toggleReader(id: number): Promise<unknown> }).toggleReader(id), s.tabId);
  return { openMs: marks.painted - started, openDomMs: marks.dom - started };
}

async function timePlainParse(s: Session): Promise<number> {
  // Through the DevTools protocol, so a page's CSP (hostile-xss, csp-strict) can't refuse the script.
  const { exceptionDetails } = await s.cdp.send('Runtime.evaluate', { expression: `${READABILITY_SOURCE}\n;window.Readability = Readability; void 0` });
  if (exceptionDetails) throw new Error(`bench: Readability.js did not load: ${exceptionDetails.text}`);
  return s.page.evaluate(() => {
    const R = (window as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
    const start = performance.now();
    new R(document.cloneNode(true) as Document).parse();
    return performance.now() - start;
  });
}

export async function timeSeed(s: Session, server: SeedServer, slug: string, runs: number): Promise<BrowserTiming> {
  const detect: number[] = [];
  const open: number[] = [];
  const openDom: number[] = [];
  const warm: number[] = [];
  const plain: number[] = [];
  const failures: string[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      detect.push(await loadAndDetect(s, server.url(`/${slug}/?bench=${i}`)));
      if (i % 2) plain.push(await timePlainParse(s));
      const t = await timeReaderOpen(s);
      open.push(t.openMs);
      openDom.push(t.openDomMs);
      warm.push((await timeReaderOpen(s)).openMs);
      if (!(i % 2)) plain.push(await timePlainParse(s));
    } catch (error) {
      failures.push(String((error as Error).message ?? error));
    }
  }
  return { slug, detectMs: median(detect), openMs: median(open), openDomMs: median(openDom), warmOpenMs: median(warm), plainMs: median(plain), runs, failures };
}

export async function heapOverCycles(s: Session, server: SeedServer, slug: string, cycles: number): Promise<HeapGrowth> {
  await loadAndDetect(s, server.url(`/${slug}/?heap`));
  const toggle = () => s.worker.evaluate((id) => (globalThis as unknown as { toggleReader(id: number): Promise<unknown> }).toggleReader(id), s.tabId);
  return heapGrowthOverCycles(s.page, s.cdp, toggle, {
    cycles,
    isOpen: () => s.page.evaluate(() => !!document.querySelector('qari-reader')?.shadowRoot?.querySelector('article')),
  });
}
