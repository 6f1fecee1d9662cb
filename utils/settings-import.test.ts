import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, loadSettings, replaceSettings, saveSettings, type Settings } from './settings';
import { MAX_IMPORT_BYTES, exportSettingsFile, parseSettingsFile, settingsFileName, stringifySettingsFile } from './settings-import';

const custom: Settings = {
  ...defaultSettings(),
  fontSize: 26,
  theme: 'sepia',
  fontFamily: { arabic: 'serif', hebrew: 'sans', latin: 'sans' },
  autoOpenSites: ['elbalad.news'],
};

function file(settings: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ app: 'qari', kind: 'settings', version: 2, exportedAt: '2026-11-29T10:00:00.000Z', settings, ...extra });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('export', () => {
  it('writes an envelope with the version, and reads back the same settings', () => {
    const now = new Date('2026-11-29T10:00:00Z');
    expect(exportSettingsFile(custom, now)).toEqual({ app: 'qari', kind: 'settings', version: 2, exportedAt: now.toISOString(), settings: custom });
    expect(settingsFileName(now)).toBe('qari-settings-2026-11-29.json');
    expect(parseSettingsFile(stringifySettingsFile(custom, now))).toEqual({ ok: true, settings: custom, version: 2 });
  });

  it('round-trips through storage', async () => {
    await saveSettings(custom);
    const text = stringifySettingsFile(await loadSettings());
    await saveSettings({ fontSize: 12 });
    const parsed = parseSettingsFile(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) await replaceSettings(parsed.settings);
    expect(await loadSettings()).toEqual(custom);
  });
});

describe('import refuses the whole file, naming the problem', () => {
  it.each([
    ['not JSON', '{"app": "qari",', 'notJson', /not valid JSON/],
    ['an array', '[1,2]', 'notQariFile', /not a Qari settings file/],
    ['another app’s file', JSON.stringify({ app: 'other', settings: {} }), 'notQariFile', /not a Qari settings file/],
    ['a top-level __proto__', `{"__proto__": {"polluted": true}, "app": "qari"}`, 'forbiddenKey', /"__proto__" \(at __proto__\)/],
    ['a nested __proto__', file(custom).replace('"arabic"', '"__proto__": {"x": 1}, "arabic"'), 'forbiddenKey', /"__proto__" \(at settings.fontFamily.__proto__\)/],
    ['constructor in a list', file({ ...custom, autoOpenSites: [{ constructor: 'x' }] }), 'forbiddenKey', /"constructor" \(at settings.autoOpenSites\[0\].constructor\)/],
    ['a prototype key', file(custom, { prototype: {} }), 'forbiddenKey', /"prototype"/],
    ['an unknown setting', file({ ...custom, fontWeight: 700 }), 'unknownKey', /unknown setting "fontWeight"/],
    ['an unknown envelope key', file(custom, { extra: 1 }), 'unknownKey', /unknown key "extra"/],
    ['a missing setting', file({ ...custom, theme: undefined }), 'missingKey', /missing the setting "theme"/],
    ['a missing script font', file({ ...custom, fontFamily: { arabic: 'serif' } }), 'missingKey', /"fontFamily.hebrew"/],
    ['a number as a string', file({ ...custom, fontSize: '20' }), 'badValue', /"fontSize" is not valid: Font size must be a number/],
    ['an out-of-range number', file({ ...custom, lineHeight: 9 }), 'badValue', /Line height must be between 1.2 and 2.6/],
    ['a bad hostname', file({ ...custom, neverOpenSites: ['ok.com', 'bad host'] }), 'badValue', /"bad host" is not a valid site name/],
    ['a wrong theme', file({ ...custom, theme: 'neon' }), 'badValue', /Theme must be one of/],
    ['a boolean as a string', file({ ...custom, showImages: 'yes' }), 'badValue', /Show images must be true or false/],
    ['a read-aloud speed out of range', file({ ...custom, speechRate: 4 }), 'badValue', /Read-aloud speed must be between 0.5 and 2/],
    ['a newer version', file(custom, { version: 3 }), 'newerVersion', /newer Qari \(settings version 3/],
    ['no version', file(custom, { version: 'two' }), 'badVersion', /no valid settings version/],
  ])('%s', (_, text, code, message) => {
    const r = parseSettingsFile(text);
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('a file over the size limit', () => {
    const padded = file(custom).replace('{', `{"pad": "${'x'.repeat(MAX_IMPORT_BYTES)}",`);
    expect(parseSettingsFile(padded)).toMatchObject({ ok: false, code: 'tooLarge', params: [65, 64] });
  });

  it('a file nested absurdly deep', () => {
    const deep = file({ ...custom, autoOpenSites: JSON.parse('['.repeat(20) + ']'.repeat(20)) });
    expect(parseSettingsFile(deep)).toMatchObject({ ok: false, code: 'tooDeep' });
  });

  it('does not pollute Object.prototype while checking', () => {
    parseSettingsFile(`{"__proto__": {"polluted": true}}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes nothing when a file is refused', async () => {
    await saveSettings({ fontSize: 31 });
    const r = parseSettingsFile(file({ ...custom, fontSize: 99 }));
    expect(r.ok).toBe(false);
    expect(await loadSettings()).toEqual({ ...defaultSettings(), fontSize: 31 });
  });
});

describe('import of a version-2 file saved before a setting existed', () => {
  it('gives that setting its default', () => {
    const { speechRate, ...before } = { ...custom, speechRate: 1.4 };
    expect(speechRate).toBe(1.4);
    expect(parseSettingsFile(file(before))).toEqual({ ok: true, version: 2, settings: { ...custom, speechRate: 1 } });
  });

  it('keeps the setting when the file has it', () => {
    expect(parseSettingsFile(file({ ...custom, speechRate: 1.4 }))).toEqual({ ok: true, version: 2, settings: { ...custom, speechRate: 1.4 } });
  });
});

describe('import of a version-1 file', () => {
  const v1 = (settings: unknown) => JSON.stringify({ app: 'qari', kind: 'settings', version: 1, exportedAt: '2025-01-01T00:00:00Z', settings });

  it('migrates it', () => {
    expect(parseSettingsFile(v1({ fontSize: 'large', font: 'serif', theme: 'night', sites: ['www.youm7.com'], images: false }))).toEqual({
      ok: true,
      version: 1,
      settings: {
        ...defaultSettings(),
        fontSize: 24,
        fontFamily: { arabic: 'serif', hebrew: 'serif', latin: 'serif' },
        theme: 'dark',
        showImages: false,
        autoOpenSites: ['youm7.com'],
      },
    });
  });

  it.each([
    [{ fontSize: 'huge' }, /"fontSize" is not valid/],
    [{ font: 'mono' }, /"font" is not valid/],
    [{ theme: 'purple' }, /"theme" is not valid/],
    [{ images: 1 }, /"images" is not valid/],
    [{ sites: ['fine.com', 'not fine'] }, /"sites" is not valid: "not fine"/],
    [{ fontSize: 'small', lineHeight: 2 }, /unknown setting "lineHeight"/],
  ])('refuses %j', (settings, message) => {
    const r = parseSettingsFile(v1(settings));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
