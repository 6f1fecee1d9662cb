/**
 * The page can't drive Qari (issue 7, item 2). Everything here runs in the page's main world, as a
 * hostile page's own scripts would: window.postMessage of every Qari message shape, DOM events with
 * likely names, synthetic key presses, attributes on <html> and <body>, untrusted clicks and keys on the
 * open overlay, DOM clobbering of Qari's globals, and a page-defined <qari-reader> custom element.
 *
 * What the open shadow root exposes, and why that is accepted: the contract makes <qari-reader>'s shadow
 * root open, so the page can read the overlay's DOM: the article (its own text, cleaned), the toolbar, and
 * the reader's current look (font size, theme, line height: a few bits of the user's settings, readable
 * anyway from any rendered text through layout). It cannot reach Qari's code, its messages or its storage:
 * the reader API lives on the isolated world's globalThis, chrome.storage and runtime messaging don't
 * exist in the page world, and reader.js is a use_dynamic_url resource the page can't fetch by its static
 * URL. What it must not be able to do through the open root is act as the user: untrusted clicks and
 * keys on the overlay's controls must neither close the reader nor change a setting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, readerInfo, EXTENSION_DIR, type Qari } from './fixture';

const SEED = 'elbalad-isis-africa';

/** Test-only builds (wxt build --mode e2e) carry a page-event hook on purpose; the shipped build must not. */
const E2E_BUILD = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'detector.js'), 'utf8').includes('qari-e2e');

/** Every way a page script might try to reach Qari, fired from the page's main world. */
async function barrage(page: Page, extensionId: string, includeE2eEvent: boolean): Promise<string[]> {
  return page.evaluate(
    async ({ extensionId, includeE2eEvent }) => {
      const notes: string[] = [];
      const shapes: unknown[] = [
        { type: 'qari:toggle' }, { type: 'qari:open' }, { type: 'qari:close' }, { type: 'qari:state' },
        { type: 'qari:verdict', url: location.href, verdict: { isArticle: true, cluttered: true, reasons: [], ms: 0 } },
        { type: 'qari:reader-state', state: { open: true } }, { type: 'qari:open-options' },
        { type: 'qari:e2e', action: 'toggle' }, 'qari:toggle', 'toggle-reader', JSON.stringify({ type: 'qari:toggle' }),
      ];
      for (const shape of shapes) {
        window.postMessage(shape, '*');
        window.postMessage(shape, location.origin);
        window.top?.postMessage(shape, '*');
      }
      const names = ['qari:toggle', 'qari:open', 'qari:close', 'qari-toggle', 'qari-open', 'qari-close', 'qari', 'toggle-reader', 'toggleReader', 'reader:toggle'];
      if (includeE2eEvent) names.push('qari-e2e');
      const details = [undefined, { type: 'qari:toggle' }, JSON.stringify({ id: 'page', action: 'toggle' }), JSON.stringify({ type: 'qari:toggle' })];
      for (const target of [window, document, document.documentElement, document.body]) {
        for (const name of names) for (const detail of details) target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
        for (const type of ['keydown', 'keyup']) {
          target.dispatchEvent(new KeyboardEvent(type, { key: 'R', code: 'KeyR', altKey: true, shiftKey: true, bubbles: true, composed: true }));
          target.dispatchEvent(new KeyboardEvent(type, { key: 'Escape', code: 'Escape', bubbles: true, composed: true }));
        }
      }
      for (const el of [document.documentElement, document.body]) {
        el.setAttribute('data-qari', 'open');
        el.setAttribute('data-qari-reader', 'open');
        el.setAttribute('data-qari-e2e', 'ready');
        el.classList.add('qari-open', 'qari-reader-open');
      }
      const chromeApi = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } }).chrome;
      if (chromeApi?.runtime?.sendMessage) {
        try {
          await chromeApi.runtime.sendMessage(extensionId, { type: 'qari:toggle' });
          notes.push('chrome.runtime.sendMessage to Qari was accepted');
        } catch {
          notes.push('chrome.runtime.sendMessage to Qari threw');
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 400));
      for (const el of [document.documentElement, document.body]) {
        for (const a of ['data-qari', 'data-qari-reader', 'data-qari-e2e']) el.removeAttribute(a);
        el.classList.remove('qari-open', 'qari-reader-open');
        if (!el.classList.length) el.removeAttribute('class');
      }
      return notes;
    },
    { extensionId, includeE2eEvent },
  );
}

