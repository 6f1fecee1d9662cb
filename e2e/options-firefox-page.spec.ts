/**
 * The options page in Firefox: the shortcut is edited in place with commands.update, and a change
 * reaches an open reader without a reload.
 */
import type { Page } from 'puppeteer-core';
import { test, expect } from './firefox-fixture';

/** The Firefox instance is shared by every Firefox test in the worker: give back what a test changed. */
type ExtensionGlobal = { browser: { commands: { reset(name: string): Promise<void> }; storage: { sync: { remove(key: string): Promise<void> } } } };

function text(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (el) => el.textContent).catch(() => null);
}

async function replaceText(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (el) => {
    (el as HTMLInputElement).focus();
    (el as HTMLInputElement).select();
  });
  await page.keyboard.press('Backspace');
  await page.type(selector, value);
}

async function clickButton(page: Page, name: string): Promise<void> {
  await page.$$eval(
    'button',
    (buttons, name) => {
      const button = buttons.find((b) => b.textContent?.trim() === name);
      if (!button) throw new Error(`no button "${name}"`);
      (button as HTMLButtonElement).click();
    },
    name,
  );
}

test('Firefox: the shortcut is shown and changed in place, a bad one is refused with a message, and the default comes back', async ({ qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  const manifest = await qari.manifest();
  const suggested: string = manifest.commands['toggle-reader'].suggested_key.default;
  const options = await qari.openOptions();
  try {
    await options.waitForSelector('#shortcut-input');
    await expect.poll(() => text(options, '[data-testid="current-shortcut"]')).toBe(suggested);
    // Firefox edits in place: no button to a browser page.
    expect(await options.$$eval('button', (bs) => bs.some((b) => /shortcut settings/.test(b.textContent ?? '')))).toBe(false);

    await replaceText(options, '#shortcut-input', 'Shift+U');
    await clickButton(options, 'Save shortcut');
    await expect.poll(() => text(options, '#shortcut-error')).toBe('Start with Ctrl, Alt or Command (Shift alone is not enough), for example Ctrl+Shift+U.');
    expect((await qari.commands()).find((c) => c.name === 'toggle-reader')?.shortcut).toBe(suggested);

    const chosen = suggested === 'Alt+Shift+U' ? 'Alt+Shift+J' : 'Alt+Shift+U';
    await replaceText(options, '#shortcut-input', chosen);
    await clickButton(options, 'Save shortcut');
    await expect.poll(() => text(options, '[data-testid="current-shortcut"]')).toBe(chosen);
    expect(await text(options, '#shortcut-error')).toBeNull();
    expect((await qari.commands()).find((c) => c.name === 'toggle-reader')?.shortcut).toBe(chosen);

    await clickButton(options, 'Restore the default shortcut');
    await expect.poll(() => text(options, '[data-testid="current-shortcut"]')).toBe(suggested);
    expect((await qari.commands()).find((c) => c.name === 'toggle-reader')?.shortcut).toBe(suggested);
  } finally {
    await options.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.commands.reset('toggle-reader')).catch(() => undefined);
    await options.close();
  }
});

test('Firefox: a font size and theme set on the options page reach the open reader without a reload; out of range reaches nobody', async ({ qari, tab }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  const look = () =>
    tab.evaluate(() => {
      const frame = document.querySelector('qari-reader')?.shadowRoot?.querySelector<HTMLElement>('.qari-root');
      if (!frame) return null;
      const style = getComputedStyle(frame);
      return { theme: frame.dataset.theme, size: style.getPropertyValue('--qari-font-size').trim(), background: style.backgroundColor };
    });
  // The automatic theme's colour is the test machine's choice; the dark one must be Qari's dark (light-dark() in Firefox).
  await expect.poll(look).toMatchObject({ theme: 'auto', size: '20px' });
  await tab.evaluate(() => ((window as unknown as { qariMarker: number }).qariMarker = 7));

  const options = await qari.openOptions();
  try {
    await options.waitForSelector('#setting-fontSize');
    await replaceText(options, '#setting-fontSize', '26');
    await options.$eval('#appearance input[type="radio"][value="dark"]', (el) => (el as HTMLInputElement).click());

    await expect.poll(look).toEqual({ theme: 'dark', size: '26px', background: 'rgb(22, 23, 26)' });
    expect(await tab.evaluate(() => (window as unknown as { qariMarker?: number }).qariMarker)).toBe(7);

    await replaceText(options, '#setting-fontSize', '41');
    await expect.poll(() => text(options, '#setting-fontSize-error')).toBe('Enter a number from 12 to 40.');
    await new Promise((r) => setTimeout(r, 500));
    expect(await look()).toEqual({ theme: 'dark', size: '26px', background: 'rgb(22, 23, 26)' });
  } finally {
    await options.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.storage.sync.remove('settings')).catch(() => undefined);
    await options.close();
  }
});
