/**
 * Odd documents (issue 7, item 3): XHTML served as application/xhtml+xml, an SVG document, a text/plain
 * page, a frameset, about:blank, and a page whose main-world scripts overwrite DOMParser, attachShadow and
 * Element/Node/Document methods. Nothing throws into the page; the reader opens, or says it can't (a
 * message in the overlay, or a closed state from toggleReader), and toggling again leaves no overlay.
 * The pages come from e2e/generated-pages.ts, served by a seed server of this file's own.
 */
import type { Page } from '@playwright/test';
import { test, expect, readerInfo, type Qari } from './fixture';
import { startGeneratedServer } from './generated-pages';
import type { SeedServer } from '../scripts/lib/seed-server';

let gen: SeedServer;
test.beforeAll(async () => {
  gen = await startGeneratedServer();
});
test.afterAll(async () => {
  await gen?.close();
});

interface Toggled {
  open: boolean;
  hasArticle?: boolean;
  error?: string;
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Loads a page and gives the detector (if the browser runs it there) time to report. */
async function load(page: Page, qari: Qari, url: string): Promise<void> {
  await page.goto(url);
  await expect
    .poll(async () => (await qari.tabState())?.url ?? null, { timeout: 5_000 })
    .toBe(page.url())
    .catch(() => undefined);
}

/** Toggles twice: the first shows an article or says it can't; the second leaves nothing behind. */
async function openThenClose(page: Page, qari: Qari): Promise<{ first: Toggled; info: Awaited<ReturnType<typeof readerInfo>> }> {
  const first = (await qari.toggle()) as Toggled;
  expect(typeof first.open).toBe('boolean');
  const info = await readerInfo(page);
  expect(info.hosts).toBeLessThanOrEqual(1);
  if (first.open && first.hasArticle) {
    expect(info.articles).toBe(1);
  } else if (first.open) {
    // Open without an article: the overlay says so, and holds no <article>.
    expect(info.articles).toBe(0);
    expect(info.text.trim().length).toBeGreaterThan(0);
  } else {
    expect(info.hosts).toBe(0);
  }
  if (first.open) {
    const second = (await qari.toggle()) as Toggled;
    expect(second.open).toBe(false);
  }
  expect((await readerInfo(page)).hosts).toBe(0);
  return { first, info };
}

const ODD: [string, string][] = [
  ['XHTML served as application/xhtml+xml', '/gen/odd.xhtml'],
  ['an SVG document', '/gen/odd.svg'],
  ['a text/plain page', '/gen/odd.txt'],
  ['a frameset', '/gen/frameset.html'],
];

for (const [name, path] of ODD) {
  test(`${name}: nothing throws into the page, and the reader opens or says it can't`, async ({ page, qari }) => {
    const errors = collectErrors(page);
    await load(page, qari, gen.url(path));
    const { first, info } = await openThenClose(page, qari);
    test.info().annotations.push({ type: 'outcome', description: JSON.stringify({ first, articles: info.articles, h1: info.h1 }) });
    expect(errors).toEqual([]);
  });
}

test('XHTML: the reader shows the article', async ({ page, qari }) => {
  await load(page, qari, gen.url('/gen/odd.xhtml'));
  const first = (await qari.toggle()) as Toggled;
  const info = await readerInfo(page);
  expect(first.open).toBe(true);
  expect(info.articles).toBe(1);
  expect(info.text).toContain('served as application/xhtml+xml');
});

test('about:blank: toggleReader answers closed (restricted or no reader) without throwing', async ({ page, qari }) => {
  const errors = collectErrors(page);
  await page.goto('about:blank');
  const result = (await qari.toggle()) as Toggled;
  expect(result.open).toBe(false);
  expect((await readerInfo(page)).hosts).toBe(0);
  expect(errors).toEqual([]);
});

test('main-world overrides of DOMParser, attachShadow and DOM prototypes do not reach the isolated world', async ({ page, qari }) => {
  const errors = collectErrors(page);
  await load(page, qari, gen.url('/gen/hijacked.html'));
  // The detector ran at document_idle with the overrides in place (not yet armed, so the page's own scripts work).
  expect((await qari.tabState())?.verdict?.isArticle).toBe(true);

  // Armed: every overwritten function now throws and records its name when anything in the main world calls it.
  // First a self-check that the traps do fire for main-world callers, so the empty lists below mean something.
  const selfCheck = await page.evaluate(() => {
    const w = window as unknown as { __qariArmed: boolean; __qariHijacked: string[] };
    w.__qariArmed = true;
    for (const attempt of [() => document.createElement('p'), () => document.body.attachShadow({ mode: 'open' }), () => new DOMParser()]) {
      try {
        attempt();
      } catch {
        // expected: the trap throws
      }
    }
    const calls = [...w.__qariHijacked];
    w.__qariHijacked.length = 0;
    return calls;
  });
  expect(selfCheck).toEqual(['createElement', 'attachShadow', 'DOMParser']);
  const opened = (await qari.toggle()) as Toggled;
  const hijacked = await page.evaluate(() => {
    const w = window as unknown as { __qariHijacked: string[]; __qariRestore(): void };
    const calls = [...w.__qariHijacked];
    w.__qariRestore();
    return calls;
  });
  // The isolated world has its own prototypes and constructors: nothing Qari did went through the page's.
  expect(hijacked).toEqual([]);
  expect(opened).toMatchObject({ open: true, hasArticle: true });
  const info = await readerInfo(page);
  expect(info.articles).toBe(1);
  expect(info.h1).toContain('داعش ينتقل إلى أفريقيا');

  await page.evaluate(() => ((window as unknown as { __qariArmed: boolean }).__qariArmed = true));
  const closed = (await qari.toggle()) as Toggled;
  const afterClose = await page.evaluate(() => {
    const w = window as unknown as { __qariHijacked: string[]; __qariRestore(): void };
    const calls = [...w.__qariHijacked];
    w.__qariRestore();
    return calls;
  });
  expect(afterClose).toEqual([]);
  expect(closed.open).toBe(false);
  expect((await readerInfo(page)).hosts).toBe(0);
  expect(errors).toEqual([]);

});