async function readerOpenInTab(qari: Qari, page: Page): Promise<boolean> {
  const id = await qari.tabId(page);
  const state = (await qari.worker.evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'qari:state' }), id)) as { open: boolean };
  return state.open;
}

function storageSnapshot(qari: Qari): Promise<string> {
  return qari.worker.evaluate(async () => JSON.stringify([await chrome.storage.sync.get(null), await chrome.storage.local.get(null)]));
}

test('messages, events, key presses and attributes from the page neither open nor close the reader', async ({ page, qari }) => {
  test.info().annotations.push({ type: 'build', description: E2E_BUILD ? 'e2e build: its qari-e2e page hook is left out of the barrage' : 'production build' });
  await qari.openSeed(SEED);

  const notes = await barrage(page, qari.extensionId, !E2E_BUILD);
  expect(notes.filter((n) => n.includes('accepted'))).toEqual([]);
  expect((await readerInfo(page)).hosts).toBe(0);
  expect(await readerOpenInTab(qari, page)).toBe(false);
  expect((await qari.tabState())?.reader?.open ?? false).toBe(false);

  await qari.toggle();
  expect((await readerInfo(page)).articles).toBe(1);
  await barrage(page, qari.extensionId, !E2E_BUILD);
  const still = await readerInfo(page);
  expect(still.hosts).toBe(1);
  expect(still.articles).toBe(1);
  expect(await readerOpenInTab(qari, page)).toBe(true);
});

test('untrusted clicks and keys on the open overlay neither close the reader nor change a setting', async ({ page, qari }) => {
  await qari.openSeed(SEED);
  await qari.toggle();
  expect((await readerInfo(page)).articles).toBe(1);
  const before = await storageSnapshot(qari);

  const clicked = await page.evaluate(async () => {
    const root = document.querySelector('qari-reader')!.shadowRoot!;
    const done: string[] = [];
    // Settings first (every control but close and smaller, so the text size ends larger), then the keys and the close button.
    for (const el of root.querySelectorAll<HTMLElement>('button:not(.qari-close):not(.qari-smaller), input, select, [role="button"]')) {
      if (el instanceof HTMLInputElement && (el.type === 'range' || el.type === 'number')) {
        el.value = String(Number(el.value) + 1);
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      } else el.click();
      done.push(el.className || el.localName);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const target of [root.querySelector('[role="dialog"]') ?? root.firstElementChild, document.activeElement, document]) {
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true, cancelable: true }));
    }
    root.querySelector<HTMLElement>('.qari-close, [aria-label*="lose"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return done;
  });
  expect(clicked.length).toBeGreaterThan(0);

  expect.soft(await storageSnapshot(qari), 'settings unchanged by untrusted clicks').toBe(before);
  const after = await readerInfo(page);
  expect.soft(after.hosts, 'reader still open after untrusted Escape and close clicks').toBe(1);
  expect(await readerOpenInTab(qari, page)).toBe(after.hosts === 1);
});

test('an untrusted click on "Show the page anyway" shows nothing: a front page stays declined until the reader asks', async ({ page, qari }) => {
  await qari.openSeed('portal-front-page');
  await qari.toggle();
  const clicked = await page.evaluate(async () => {
    const button = Array.from(document.querySelector('qari-reader')!.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === 'Show the page anyway');
    button?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return !!button;
  });
  expect(clicked).toBe(true);
  const info = await readerInfo(page);
  expect(info.hosts).toBe(1);
  expect(info.articles).toBe(0);
});

