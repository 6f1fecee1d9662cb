/**
 * The always-on detector's budget, on the build under test: at most 10 KB minified, none of Preact,
 * DOMPurify or the full Readability in it, and detection under 3 ms (median) on the seed page in Chromium.
 * `npm run bench` prints the sizes and the detection time of every seed page.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './fixture';

const DETECTOR_BUDGET_BYTES = 10 * 1024;
const DETECTION_BUDGET_MS = 3;

/** Code that marks each heavy library in a minified bundle (names that survive minification). */
const HEAVY_MARKERS: Record<string, RegExp> = {
  Readability: /_grabArticle|_getArticleMetadata/,
  DOMPurify: /ALLOWED_TAGS|DOMPurify/,
  Preact: /__k|__H|options\.vnode/,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

test('the detector is small and holds no heavy library; the reader module is where they live', () => {
  const out = resolve(process.env.QARI_OUT_DIR ?? '.output');
  const builds = ['chrome-mv3', 'firefox-mv3'].filter((b) => existsSync(join(out, b, 'content-scripts', 'detector.js')));
  expect(builds).toContain('chrome-mv3');
  for (const build of builds) {
    const detector = readFileSync(join(out, build, 'content-scripts', 'detector.js'), 'utf8');
    const reader = readFileSync(join(out, build, 'reader.js'), 'utf8');
    expect(Buffer.byteLength(detector), `${build} detector.js bytes`).toBeLessThanOrEqual(DETECTOR_BUDGET_BYTES);
    for (const [name, marker] of Object.entries(HEAVY_MARKERS)) {
      expect(marker.test(detector), `${name} in ${build} detector.js`).toBe(false);
      expect(marker.test(reader), `${name} in ${build} reader.js`).toBe(true);
    }
  }
});

test('detection takes under 3 ms (median of 11 loads) on the seed page in Chromium', async ({ page, qari, server }) => {
  const times: number[] = [];
  const tabId = await qari.tabId();
  const stateOf = () => qari.worker.evaluate((id) => (globalThis as any).qariTabState(id), tabId);
  for (let i = 0; i < 11; i++) {
    const url = server.url(`/elbalad-isis-africa/?run=${i}`);
    await page.goto(url);
    await expect.poll(async () => (await stateOf())?.url).toBe(url);
    const state = await stateOf();
    expect(state.verdict).toMatchObject({ isArticle: true, cluttered: true });
    times.push(state.verdict.ms);
  }
  console.log(`detection on elbalad-isis-africa: median ${median(times).toFixed(2)} ms of [${times.map((t) => t.toFixed(1)).join(', ')}]`);
  expect(median(times)).toBeLessThan(DETECTION_BUDGET_MS);
});
