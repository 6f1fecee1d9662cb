/**
 * The options page as a screen-reader or keyboard user meets it, in English and in Arabic (right to left).
 * The preview is the reader component, checked by the reader's own tests: axe leaves it out here.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, EXTENSION_DIR, launchWithExtension, serviceWorkerOf } from './fixture';

async function openOptions(context: BrowserContext): Promise<Page> {
  const worker = await serviceWorkerOf(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await page.locator('.section').first().waitFor();
  return page;
}

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .exclude('[data-testid="reader-preview"]')
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('English: left to right, and no accessibility violations in light or dark', async ({ context }) => {
  const page = await openOptions(context);
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual(['en', 'ltr', 'Qari settings']);
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violations(page)).toEqual([]);
});

test('Arabic: right to left with Arabic text, the form on the start (right) side, and no accessibility violations', async () => {
  // Chromium on Linux picks its language from the environment, read when it starts.
  const before = process.env.LANGUAGE;
  process.env.LANGUAGE = 'ar';
  const launched = await launchWithExtension(EXTENSION_DIR, ['--lang=ar']).finally(() => {
    if (before === undefined) delete process.env.LANGUAGE;
    else process.env.LANGUAGE = before;
  });
  try {
    const page = await openOptions(launched.context);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual(['ar', 'rtl', 'إعدادات قارئ']);
    await expect(page.getByRole('heading', { level: 2, name: 'القراءة' })).toBeVisible();
    const form = await page.locator('.form-column').boundingBox();
    const preview = await page.locator('.preview-column').boundingBox();
    expect(form!.x).toBeGreaterThan(preview!.x);
    await page.locator('#reading').getByRole('textbox', { name: 'حجم النص' }).fill('99');
    // The numbers come isolated (FSI … PDI), as every value put into an Arabic message.
    await expect(page.locator('#reading').getByRole('alert')).toHaveText('أدخل رقمًا من \u206812\u2069 إلى \u206840\u2069.');
    expect(await violations(page)).toEqual([]);
  } finally {
    await launched.cleanup();
  }
});
