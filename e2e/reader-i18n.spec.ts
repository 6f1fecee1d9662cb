/** The interface speaks the browser's language (issue 5, item 10): Arabic labels and a right-to-left toolbar. */
import { test, expect } from './fixture';

test.use({ extraLaunchArgs: ['--lang=ar'] });

test('with Arabic as the browser language the toolbar is right to left and labelled in Arabic', async ({ page, qari }) => {
  await qari.openSeed('tech-blog-table-code');
  await qari.toggle();
  const reader = page.locator('qari-reader');
  const root = reader.locator('.qari-root');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('lang', 'ar');
  // The article keeps its own direction and language.
  await expect(reader.locator('article')).toHaveAttribute('dir', 'ltr');
  await expect(reader.locator('article')).toHaveAttribute('lang', /^en/);
  await expect(reader.getByRole('button', { name: 'إغلاق القارئ' })).toBeVisible();
  await expect(reader.getByRole('button', { name: 'تكبير النص' })).toBeVisible();
  // Right to left: the close button sits at the right edge, the text controls at the left.
  const close = await reader.getByRole('button', { name: 'إغلاق القارئ' }).boundingBox();
  const larger = await reader.getByRole('button', { name: 'تكبير النص' }).boundingBox();
  expect(close!.x).toBeGreaterThan(larger!.x);
  expect(close!.x + close!.width).toBeGreaterThan(1180);
  await page.screenshot({ path: 'screenshots/ui-arabic-tech-blog-table-code.png', animations: 'disabled' });
});

test('with Arabic as the browser language the no-article message is in Arabic', async ({ page, qari }) => {
  await qari.openSeed('portal-front-page');
  await qari.toggle();
  await expect(page.locator('qari-reader').getByRole('heading', { name: 'لم يُعثر على مقال في هذه الصفحة' })).toBeVisible();
});

// The other right-to-left languages Qari is made for have an interface of their own too: each reader opens on a seed
// page, in the browser's language, right to left, while the article keeps its own language.
for (const ui of [
  { lang: 'he', seed: 'hebrew-article', article: 'he', close: 'סגירת הקורא', larger: 'הגדלת הטקסט', settings: 'הגדרות Qari' },
  { lang: 'fa', seed: 'persian-mislabelled', article: 'fa', close: 'بستن نمای خواندن', larger: 'متن بزرگ‌تر', settings: 'تنظیمات قارئ' },
  { lang: 'ur', seed: 'urdu-article', article: 'ur', close: 'ریڈر بند کریں', larger: 'متن بڑا کریں', settings: 'قارئ کی ترتیبات' },
]) {
  test.describe(`${ui.lang} interface`, () => {
    test.use({ extraLaunchArgs: [`--lang=${ui.lang}`] });

    test(`with ${ui.lang} as the browser language the reader and the settings speak it, right to left`, async ({ page, context, qari }) => {
      await qari.openSeed(ui.seed);
      await qari.toggle();
      const reader = page.locator('qari-reader');
      const root = reader.locator('.qari-root');
      await expect(root).toHaveAttribute('dir', 'rtl');
      await expect(root).toHaveAttribute('lang', ui.lang);
      await expect(reader.locator('article')).toHaveAttribute('lang', new RegExp(`^${ui.article}`));
      await expect(reader.getByRole('button', { name: ui.close })).toBeVisible();
      await expect(reader.getByRole('button', { name: ui.larger })).toBeVisible();
      const options = await context.newPage();
      await options.goto(`chrome-extension://${qari.extensionId}/options.html`);
      await expect(options.getByRole('heading', { level: 1, name: ui.settings })).toBeVisible();
      expect(await options.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([ui.lang, 'rtl']);
      await options.close();
    });
  });
}
