/**
 * Screenshots of the open reader on every seed page: light and dark, default and largest text size.
 * They go to screenshots/ (not committed); docs/screenshot.png is picked from them by hand.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { listSeeds } from '../scripts/lib/seeds';
import type { Settings } from '../utils/settings';
import { test, expect } from './fixture';
import { scrollReaderInPage } from './launch';

const OUT = join(process.cwd(), 'screenshots');

/** LARGEST_FONT and SETTINGS_VERSION in utils/settings.ts (which needs an extension context to import). */
const LARGEST_FONT = 40;
const SETTINGS_VERSION = 2;
const DEFAULT_FONT = 20;

const VARIANTS: { name: string; patch: Partial<Settings> }[] = [
  { name: 'light-default', patch: { theme: 'light' } },
  { name: 'dark-default', patch: { theme: 'dark' } },
  { name: 'light-largest', patch: { theme: 'light', fontSize: LARGEST_FONT } },
  { name: 'dark-largest', patch: { theme: 'dark', fontSize: LARGEST_FONT } },
];

for (const seed of listSeeds()) {
  test(`screenshots of the reader on ${seed.slug}`, async ({ page, qari }) => {
    mkdirSync(OUT, { recursive: true });
    await qari.openSeed(seed.slug);
    for (const variant of VARIANTS) {
      // A partial object is enough: the settings store fills every missing field with its default.
      const settings = { fontSize: DEFAULT_FONT, ...variant.patch };
      await qari.worker.evaluate(
        ([value, version]) => chrome.storage.sync.set({ settings: value, settings$: { v: version } }),
        [settings, SETTINGS_VERSION] as const,
      );
      if (!(await qari.reader()).hosts) await qari.toggle();
      const root = page.locator('qari-reader .qari-root');
      await expect(root).toHaveAttribute('data-theme', variant.patch.theme!);
      await expect(root).toHaveCSS('--qari-font-size', `${settings.fontSize}px`);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(OUT, `${seed.slug}-${variant.name}.png`), animations: 'disabled' });
    }
    // Part way down, as it is read: the reading-progress bar shows on the toolbar's edge.
    await page.evaluate(scrollReaderInPage, 0.4);
    await page.screenshot({ path: join(OUT, `${seed.slug}-dark-largest-scrolled.png`), animations: 'disabled' });
    await qari.toggle();
    expect((await qari.reader()).hosts).toBe(0);
  });
}
