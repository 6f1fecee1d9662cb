import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import {
  BOUNDS,
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  SETTING_KEYS,
  defaultSettings,
  describeStorageError,
  loadSettings,
  migrateV1toV2,
  normalizeHostname,
  repairSettings,
  replaceSettings,
  resetSettings,
  saveSettings,
  settingsItem,
  siteInList,
  syncItemBytes,
  validateField,
  validatePatch,
  watchSettings,
} from './settings';
import { V1_EXAMPLES, V2_EXAMPLES } from './settings-fixtures';

async function stored(): Promise<{ value: unknown; meta: unknown }> {
  const all = await browser.storage.sync.get(['settings', 'settings$']);
  return { value: all.settings, meta: all['settings$'] };
}

async function seed(value: unknown, version: number | undefined): Promise<void> {
  await browser.storage.sync.set({ settings: value });
  if (version !== undefined) await browser.storage.sync.set({ settings$: { v: version } });
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('schema', () => {
  it('has a default inside its bounds for every field', () => {
    for (const key of SETTING_KEYS) expect(validateField(key, DEFAULT_SETTINGS[key])).toMatchObject({ ok: true });
    expect(DEFAULT_SETTINGS.fontSize).toBeGreaterThanOrEqual(BOUNDS.fontSize.min);
    expect(DEFAULT_SETTINGS.fontSize).toBeLessThanOrEqual(BOUNDS.fontSize.max);
  });

  it('keeps the defaults frozen and hands out mutable copies', () => {
    const copy = defaultSettings();
    copy.autoOpenSites.push('example.com');
    copy.fontFamily.arabic = 'serif';
    expect(DEFAULT_SETTINGS.autoOpenSites).toEqual([]);
    expect(DEFAULT_SETTINGS.fontFamily.arabic).toBe('sans');
    expect(() => (DEFAULT_SETTINGS.autoOpenSites as string[]).push('x')).toThrow();
  });
});

describe('validateField', () => {
  it.each([
    ['fontSize', 12],
    ['fontSize', 40],
    ['lineHeight', 1.2],
    ['contentWidth', 120],
    ['theme', 'sepia'],
    ['textAlign', 'justify'],
    ['showImages', false],
    ['speechRate', 0.5],
    ['speechRate', 1.7],
    ['fontFamily', { arabic: 'serif', hebrew: 'sans', latin: 'sans' }],
    ['autoOpenSites', ['example.com']],
  ] as const)('accepts %s = %j', (key, value) => {
    expect(validateField(key, value)).toMatchObject({ ok: true });
  });

  it.each([
    ['fontSize', 11, 'outOfRange', 'Font size must be between 12 and 40.'],
    ['fontSize', 41, 'outOfRange', 'Font size must be between 12 and 40.'],
    ['fontSize', '20', 'notNumber', 'Font size must be a number.'],
    ['fontSize', Number.NaN, 'notNumber', 'Font size must be a number.'],
    ['fontSize', Infinity, 'notNumber', 'Font size must be a number.'],
    ['lineHeight', 3, 'outOfRange', 'Line height must be between 1.2 and 2.6.'],
    ['contentWidth', null, 'notNumber', 'Content width must be a number.'],
    ['speechRate', 2.5, 'outOfRange', 'Read-aloud speed must be between 0.5 and 2.'],
    ['speechRate', '1', 'notNumber', 'Read-aloud speed must be a number.'],
    ['theme', 'purple', 'notOneOf', 'Theme must be one of: auto, light, sepia, dark.'],
    ['textAlign', 'center', 'notOneOf', 'Text alignment must be one of: start, justify.'],
    ['showImages', 'true', 'notBoolean', 'Show images must be true or false.'],
    ['fontFamily', 'serif', 'notObject', 'Font family must be set per script.'],
    ['fontFamily', { arabic: 'comic' }, 'notOneOf', 'Font for arabic text must be one of: serif, sans.'],
    ['fontFamily', { cyrillic: 'serif' }, 'unknownSetting', 'Unknown script "cyrillic" in font family.'],
    ['autoOpenSites', 'example.com', 'notList', 'Always-open sites must be a list of sites.'],
    ['neverOpenSites', [1], 'listItemNotString', 'Never-open sites must hold only site names.'],
  ] as const)('refuses %s = %j with a clear message', (key, value, code, error) => {
    expect(validateField(key, value)).toEqual(expect.objectContaining({ ok: false, code, error }));
  });

  it('refuses a site list longer than the bound', () => {
    const list = Array.from({ length: BOUNDS.siteList.maxItems + 1 }, (_, i) => `site${i}.example`);
    expect(validateField('autoOpenSites', list)).toMatchObject({ ok: false, code: 'listTooLong' });
  });

  it('refuses unknown and inherited keys', () => {
    expect(validateField('__proto__' as never, {})).toMatchObject({ ok: false, code: 'unknownSetting' });
    expect(validateField('toString' as never, 'x')).toMatchObject({ ok: false, code: 'unknownSetting' });
  });
});

describe('normalizeHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM  ', 'example.com'],
    ['https://news.example.com/path?q=1#x', 'news.example.com'],
    ['example.com:8080', 'example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['مثال.مصر', 'xn--mgbh0fb.xn--wgbh1c'],
  ])('reads %j as %j', (input, host) => {
    expect(normalizeHostname(input)).toEqual({ ok: true, value: host });
  });

  it.each(['', '   ', 'example', 'exa mple.com', '-bad.com', 'bad-.com', 'a..b', 'http://', 'example.123', `${'a'.repeat(64)}.com`])(
    'refuses %j',
    (input) => {
      const r = normalizeHostname(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe(input.trim() ? 'hostInvalid' : 'hostEmpty');
    },
  );

  it('names the bad input in its message', () => {
    expect(normalizeHostname('not a site')).toMatchObject({ error: '"not a site" is not a valid site name (for example: example.com).' });
    expect(normalizeHostname('')).toMatchObject({ error: 'Enter a site, such as example.com.' });
  });
});

