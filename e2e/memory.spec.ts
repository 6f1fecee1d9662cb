/**
 * Memory (issue 7, item 6): 50 open and close cycles on the seed page grow the page's JavaScript heap by at
 * most 2 MB after garbage collection, and leave no Qari nodes behind. Measured with the Chrome DevTools
 * Protocol on the page's session (scripts/lib/heap-cycles.ts): Runtime.getHeapUsage counts the whole
 * isolate, so Qari's isolated world is in the number along with the page's main world.
 */
import { test, expect, readerInfo } from './fixture';
import { heapGrowthOverCycles } from '../scripts/lib/heap-cycles';

const MAX_GROWTH = 2 * 1024 * 1024;

test('50 open and close cycles on the seed page: heap growth at most 2 MB after GC, no Qari nodes left', async ({ page, qari, context }) => {
  test.setTimeout(180_000);
  await qari.openSeed('elbalad-isis-africa');
  const cdp = await context.newCDPSession(page);
  const id = await qari.tabId();
  const toggle = () => qari.worker.evaluate((tabId) => (globalThis as unknown as { toggleReader(id: number): Promise<unknown> }).toggleReader(tabId), id);
  const result = await heapGrowthOverCycles(page, cdp, toggle, {
    cycles: 50,
    isOpen: async () => (await readerInfo(page)).articles === 1,
  });
  test.info().annotations.push({
    type: 'heap',
    description: `before ${(result.before / 1048576).toFixed(2)} MB, after ${(result.after / 1048576).toFixed(2)} MB, growth ${(result.growth / 1024).toFixed(0)} KB over ${result.cycles} cycles`,
  });
  expect(result.leftoverHosts).toBe(0);
  expect(result.pageChanged).toBe(false);
  expect(result.growth).toBeLessThanOrEqual(MAX_GROWTH);
  await cdp.detach();
});