test('the page world reaches no Qari API, no extension storage or messaging, and not the reader module', async ({ page, qari }) => {
  await qari.openSeed(SEED);
  await qari.toggle();
  const seen = await page.evaluate(async (extensionId) => {
    const w = window as unknown as Record<string, unknown> & { chrome?: Record<string, unknown> };
    const fetchable = async (path: string) => {
      try {
        const r = await fetch(`chrome-extension://${extensionId}${path}`);
        return r.ok;
      } catch {
        return false;
      }
    };
    return {
      readerApi: typeof w.__qariReaderApi,
      toggleReader: typeof w.toggleReader,
      qariGlobals: Object.getOwnPropertyNames(window).filter((n) => /qari/i.test(n)),
      storage: typeof (w.chrome as { storage?: unknown } | undefined)?.storage,
      runtime: typeof (w.chrome as { runtime?: { sendMessage?: unknown } } | undefined)?.runtime?.sendMessage,
      readerJs: await fetchable('/reader.js'),
      manifest: await fetchable('/manifest.json'),
      detectorJs: await fetchable('/content-scripts/detector.js'),
    };
  }, qari.extensionId);
  expect(seen).toEqual({
    readerApi: 'undefined',
    toggleReader: 'undefined',
    qariGlobals: [],
    storage: 'undefined',
    runtime: 'undefined',
    readerJs: false,
    manifest: false,
    detectorJs: false,
  });
});

test('DOM clobbering of Qari names cannot stop or hijack the reader', async ({ page, qari }) => {
  await qari.openSeed(SEED);
  // Named elements shadow window and document properties in the page; a content script's isolated world
  // must not see them as its own globals (getReaderApi reads globalThis.__qariReaderApi).
  await page.evaluate(() => {
    const make = (html: string) => document.body.insertAdjacentHTML('beforeend', html);
    make('<div id="__qariReaderApi"></div><a id="toggleReader"></a><form name="__qariReaderApi"></form>');
    make('<img name="getReaderApi"><img name="createElement" style="display:none"><form name="querySelector"></form>');
  });
  const result = (await qari.toggle()) as { open: boolean; hasArticle?: boolean };
  expect(result.open).toBe(true);
  const info = await readerInfo(page);
  expect(info.hosts).toBe(1);
  expect(info.articles).toBe(1);
  expect(info.h1).toContain('داعش ينتقل إلى أفريقيا');
  await qari.toggle();
  expect((await readerInfo(page)).hosts).toBe(0);
});

test('a page-defined <qari-reader> custom element that only watches cannot stop the reader', async ({ page, qari }) => {
  await qari.openSeed(SEED);
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __qariStolen: string[] }).__qariStolen = log;
    customElements.define(
      'qari-reader',
      class extends HTMLElement {
        constructor() {
          super();
          log.push('constructed');
        }
        connectedCallback() {
          log.push(`connected:${this.shadowRoot ? 'with-root' : 'no-root'}`);
        }
      },
    );
  });
  const result = (await qari.toggle()) as { open: boolean; hasArticle?: boolean };
  test.info().annotations.push({ type: 'page-defined qari-reader', description: JSON.stringify(await page.evaluate(() => (window as unknown as { __qariStolen: unknown[] }).__qariStolen)) });
  expect(result.open).toBe(true);
  const info = await readerInfo(page);
  expect(info.hosts).toBe(1);
  expect(info.articles).toBe(1);
  await qari.toggle();
  expect((await readerInfo(page)).hosts).toBe(0);
});

test('a page whose custom element takes the shadow root first gets a reader anyway, or a clear refusal, never an exception', async ({ page, qari }) => {
  await qari.openSeed(SEED);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.evaluate(() => {
    customElements.define(
      'qari-reader',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' }).innerHTML = '<p>page-owned shadow root</p>';
        }
      },
    );
  });
  const result = (await qari.toggle()) as { open: boolean };
  const info = await readerInfo(page);
  test.info().annotations.push({ type: 'result', description: JSON.stringify({ result, hosts: info.hosts, articles: info.articles }) });
  expect(errors).toEqual([]);
  // Either Qari opened its own overlay, or it said it is not open: never a page-owned overlay reported as Qari's.
  if (result.open) expect(info.articles).toBe(1);
  else expect(await readerOpenInTab(qari, page)).toBe(false);
  expect(info.hosts).toBeLessThanOrEqual(1);
});
