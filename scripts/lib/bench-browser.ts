/**
 * The bench's browser measures, in one Chromium with the built extension and one tab:
 * - detection: the detector's own PageVerdict.ms for a fresh load of the page, as the worker records it;
 * - reader open: from the worker calling toggleReader to the article painted in the page (the first
 *   animation frame after the reader's <article>, or its no-article message, is in the shadow root, plus
 *   one task), both ends read from Date.now(), the clock every process shares;
 * - plain parse: Mozilla's Readability.js, put in the same tab's main world untimed, timing
 *   `new Readability(document.cloneNode(true)).parse()` (the clone included, as the reader clones too).
 * - paint floor: plain Readability's article HTML (scripts, frames and on* attributes taken out) put
 *   into a fixed, unstyled shadow root on the page, from the insert to the first frame painted after it
 *   (timed like the reader's open): what painting this article costs any reader, before its own styles.
 * - Qari's extraction alone: extractArticle bundled by esbuild (a dependency of tsx and vite) and put in
 *   the same main world untimed, timing `extractArticle(document, { url })`: the part of the reader's
 *   open that is extraction, without messaging, module loading, settings, rendering and paint.
 * Every run loads the page afresh; odd runs time the plain parse before the reader, even runs after.
 * Each run also opens the reader a second time in the same page ("warm": module loaded, code compiled),
 * to show how much of the first open is loading reader.js.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import type { SeedServer } from './seed-server';
import { heapGrowthOverCycles, type HeapGrowth } from './heap-cycles';
import { ROOT } from './seeds';
import { median } from './bench-stats';

const require = createRequire(import.meta.url);
const READABILITY_SOURCE = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

/** utils/extract-article.ts as one classic script that sets window.__qariExtract; null when esbuild can't be loaded. */
function bundleExtractArticle(): string | null {
  try {
    const esbuild = require('esbuild') as typeof import('esbuild');
    const result = esbuild.buildSync({
      stdin: { contents: "import { extractArticle } from './utils/extract-article';\n(window as any).__qariExtract = extractArticle;", resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      write: false,
      alias: { '@': ROOT },
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  } catch {
    return null;
  }
}
const EXTRACT_SOURCE = bundleExtractArticle();

export interface BrowserTiming {
  slug: string;
  detectMs: number;
  openMs: number;
  /** From the toggle to the reader's DOM in place, before paint. */
  openDomMs: number;
  /** A second open in the same page: the reader module already loaded, its code warm. */
  warmOpenMs: number;
  plainMs: number;
  /** Painting plain Readability's article, unstyled, in a shadow root on the page: the part of any open that is the browser's. */
  paintMs: number;
  /** Qari's extractArticle alone in the same main world (NaN when it could not be bundled). */
  extractMs: number;
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

async function timeExtraction(s: Session, qariFirst: boolean): Promise<{ plain: number; qari: number }> {
  // Through the DevTools protocol, so a page's CSP (hostile-xss, csp-strict) can't refuse the scripts.
  const load = `${READABILITY_SOURCE}\n;window.Readability = Readability;\n${EXTRACT_SOURCE ?? ''}\n;void 0`;
  const { exceptionDetails } = await s.cdp.send('Runtime.evaluate', { expression: load });
  if (exceptionDetails) throw new Error(`bench: Readability.js or extractArticle did not load: ${exceptionDetails.text}`);
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  return s.page.evaluate(`(() => {
    const timeIt = (run) => { const start = performance.now(); run(); return performance.now() - start; };
    const plainRun = () => new Readability(document.cloneNode(true)).parse();
    const qariRun = () => window.__qariExtract(document, { url: location.href });
    if (!window.__qariExtract) return { plain: timeIt(plainRun), qari: NaN };
    if (${qariFirst}) { const qari = timeIt(qariRun); return { qari, plain: timeIt(plainRun) }; }
    const plain = timeIt(plainRun);
    return { plain, qari: timeIt(qariRun) };
  })()`);
}

/** Readability.js must already be in the page (timeExtraction puts it there). */
const PAINT_FLOOR = `new Promise((resolve) => {
  const article = new Readability(document.cloneNode(true)).parse();
  const template = document.createElement('template');
  template.innerHTML = article ? article.content : '';
  for (const el of template.content.querySelectorAll('script, iframe, object, embed, frame, frameset, meta, base, form, style, link')) el.remove();
  for (const el of template.content.querySelectorAll('*')) for (const name of el.getAttributeNames()) if (/^on/i.test(name) || /^\\s*javascript:/i.test(el.getAttribute(name))) el.removeAttribute(name);
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#fff';
  const root = host.attachShadow({ mode: 'open' });
  const start = performance.now();
  root.append(template.content);
  document.documentElement.append(host);
  requestAnimationFrame(() => setTimeout(() => {
    const ms = performance.now() - start;
    host.remove();
    resolve(ms);
  }, 0));
})`;

async function timePaintFloor(s: Session): Promise<number> {
  return s.page.evaluate(PAINT_FLOOR) as Promise<number>;
}

export async function timeSeed(s: Session, server: SeedServer, slug: string, runs: number): Promise<BrowserTiming> {
  const detect: number[] = [];
  const open: number[] = [];
  const openDom: number[] = [];
  const warm: number[] = [];
  const plain: number[] = [];
  const extract: number[] = [];
  const paint: number[] = [];
  const failures: string[] = [];
  const record = (t: { plain: number; qari: number }) => {
    plain.push(t.plain);
    extract.push(t.qari);
  };
  for (let i = 0; i < runs; i++) {
    try {
      detect.push(await loadAndDetect(s, server.url(`/${slug}/?bench=${i}`)));
      if (i % 2) record(await timeExtraction(s, i % 4 === 1));
      const t = await timeReaderOpen(s);
      open.push(t.openMs);
      openDom.push(t.openDomMs);
      warm.push((await timeReaderOpen(s)).openMs);
      if (!(i % 2)) record(await timeExtraction(s, i % 4 === 0));
      paint.push(await timePaintFloor(s));
    } catch (error) {
      failures.push(String((error as Error).message ?? error));
    }
  }
  return { slug, detectMs: median(detect), openMs: median(open), openDomMs: median(openDom), warmOpenMs: median(warm), plainMs: median(plain), paintMs: median(paint), extractMs: median(extract), runs, failures };
}

export async function heapOverCycles(s: Session, server: SeedServer, slug: string, cycles: number): Promise<HeapGrowth> {
  await loadAndDetect(s, server.url(`/${slug}/?heap`));
  const toggle = () => s.worker.evaluate((id) => (globalThis as unknown as { toggleReader(id: number): Promise<unknown> }).toggleReader(id), s.tabId);
  return heapGrowthOverCycles(s.page, s.cdp, toggle, {
    cycles,
    isOpen: () => s.page.evaluate(() => !!document.querySelector('qari-reader')?.shadowRoot?.querySelector('article')),
  });
}
