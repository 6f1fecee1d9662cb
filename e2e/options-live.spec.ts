import type { Page } from '@playwright/test';
import { test, expect } from './fixture';

/** What the open reader looks like: computed styles inside its shadow root. */
function readerLook(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('qari-reader')?.shadowRoot;
    const frame = root?.querySelector<HTMLElement>('.qari-root');
    const paragraph = root?.querySelector<HTMLElement>('article .qari-content p');
    if (!frame || !paragraph) return null;
    return {
      theme: frame.dataset.theme ?? null,
      background: getComputedStyle(frame).backgroundColor,
      sizeSetting: getComputedStyle(frame).getPropertyValue('--qari-font-size').trim(),
      /** The paragraph's rendered size: Arabic-script text is drawn a little larger than the setting. */
      fontSize: parseFloat(getComputedStyle(paragraph).fontSize),
    };
  });
}

test('changing the font size and theme on the options page changes an open reader, without a reload', async ({ page, context, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  expect((await qari.reader()).articles).toBe(1);
  const before = await readerLook(page);
  expect(before).toMatchObject({ theme: 'auto', sizeSetting: '20px' });
  const scale = before!.fontSize / 20;
  // A marker on the page's window: it survives only if the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { qariMarker: number }).qariMarker = 42));

  const options = await context.newPage();
  await options.goto(`chrome-extension://${qari.extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Qari settings' })).toBeVisible();

  // The preview's own toolbar has controls with the same names: use the form's.
  const size = options.locator('#reading').getByRole('textbox', { name: 'Text size' });
  await size.fill('28');
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await options.locator('#appearance').getByRole('radio', { name: 'Dark' }).check();

  // The preview on the options page follows too.
  const previewTheme = () =>
    options.evaluate(() => document.querySelector('[data-testid="reader-preview"]')?.shadowRoot?.querySelector<HTMLElement>('.qari-root')?.dataset.theme);
  await expect.poll(previewTheme).toBe('dark');

  await expect.poll(() => readerLook(page)).toMatchObject({ theme: 'dark', sizeSetting: '28px', background: 'rgb(22, 23, 26)' });
  expect((await readerLook(page))!.fontSize).toBeCloseTo(28 * scale, 1);
  expect(before!.background).not.toBe('rgb(22, 23, 26)');
  expect(await page.evaluate(() => (window as unknown as { qariMarker?: number }).qariMarker)).toBe(42);
  expect((await qari.reader()).hosts).toBe(1);

  // An invalid value on the options page reaches nobody.
  await size.fill('99');
  await expect(options.getByRole('alert')).toHaveText('Enter a number from 12 to 40.');
  await page.waitForTimeout(300);
  expect((await readerLook(page))?.sizeSetting).toBe('28px');
});
