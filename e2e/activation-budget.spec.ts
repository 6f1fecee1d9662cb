/**
 * The always-on detector's budget, on the build under test: at most 10 KB minified, and none of Preact,
 * DOMPurify or the full Readability in it. Tests assert no timings: `npm run bench` prints the sizes and
 * the detection time of every seed page, and says whether detection is under 3 ms on the seed page.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './fixture';

const DETECTOR_BUDGET_BYTES = 10 * 1024;

/** Code that marks each heavy library in a minified bundle (names that survive minification). */
const HEAVY_MARKERS: Record<string, RegExp> = {
  Readability: /_grabArticle|_getArticleMetadata/,
  DOMPurify: /ALLOWED_TAGS|DOMPurify/,
  Preact: /__k|__H|options\.vnode/,
};

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
