import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import arabic from '../../public/_locales/ar/messages.json';
import { defaultSettings, loadSettings, type Settings } from '../../utils/settings';
import { App } from './App';
import type { CommandsApi } from './shortcut';

async function stored(): Promise<Settings | undefined> {
  return (await browser.storage.sync.get('settings')).settings as Settings | undefined;
}

async function renderApp(props: Parameters<typeof App>[0] = {}) {
  const view = render(<App {...props} />);
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => previewRoot());
  return view;
}

/** The reader inside the preview's shadow root. */
function previewRoot(): HTMLElement {
  const host = screen.getByTestId('reader-preview');
  const root = host.shadowRoot?.querySelector<HTMLElement>('.qari-root');
  if (!root) throw new Error('no reader in the preview');
  return root;
}

function fontSizeField(): HTMLInputElement {
  return screen.getByRole('textbox', { name: 'Text size' }) as HTMLInputElement;
}

function describedBy(field: HTMLElement): string {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function chooseFile(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});

describe('the options page', () => {
  it('shows the four sections and the stored settings', async () => {
    await browser.storage.sync.set({ settings: { ...defaultSettings(), fontSize: 26, theme: 'sepia', autoOpenSites: ['elbalad.news'] } });
    await renderApp();
    for (const name of ['Reading', 'Appearance', 'Sites', 'Keyboard', 'Back up and reset', 'Preview']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
    await waitFor(() => expect(fontSizeField().value).toBe('26'));
    expect((screen.getByRole('radio', { name: 'Sepia' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('list', { name: 'Always open in the reader' }).textContent).toContain('elbalad.news');
  });

  it('saves a valid font size at once and the preview follows', async () => {
    await renderApp();
    fireEvent.input(fontSizeField(), { target: { value: '24' } });
    await waitFor(async () => expect((await stored())?.fontSize).toBe(24));
    expect(previewRoot().style.getPropertyValue('--qari-font-size')).toBe('24px');
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('saves the read-aloud speed, stepping by tenths with the arrow keys, and refuses a speed out of range', async () => {
    await renderApp();
    const field = document.getElementById('setting-speechRate') as HTMLInputElement;
    expect(field.value).toBe('1');
    for (let i = 0; i < 3; i++) fireEvent.keyDown(field, { key: 'ArrowUp' });
    expect(field.value).toBe('1.3');
    await waitFor(async () => expect((await stored())?.speechRate).toBe(1.3));
    fireEvent.input(field, { target: { value: '3' } });
    fireEvent.blur(field);
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a number from 0.5 to 2.');
    expect((await stored())?.speechRate).toBe(1.3);
  });

  it('reads Arabic-Indic digits', async () => {
    await renderApp();
    fireEvent.input(fontSizeField(), { target: { value: '٢٢' } });
    await waitFor(async () => expect((await stored())?.fontSize).toBe(22));
  });

  it('saves once when the user pauses, however fast the arrow keys repeat (sync allows 120 writes a minute)', async () => {
    await renderApp();
    const set = vi.spyOn(browser.storage.sync, 'set');
    const field = fontSizeField();
    for (let i = 0; i < 10; i++) fireEvent.keyDown(field, { key: 'ArrowUp' });
    expect(field.value).toBe('30');
    expect(previewRoot().style.getPropertyValue('--qari-font-size')).toBe('30px');
    await waitFor(async () => expect((await stored())?.fontSize).toBe(30));
    expect(set.mock.calls.filter(([items]) => 'settings' in (items as object))).toHaveLength(1);
    for (let i = 0; i < 20; i++) fireEvent.keyDown(field, { key: 'ArrowUp' });
    await waitFor(async () => expect((await stored())?.fontSize).toBe(40));
  });

  it('refuses an out-of-range number with a message by the field, and writes nothing', async () => {
    await renderApp();
    const set = vi.spyOn(browser.storage.sync, 'set');
    const field = fontSizeField();
    fireEvent.input(field, { target: { value: '50' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Enter a number from 12 to 40.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(field)).toContain('Enter a number from 12 to 40.');
    expect(previewRoot().style.getPropertyValue('--qari-font-size')).toBe('20px');
    expect(set).not.toHaveBeenCalled();
  });

  it('waits for the user to finish typing a number that is still too small, then says so', async () => {
    await renderApp();
    const field = fontSizeField();
    fireEvent.input(field, { target: { value: '1' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(field);
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a number from 12 to 40.');
    expect(await stored()).toBeUndefined();
  });

  it('refuses a value of the wrong type', async () => {
    await renderApp();
    const field = screen.getByRole('textbox', { name: 'Line spacing' });
    fireEvent.input(field, { target: { value: 'wide' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a number.');
    expect(await stored()).toBeUndefined();
  });

  it('changes the theme, the alignment and a script font, and the preview follows each', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(async () => expect((await stored())?.theme).toBe('dark'));
    expect(previewRoot().dataset.theme).toBe('dark');

    fireEvent.click(screen.getByRole('radio', { name: 'Justified' }));
    await waitFor(async () => expect((await stored())?.textAlign).toBe('justify'));
    expect(previewRoot().dataset.align).toBe('justify');

    fireEvent.change(screen.getByRole('combobox', { name: 'Arabic script (Arabic, Persian, Urdu)' }), { target: { value: 'serif' } });
    await waitFor(async () => expect((await stored())?.fontFamily).toEqual({ arabic: 'serif', hebrew: 'sans', latin: 'serif' }));
    expect(previewRoot().dataset.fontArabic).toBe('serif');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Show images' }));
    await waitFor(async () => expect((await stored())?.showImages).toBe(false));
  });

  it('shows the seed article in the preview, right to left', async () => {
    await renderApp();
    const article = previewRoot().querySelector('article')!;
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.getAttribute('lang')).toBe('ar');
    expect(article.querySelector('h1')?.textContent).toContain('داعش ينتقل إلى أفريقيا');
    expect(article.querySelectorAll('li').length).toBe(6);
  });

  it('follows changes made elsewhere (an open reader, another device)', async () => {
    await renderApp();
    await browser.storage.sync.set({ settings: { ...defaultSettings(), fontSize: 31, theme: 'dark' } });
    await waitFor(() => expect(fontSizeField().value).toBe('31'));
    expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('site lists', () => {
  it('adds a site as a hostname, and removes it', async () => {
    await renderApp();
    const input = screen.getByRole('textbox', { name: 'Site to always open in the reader' });
    fireEvent.input(input, { target: { value: 'https://www.Elbalad.news/article/1' } });
    fireEvent.click(within(document.getElementById('sites')!).getAllByRole('button', { name: 'Add' })[0]!);
    await waitFor(async () => expect((await stored())?.autoOpenSites).toEqual(['elbalad.news']));
    await waitFor(() => expect((input as HTMLInputElement).value).toBe(''));

    fireEvent.click(screen.getByRole('button', { name: 'Remove elbalad.news' }));
    await waitFor(async () => expect((await stored())?.autoOpenSites).toEqual([]));
    expect(screen.getAllByText('No sites yet.').length).toBe(2);
  });

  it('keeps keyboard focus in the list when a site is removed', async () => {
    await browser.storage.sync.set({ settings: { ...defaultSettings(), neverOpenSites: ['a.com', 'b.com'] } });
    await renderApp();
    const remove = await screen.findByRole('button', { name: 'Remove a.com' });
    remove.focus();
    fireEvent.click(remove);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove b.com' })));
    fireEvent.click(screen.getByRole('button', { name: 'Remove b.com' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Site never to open by itself' })));
  });

  it('adds several pasted sites at once', async () => {
    await renderApp();
    const input = screen.getByRole('textbox', { name: 'Site never to open by itself' });
    fireEvent.input(input, { target: { value: 'mail.example.com, docs.example.org  example.net' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(async () => expect((await stored())?.neverOpenSites).toEqual(['mail.example.com', 'docs.example.org', 'example.net']));
  });

  it.each([
    ['', 'Enter a site, such as example.com.'],
    ['exa_mple.com', '“exa_mple.com” is not a valid site name (for example: example.com).'],
    ['good.com bad..com', '“bad..com” is not a valid site name (for example: example.com).'],
  ])('refuses %j with a message by the field, and writes nothing', async (typed, message) => {
    await renderApp();
    const set = vi.spyOn(browser.storage.sync, 'set');
    const input = screen.getByRole('textbox', { name: 'Site to always open in the reader' });
    fireEvent.input(input, { target: { value: typed } });
    fireEvent.submit(input.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(describedBy(input)).toContain(message);
    expect(set).not.toHaveBeenCalled();
  });

  it('refuses a site already listed, here or in the other list', async () => {
    await browser.storage.sync.set({ settings: { ...defaultSettings(), autoOpenSites: ['a.com'], neverOpenSites: ['b.com'] } });
    await renderApp();
    await screen.findByText('a.com');
    const input = screen.getByRole('textbox', { name: 'Site to always open in the reader' });
    fireEvent.input(input, { target: { value: 'www.a.com' } });
    fireEvent.submit(input.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('a.com is already in this list.');
    fireEvent.input(input, { target: { value: 'b.com' } });
    fireEvent.submit(input.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('b.com is in the other list; remove it there first.');
  });

  it('says when the lists would be too large to sync, and writes nothing', async () => {
    const many = Array.from({ length: 180 }, (_, i) => `a-long-news-site-name-${i}.example.com`);
    await browser.storage.sync.set({ settings: { ...defaultSettings(), autoOpenSites: many } });
    await renderApp();
    await screen.findByText(many[0]!);
    const set = vi.spyOn(browser.storage.sync, 'set');
    const input = screen.getByRole('textbox', { name: 'Site to always open in the reader' });
    fireEvent.input(input, { target: { value: Array.from({ length: 40 }, (_, i) => `another-long-site-name-${i}.example.org`).join(' ') } });
    fireEvent.submit(input.closest('form')!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Too many sites to sync: your settings would take \d+ bytes, and browser sync allows 8192\. Remove some sites\.$/);
    expect(set).not.toHaveBeenCalled();
    expect((await stored())?.autoOpenSites).toHaveLength(180);
  });
});

describe('storage errors', () => {
  it('shows a failed write, and shows what is really stored', async () => {
    await renderApp();
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Your settings are too large to sync (8 KB at most): remove some sites. (QUOTA_BYTES_PER_ITEM quota exceeded)');
    await waitFor(() => expect((screen.getByRole('radio', { name: 'Automatic (follows your system)' }) as HTMLInputElement).checked).toBe(true));
  });

  it('shows sync being unavailable', async () => {
    await renderApp();
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValue(new Error('Sync is disabled'));
    fireEvent.input(fontSizeField(), { target: { value: '22' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Browser sync is off or unavailable/);
  });
});

describe('export, import and reset', () => {
  const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ app: 'qari', kind: 'settings', version: 2, exportedAt: '2026-11-29T10:00:00Z', settings, ...extra });

  it('exports the settings as a JSON file', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:qari';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await browser.storage.sync.set({ settings: { ...defaultSettings(), fontSize: 28 } });
    await renderApp();
    await waitFor(() => expect(fontSizeField().value).toBe('28'));
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(click).toHaveBeenCalled();
    const json = JSON.parse(await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    }));
    expect(json).toMatchObject({ app: 'qari', kind: 'settings', version: 2, settings: { fontSize: 28 } });
    expect(screen.getByText(/^Settings exported to qari-settings-\d{4}-\d\d-\d\d\.json\.$/)).toBeTruthy();
  });

  it('imports a good file whole', async () => {
    await renderApp();
    const next = { ...defaultSettings(), fontSize: 30, theme: 'dark', neverOpenSites: ['x.com'] };
    chooseFile(screen.getByLabelText('Import settings…'), new File([file(next)], 'mine.json', { type: 'application/json' }));
    expect(await screen.findByText('Settings imported from mine.json.')).toBeTruthy();
    expect(await stored()).toEqual(next);
    await waitFor(() => expect(fontSizeField().value).toBe('30'));
  });

  it.each([
    ['malformed JSON', '{"app": "qari"', /^Nothing was imported: the file is not valid JSON \(.+\)\.$/],
    ['a __proto__ key', file({ ...defaultSettings() }).replace('"fontSize"', '"__proto__": {"admin": true}, "fontSize"'), /^Nothing was imported: the file contains the key “__proto__” \(at settings.__proto__\), which is never allowed\.$/],
    ['a wrong type', file({ ...defaultSettings(), fontSize: '30' }), /^Nothing was imported: “fontSize” is not valid: Enter a number\.$/],
    ['an unknown key', file({ ...defaultSettings(), colour: 'red' }), /^Nothing was imported: the file has an unknown setting “colour”\.$/],
    ['another kind of file', '{"hello": "world"}', /^Nothing was imported: this is not a Qari settings file/],
  ])('refuses %s, naming the problem, and changes nothing', async (_, text, message) => {
    await browser.storage.sync.set({ settings: { ...defaultSettings(), fontSize: 19 } });
    await renderApp();
    const set = vi.spyOn(browser.storage.sync, 'set');
    chooseFile(screen.getByLabelText('Import settings…'), new File([text], 'bad.json'));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(set).not.toHaveBeenCalled();
    expect(await stored()).toEqual({ ...defaultSettings(), fontSize: 19 });
  });

  it('refuses an oversized file without reading it', async () => {
    await renderApp();
    const big = new File(['x'.repeat(70 * 1024)], 'big.json');
    const text = vi.fn();
    Object.defineProperty(big, 'text', { value: text });
    chooseFile(screen.getByLabelText('Import settings…'), big);
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was imported: the file is 70 KB, and a settings file is at most 64 KB.');
    expect(text).not.toHaveBeenCalled();
  });

  it('asks before resetting, and cancelling changes nothing', async () => {
    await browser.storage.sync.set({ settings: { ...defaultSettings(), fontSize: 33, autoOpenSites: ['a.com'] } });
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reset all settings?' });
    expect(dialog.textContent).toContain('Every setting, your site lists included, goes back to its default');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await stored())?.fontSize).toBe(33);

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset' }));
    expect(await screen.findByText('All settings are back to their defaults.')).toBeTruthy();
    expect(await loadSettings()).toEqual(defaultSettings());
    await waitFor(() => expect(fontSizeField().value).toBe('20'));
  });
});

describe('keyboard shortcut', () => {
  function commandsStub(shortcut: string, firefox: boolean) {
    let current = shortcut;
    const api: CommandsApi = { getAll: vi.fn(async () => [{ name: 'toggle-reader', shortcut: current }]) };
    if (firefox) {
      api.update = vi.fn(async ({ shortcut: next }: { shortcut?: string }) => {
        current = next ?? '';
      });
      api.reset = vi.fn(async () => {
        current = 'Alt+Shift+R';
      });
    }
    return api;
  }

  it('in Chrome: shows the shortcut and opens the browser’s shortcut settings', async () => {
    const openTab = vi.fn(async () => undefined);
    await renderApp({ commands: commandsStub('Alt+Shift+R', false), openTab });
    expect((await screen.findByTestId('current-shortcut')).textContent).toBe('Alt+Shift+R');
    expect(screen.queryByRole('textbox', { name: 'New shortcut' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Change in the browser’s shortcut settings' }));
    expect(openTab).toHaveBeenCalledWith('chrome://extensions/shortcuts');
  });

  it('in Chrome: says when the shortcut page cannot be opened', async () => {
    const openTab = vi.fn(async () => {
      throw new Error('Cannot navigate to a chrome:// URL');
    });
    await renderApp({ commands: commandsStub('', false), openTab });
    expect(await screen.findByText('none')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change in the browser’s shortcut settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The shortcuts page could not be opened (Cannot navigate to a chrome:// URL). Open chrome://extensions/shortcuts yourself.',
    );
  });

  it('in Firefox: edits the shortcut in place, refusing a bad one with a message', async () => {
    const commands = commandsStub('Alt+Shift+R', true);
    await renderApp({ commands });
    const input = (await screen.findByRole('textbox', { name: 'New shortcut' })) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe('Alt+Shift+R'));

    fireEvent.input(input, { target: { value: 'Shift+R' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save shortcut' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Start with Ctrl, Alt or Command (Shift alone is not enough), for example Ctrl+Shift+U.');
    expect(commands.update).not.toHaveBeenCalled();

    fireEvent.keyDown(input, { key: 'U', code: 'KeyU', ctrlKey: true, shiftKey: true });
    expect(input.value).toBe('Ctrl+Shift+U');
    fireEvent.click(screen.getByRole('button', { name: 'Save shortcut' }));
    expect(await screen.findByText('Shortcut saved.')).toBeTruthy();
    expect(commands.update).toHaveBeenCalledWith({ name: 'toggle-reader', shortcut: 'Ctrl+Shift+U' });
    expect(screen.getByTestId('current-shortcut').textContent).toBe('Ctrl+Shift+U');

    fireEvent.click(screen.getByRole('button', { name: 'Restore the default shortcut' }));
    await waitFor(() => expect(screen.getByTestId('current-shortcut').textContent).toBe('Alt+Shift+R'));
  });

  it('in Firefox: shows what the browser refuses', async () => {
    const commands = commandsStub('Alt+Shift+R', true);
    (commands.update as ReturnType<typeof vi.fn>).mockRejectedValueOnce(new Error('Invalid shortcut'));
    await renderApp({ commands });
    const input = await screen.findByRole('textbox', { name: 'New shortcut' });
    fireEvent.input(input, { target: { value: 'Ctrl+Y' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save shortcut' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The browser refused this shortcut: Invalid shortcut');
  });
});

describe('in Arabic', () => {
  beforeEach(() => {
    const messages = arabic as Record<string, { message: string }>;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
      const list = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
      return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, i: string) => list[Number(i) - 1] ?? '');
    }) as typeof fakeBrowser.i18n.getMessage);
  });

  it('speaks Arabic, errors included', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('إعدادات قارئ');
    for (const name of ['القراءة', 'المظهر', 'المواقع', 'لوحة المفاتيح']) expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'حجم النص' }), { target: { value: '99' } });
    // Substituted values are isolated (FSI … PDI) so they keep their own direction inside Arabic text.
    expect((await screen.findByRole('alert')).textContent).toBe('أدخل رقمًا من \u206812\u2069 إلى \u206840\u2069.');
    const site = screen.getByRole('textbox', { name: 'موقع يُفتح في القارئ دائمًا' });
    fireEvent.input(site, { target: { value: 'exa_mple' } });
    fireEvent.submit(site.closest('form')!);
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('«\u2068exa_mple\u2069» ليس اسم موقع صالحًا (مثال: example.com).'));
    expect(await stored()).toBeUndefined();
  });
});
