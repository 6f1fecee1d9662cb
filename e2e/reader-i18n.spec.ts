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