describe('siteInList', () => {
  it('matches a site and its subdomains, not look-alikes', () => {
    expect(siteInList('example.com', ['example.com'])).toBe(true);
    expect(siteInList('www.example.com', ['example.com'])).toBe(true);
    expect(siteInList('news.example.com', ['example.com'])).toBe(true);
    expect(siteInList('badexample.com', ['example.com'])).toBe(false);
    expect(siteInList('example.com', ['news.example.com'])).toBe(false);
  });
});

describe('validatePatch', () => {
  it('passes a valid patch through, normalised', () => {
    expect(validatePatch({ fontSize: 22, autoOpenSites: ['WWW.A.com', 'a.com'] })).toEqual({
      ok: true,
      value: { fontSize: 22, autoOpenSites: ['a.com'] },
    });
  });

  it('refuses the whole patch when one field is bad', () => {
    const r = validatePatch({ fontSize: 22, theme: 'neon' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual(['theme']);
  });

  it.each([null, 'x', [1], 3])('refuses %j', (patch) => {
    expect(validatePatch(patch).ok).toBe(false);
  });
});

describe('repairSettings', () => {
  it('gives defaults for nothing stored, and counts nothing as repaired', () => {
    expect(repairSettings(undefined)).toEqual({ settings: defaultSettings(), repaired: [] });
  });

  it('repairs each bad field alone', () => {
    const { settings, repaired } = repairSettings({ ...defaultSettings(), fontSize: 99, theme: 'dark' });
    expect(settings).toEqual({ ...defaultSettings(), theme: 'dark' });
    expect(repaired).toEqual(['fontSize']);
  });
});

describe('migrations and repair, over example stored objects of every version', () => {
  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  for (const example of V1_EXAMPLES) {
    it(`migrates ${example.name}`, async () => {
      await seed(example.stored, example.version);
      await settingsItem.migrate();
      expect(await stored()).toEqual({ value: example.expected, meta: { v: SETTINGS_VERSION } });
      expect(await loadSettings()).toEqual(example.expected);
    });

    it(`migrateV1toV2 alone: ${example.name}`, () => {
      expect(migrateV1toV2(example.stored)).toEqual(example.expected);
    });
  }

  for (const example of V2_EXAMPLES) {
    it(`reads ${example.name}, and writes the repair back`, async () => {
      await seed(example.stored, example.version);
      await settingsItem.migrate();
      expect(await loadSettings()).toEqual(example.expected);
      expect((await stored()).value).toEqual(example.expected);
    });
  }

  it('reads a value from a newer version without overwriting it', async () => {
    const fromTheFuture = { ...defaultSettings(), fontSize: 30, hyphenate: true };
    await seed(fromTheFuture, SETTINGS_VERSION + 1);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(settingsItem.migrate()).rejects.toThrow(/downgrade/i);
    errors.mockRestore();
    expect(await loadSettings()).toEqual({ ...defaultSettings(), fontSize: 30 });
    expect((await stored()).value).toEqual(fromTheFuture);
  });

  it('records the current version with the first save', async () => {
    await settingsItem.migrate();
    await saveSettings({ fontSize: 21 });
    expect(await stored()).toEqual({ value: { ...defaultSettings(), fontSize: 21 }, meta: { v: SETTINGS_VERSION } });
  });
});

describe('saveSettings', () => {
  it('saves a valid change and keeps the rest', async () => {
    await saveSettings({ theme: 'dark' });
    const r = await saveSettings({ fontSize: 24 });
    expect(r).toEqual({ ok: true, settings: { ...defaultSettings(), theme: 'dark', fontSize: 24 } });
    expect(await loadSettings()).toEqual({ ...defaultSettings(), theme: 'dark', fontSize: 24 });
  });

  it.each([
    [{ fontSize: 41 }, 'fontSize', 'Font size must be between 12 and 40.'],
    [{ fontSize: '20' as unknown as number }, 'fontSize', 'Font size must be a number.'],
    [{ autoOpenSites: [''] }, 'autoOpenSites', 'Enter a site, such as example.com.'],
    [{ neverOpenSites: ['exa mple'] }, 'neverOpenSites', '"exa mple" is not a valid site name (for example: example.com).'],
    [{ theme: 5 as unknown as 'dark' }, 'theme', 'Theme must be one of: auto, light, sepia, dark.'],
  ])('writes nothing for %j', async (patch, field, message) => {
    const set = vi.spyOn(browser.storage.sync, 'set');
    const r = await saveSettings(patch);
    expect(r).toMatchObject({ ok: false, errors: { [field]: message } });
    expect(set).not.toHaveBeenCalled();
    expect((await stored()).value).toBeUndefined();
  });

  it('changes one script font at a time', async () => {
    await saveSettings({ fontFamily: { arabic: 'serif', hebrew: 'serif', latin: 'serif' } });
    await saveSettings({ fontFamily: { hebrew: 'sans' } as Settings['fontFamily'] });
    expect((await loadSettings()).fontFamily).toEqual({ arabic: 'serif', hebrew: 'sans', latin: 'serif' });
  });

  it('does not lose a change when two are made at once', async () => {
    await Promise.all([saveSettings({ fontSize: 30 }), saveSettings({ theme: 'sepia' }), saveSettings({ showImages: false })]);
    expect(await loadSettings()).toMatchObject({ fontSize: 30, theme: 'sepia', showImages: false });
  });

  it('returns a storage error instead of swallowing it', async () => {
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const r = await saveSettings({ fontSize: 22 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors['']).toMatch(/too large to sync/);
      expect(r.errors['']).toMatch(/QUOTA_BYTES_PER_ITEM quota exceeded/);
    }
  });

  it('refuses site lists too large for one sync item before the browser does, and writes nothing', async () => {
    const sites = Array.from({ length: 450 }, (_, i) => `a-rather-long-news-site-${i}.example.com`);
    const set = vi.spyOn(browser.storage.sync, 'set');
    const r = await saveSettings({ autoOpenSites: sites });
    expect(r).toMatchObject({ ok: false, codes: { autoOpenSites: { code: 'tooBigToSync' } } });
    expect(set).not.toHaveBeenCalled();
  });

  it('fits a few hundred ordinary hostnames', async () => {
    const sites = Array.from({ length: 300 }, (_, i) => `news${i}.example`);
    expect(syncItemBytes({ ...defaultSettings(), autoOpenSites: sites })).toBeLessThan(8192);
    expect((await saveSettings({ autoOpenSites: sites })).ok).toBe(true);
  });
});

describe('replaceSettings and resetSettings', () => {
  it('replaces every field at once', async () => {
    const all = { ...defaultSettings(), fontSize: 33, theme: 'dark' as const };
    await saveSettings({ showImages: false });
    expect(await replaceSettings(all)).toEqual({ ok: true, settings: all });
    expect(await loadSettings()).toEqual(all);
  });

  it('refuses an incomplete or partly bad set, writing nothing', async () => {
    const set = vi.spyOn(browser.storage.sync, 'set');
    expect((await replaceSettings({ fontSize: 20 })).ok).toBe(false);
    expect((await replaceSettings({ ...defaultSettings(), lineHeight: 9 })).ok).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });

  it('resets to the defaults', async () => {
    await saveSettings({ fontSize: 33, autoOpenSites: ['a.com'] });
    await resetSettings();
    expect(await loadSettings()).toEqual(defaultSettings());
  });
});

describe('watchSettings', () => {
  it('reports each change, repaired', async () => {
    const seen: number[] = [];
    const stop = watchSettings((s) => seen.push(s.fontSize));
    await saveSettings({ fontSize: 25 });
    await browser.storage.sync.set({ settings: { ...defaultSettings(), fontSize: 'bad' } });
    stop();
    await saveSettings({ fontSize: 26 });
    expect(seen).toEqual([25, 20]);
  });
});

describe('describeStorageError', () => {
  it.each([
    ['QUOTA_BYTES_PER_ITEM quota exceeded', /too large to sync/],
    ['QUOTA_BYTES quota exceeded', /Sync storage is full/],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', /Too many changes/],
    ['Sync is disabled', /sync is turned off/i],
    ['Something else', /could not be saved: Something else/],
  ])('explains %j', (message, expected) => {
    expect(describeStorageError(new Error(message))).toMatch(expected);
  });
});

type Settings = import('./settings').Settings;
