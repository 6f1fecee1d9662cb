/**
 * Heap growth over open/close cycles of the reader, measured through the Chrome DevTools Protocol on the
 * page's own session: HeapProfiler.collectGarbage, then Runtime.getHeapUsage, which counts the whole
 * isolate (the page's main world and Qari's isolated world together). Shared by e2e/memory.spec.ts and
 * scripts/bench.ts so both report the same number.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface HeapGrowth {
  cycles: number;
  /** usedSize after garbage collection, in bytes, before the cycles and after them. */
  before: number;
  after: number;
  growth: number;
  /** <qari-reader> elements left in the page once the last cycle has closed the reader. */
  leftoverHosts: number;
  /** Whether the page's <html> (its markup and adopted style sheets) differs from before the cycles. */
  pageChanged: boolean;
}

/** Several full collections: one pass can leave garbage that a finaliser or a weak reference only frees on the next. */
export async function collectGarbage(cdp: CDPSession): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function heapUsedAfterGc(cdp: CDPSession): Promise<number> {
  await collectGarbage(cdp);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

function pageShape(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify([document.documentElement.outerHTML, document.adoptedStyleSheets.length, document.querySelectorAll('qari-reader').length]));
}

/**
 * Opens and closes the reader `cycles` times with `toggle` (after `warmup` cycles that load the reader
 * module and warm its code), and reports the heap growth after garbage collection.
 * `isOpen` checks each open really showed the reader, so a silent failure can't pass for no growth.
 */
export async function heapGrowthOverCycles(
  page: Page,
  cdp: CDPSession,
  toggle: () => Promise<unknown>,
  options: { cycles?: number; warmup?: number; isOpen?: () => Promise<boolean> } = {},
): Promise<HeapGrowth> {
  const { cycles = 50, warmup = 3, isOpen } = options;
  const cycle = async () => {
    await toggle();
    if (isOpen && !(await isOpen())) throw new Error('the reader did not open during a heap cycle');
    await toggle();
  };
  for (let i = 0; i < warmup; i++) await cycle();
  const shapeBefore = await pageShape(page);
  const before = await heapUsedAfterGc(cdp);
  for (let i = 0; i < cycles; i++) await cycle();
  const after = await heapUsedAfterGc(cdp);
  const shapeAfter = await pageShape(page);
  const leftoverHosts = await page.evaluate(() => document.querySelectorAll('qari-reader').length);
  return { cycles, before, after, growth: after - before, leftoverHosts, pageChanged: shapeAfter !== shapeBefore };
}
