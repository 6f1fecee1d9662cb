/**
 * Qari's one settings store: schema, defaults, bounds, validation and the synced storage item.
 * Every value is checked on write and on read; a bad field falls back to its default alone.
 */
import { storage } from 'wxt/utils/storage';

export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontChoice = 'serif' | 'sans';
export type TextAlign = 'start' | 'justify';
export type Script = 'arabic' | 'hebrew' | 'latin';

export interface Settings {
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line height for Latin and Hebrew text; Arabic-script text gets at least 1.8 (see the reader's CSS). */
  lineHeight: number;
  /** Column width in characters (ch). */
  contentWidth: number;
  fontFamily: { arabic: FontChoice; hebrew: FontChoice; latin: FontChoice };
  theme: Theme;
  textAlign: TextAlign;
  showImages: boolean;
  removeRepeatedBlocks: boolean;
  /** Read-aloud speed: the utterance rate, 1 being the voice's normal pace. */
  speechRate: number;
  /** Hostnames where articles open in the reader as they load. */
  autoOpenSites: string[];
  /** Hostnames where Qari never opens by itself and never flags the page. */
  neverOpenSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  fontSize: 20,
  lineHeight: 1.6,
  contentWidth: 70,
  fontFamily: Object.freeze({ arabic: 'sans', hebrew: 'sans', latin: 'serif' }) as Settings['fontFamily'],
  theme: 'auto',
  textAlign: 'start',
  showImages: true,
  removeRepeatedBlocks: true,
  speechRate: 1,
  autoOpenSites: Object.freeze([]) as unknown as string[],
  neverOpenSites: Object.freeze([]) as unknown as string[],
});

export const BOUNDS = {
  fontSize: { min: 12, max: 40, step: 1 },
  lineHeight: { min: 1.2, max: 2.6, step: 0.1 },
  contentWidth: { min: 40, max: 120, step: 5 },
  // Half to twice the voice's pace: the range browsers' voices all honour (the Web Speech API allows 0.1 to 10, but
  // most voices clip beyond 2 or turn unintelligible).
  speechRate: { min: 0.5, max: 2, step: 0.1 },
  siteList: { maxItems: 500 },
} as const;

export const THEMES: readonly Theme[] = ['auto', 'light', 'sepia', 'dark'];
export const FONTS: readonly FontChoice[] = ['serif', 'sans'];
export const ALIGNS: readonly TextAlign[] = ['start', 'justify'];
export const SCRIPTS: readonly Script[] = ['arabic', 'hebrew', 'latin'];

/**
 * Why a value was refused. `error` is an English sentence for logs and tests; `code` and `params`
 * let a page show the same message in its own language (options_error_<code> with $1, $2…).
 */
export type FieldError = { ok: false; error: string; code: ErrorCode; params?: (string | number)[] };
export type FieldResult<T> = { ok: true; value: T } | FieldError;

export type ErrorCode =
  | 'notNumber'
  | 'outOfRange'
  | 'notOneOf'
  | 'notBoolean'
  | 'hostEmpty'
  | 'hostInvalid'
  | 'notList'
  | 'listTooLong'
  | 'listItemNotString'
  | 'notObject'
  | 'unknownSetting'
  | 'tooBigToSync'
  | 'storage';

function fail(code: ErrorCode, error: string, params?: (string | number)[]): FieldError {
  return params ? { ok: false, error, code, params } : { ok: false, error, code };
}

function numberIn(value: unknown, b: { min: number; max: number }, label: string): FieldResult<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail('notNumber', `${label} must be a number.`);
  if (value < b.min || value > b.max) return fail('outOfRange', `${label} must be between ${b.min} and ${b.max}.`, [b.min, b.max]);
  return { ok: true, value };
}

function oneOf<T extends string>(value: unknown, options: readonly T[], label: string): FieldResult<T> {
  return typeof value === 'string' && (options as readonly string[]).includes(value)
    ? { ok: true, value: value as T }
    : fail('notOneOf', `${label} must be one of: ${options.join(', ')}.`, [options.join(', ')]);
}

function bool(value: unknown, label: string): FieldResult<boolean> {
  return typeof value === 'boolean' ? { ok: true, value } : fail('notBoolean', `${label} must be true or false.`);
}

/** A hostname as a user would type it: lower-cased, no scheme, path, port or leading "www.". */
export function normalizeHostname(input: string): FieldResult<string> {
  const typed = typeof input === 'string' ? input.trim() : '';
  let host = typed.toLowerCase();
  if (!host) return fail('hostEmpty', 'Enter a site, such as example.com.');
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  // Internationalised names are accepted in their ASCII (punycode) form, which the URL parser gives us.
  if (/[^\x00-\x7f]/.test(host)) {
    try {
      host = new URL(`http://${host}`).hostname;
    } catch {
      return fail('hostInvalid', `"${typed}" is not a valid site name (for example: example.com).`, [typed]);
    }
  }
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  const parts = host.split('.');
  const tld = parts[parts.length - 1] ?? '';
  if (
    host.length > 253 ||
    (parts.length < 2 && host !== 'localhost') ||
    !parts.every((p) => label.test(p)) ||
    (parts.length > 1 && /^\d+$/.test(tld) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(host))
  ) {
    return fail('hostInvalid', `"${typed}" is not a valid site name (for example: example.com).`, [typed]);
  }
  return { ok: true, value: host };
}

function siteList(value: unknown, label: string): FieldResult<string[]> {
  if (!Array.isArray(value)) return fail('notList', `${label} must be a list of sites.`);
  if (value.length > BOUNDS.siteList.maxItems) {
    return fail('listTooLong', `${label} holds more than ${BOUNDS.siteList.maxItems} sites.`, [BOUNDS.siteList.maxItems]);
  }
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') return fail('listItemNotString', `${label} must hold only site names.`);
    const host = normalizeHostname(item);
    if (!host.ok) return host;
    if (!out.includes(host.value)) out.push(host.value);
  }
  return { ok: true, value: out };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fontFamily(value: unknown): FieldResult<Settings['fontFamily']> {
  if (!isPlainObject(value)) return fail('notObject', 'Font family must be set per script.');
  const out = { ...DEFAULT_SETTINGS.fontFamily };
  for (const key of Object.keys(value)) {
    if (!(SCRIPTS as readonly string[]).includes(key)) return fail('unknownSetting', `Unknown script "${key}" in font family.`, [key]);
  }
  for (const script of SCRIPTS) {
    if (value[script] === undefined) continue;
    const r = oneOf(value[script], FONTS, `Font for ${script} text`);
    if (!r.ok) return r;
    out[script] = r.value;
  }
  return { ok: true, value: out };
}

const VALIDATORS: { [K in keyof Settings]: (value: unknown) => FieldResult<Settings[K]> } = {
  fontSize: (v) => numberIn(v, BOUNDS.fontSize, 'Font size'),
  lineHeight: (v) => numberIn(v, BOUNDS.lineHeight, 'Line height'),
  contentWidth: (v) => numberIn(v, BOUNDS.contentWidth, 'Content width'),
  fontFamily,
  theme: (v) => oneOf(v, THEMES, 'Theme'),
  textAlign: (v) => oneOf(v, ALIGNS, 'Text alignment'),
  showImages: (v) => bool(v, 'Show images'),
  removeRepeatedBlocks: (v) => bool(v, 'Remove repeated blocks'),
  speechRate: (v) => numberIn(v, BOUNDS.speechRate, 'Read-aloud speed'),
  autoOpenSites: (v) => siteList(v, 'Always-open sites'),
  neverOpenSites: (v) => siteList(v, 'Never-open sites'),
};

export const SETTING_KEYS = Object.keys(VALIDATORS) as (keyof Settings)[];

export function isSettingKey(key: string): key is keyof Settings {
  return Object.prototype.hasOwnProperty.call(VALIDATORS, key);
}

export function validateField<K extends keyof Settings>(key: K, value: unknown): FieldResult<Settings[K]> {
  if (!isSettingKey(key)) return fail('unknownSetting', `Unknown setting "${String(key)}".`, [String(key)]);
  return (VALIDATORS[key] as (v: unknown) => FieldResult<Settings[K]>)(value);
}

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, fontFamily: { ...DEFAULT_SETTINGS.fontFamily }, autoOpenSites: [], neverOpenSites: [] });
}

function salvageSites(items: unknown[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (out.length >= BOUNDS.siteList.maxItems) break;
    const host = typeof item === 'string' ? normalizeHostname(item) : null;
    if (host?.ok && !out.includes(host.value)) out.push(host.value);
  }
  return out;
}

/** Reads any stored value field by field: a missing or bad field falls back to its default alone. */
export function repairSettings(raw: unknown): { settings: Settings; repaired: (keyof Settings)[] } {
  const settings = defaultSettings();
  const repaired: (keyof Settings)[] = [];
  const source = isPlainObject(raw) ? raw : {};
  for (const key of SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) {
      if (raw !== null && raw !== undefined) repaired.push(key);
      continue;
    }
    const r = validateField(key, source[key]);
    if (r.ok) (settings as unknown as Record<string, unknown>)[key] = r.value;
    else {
      repaired.push(key);
      // One corrupt hostname should not cost a user the rest of a long list: keep the good ones.
      if ((key === 'autoOpenSites' || key === 'neverOpenSites') && Array.isArray(source[key])) {
        settings[key] = salvageSites(source[key] as unknown[]);
      }
    }
  }
  return { settings, repaired };
}

export type PatchResult = { ok: true; value: Partial<Settings> } | { ok: false; errors: Partial<Record<string, string>>; codes?: Partial<Record<string, FieldError>> };

/** Validates a partial change; nothing is applied unless every field in it is valid. */
export function validatePatch(patch: unknown): PatchResult {
  if (!isPlainObject(patch)) return { ok: false, errors: { '': 'Settings must be an object.' } };
  const errors: Record<string, string> = {};
  const codes: Record<string, FieldError> = {};
  const value: Partial<Settings> = {};
  for (const key of Object.keys(patch)) {
    const r = validateField(key as keyof Settings, patch[key]);
    if (r.ok) (value as Record<string, unknown>)[key] = r.value;
    else {
      errors[key] = r.error;
      codes[key] = r;
    }
  }
  return Object.keys(errors).length ? { ok: false, errors, codes } : { ok: true, value };
}

/**
 * Settings added to version 2 after it shipped, with nothing to migrate: a stored value or a settings file without one
 * takes its default. The version stays 2, because WXT's storage throws on a version it does not know ("Version
 * downgrade detected"): a Qari not yet updated on another synced browser would lose its settings to a bump. That older
 * Qari reads around a field it does not know.
 */
export const ADDED_IN_VERSION_2: readonly (keyof Settings)[] = ['speechRate'];

export const SETTINGS_VERSION = 2;

/**
 * Version 1 (Qari 0.0.x) stored:
 *   { fontSize: 'small' | 'medium' | 'large' | 'xlarge', font: 'serif' | 'sans', theme: 'light' | 'dark' | 'sepia' | 'night',
 *     sites: string[] (opened in the reader automatically), images: boolean }
 * Version 2 is the `Settings` schema above. A v1 field that cannot be read becomes its v2 default.
 */
export function migrateV1toV2(old: unknown): Settings {
  const v1 = isPlainObject(old) ? old : {};
  // WXT counts a value with no version metadata as version 1. A version-2 object written without it
  // (by hand, by a test seeding storage) must not lose its fields to the v1 reading.
  const keys = Object.keys(v1);
  const v2Only = keys.some((k) => isSettingKey(k) && k !== 'fontSize' && k !== 'theme');
  const v1Only = keys.some((k) => k === 'font' || k === 'sites' || k === 'images');
  if (v2Only && !v1Only) return repairSettings(v1).settings;
  const sizes: Record<string, number> = { small: 16, medium: 20, large: 24, xlarge: 30 };
  const fontSize = typeof v1.fontSize === 'string' && Object.prototype.hasOwnProperty.call(sizes, v1.fontSize) ? sizes[v1.fontSize] : v1.fontSize;
  const font = (FONTS as readonly unknown[]).includes(v1.font) ? (v1.font as FontChoice) : undefined;
  const v2: Record<string, unknown> = {
    fontSize,
    theme: v1.theme === 'night' ? 'dark' : v1.theme,
    autoOpenSites: v1.sites,
    showImages: v1.images,
  };
  if (font) v2.fontFamily = { arabic: font, hebrew: font, latin: font };
  const { settings } = repairSettings(Object.fromEntries(Object.entries(v2).filter(([, v]) => v !== undefined)));
  return settings;
}

/**
 * Everything lives in one sync item rather than one key per field or per site list: a change is
 * one write (chrome.storage.sync allows 120 writes a minute), one watch event for open readers,
 * and one version for migrations. The cost is sync's 8 KB per-item quota, about 400 typical
 * hostnames across both site lists; `saveSettings` measures the item before writing and refuses
 * with a clear message instead of letting the browser fail half-way.
 */
export const SETTINGS_STORAGE_KEY = 'sync:settings' as const;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

export const settingsItem = storage.defineItem<Settings>(SETTINGS_STORAGE_KEY, {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1toV2 },
});

/** The size chrome.storage.sync counts for one item: its key plus its JSON, in UTF-8 bytes. */
export function syncItemBytes(value: unknown, key = 'settings'): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export type StorageErrorKind = 'quotaItem' | 'quota' | 'rate' | 'syncOff' | 'other';

export function storageErrorKind(e: unknown): StorageErrorKind {
  const message = e instanceof Error ? e.message : String(e);
  if (/QUOTA_BYTES_PER_ITEM/i.test(message)) return 'quotaItem';
  if (/QUOTA_BYTES/i.test(message)) return 'quota';
  if (/MAX_WRITE_OPERATIONS/i.test(message)) return 'rate';
  if (/sync/i.test(message) && /disabled|not available|unavailable|turned off/i.test(message)) return 'syncOff';
  return 'other';
}

/** A storage failure in words a user can act on; the browser's own message follows. */
export function describeStorageError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  switch (storageErrorKind(e)) {
    case 'quotaItem':
      return `Your settings are too large to sync (8 KB at most): remove some sites. (${message})`;
    case 'quota':
      return `Sync storage is full: remove some sites or other synced data. (${message})`;
    case 'rate':
      return `Too many changes in a short time; wait a minute and try again. (${message})`;
    case 'syncOff':
      return `Browser sync is turned off or unavailable, so settings could not be saved. (${message})`;
    default:
      return `Your settings could not be saved: ${message}`;
  }
}

function storageFailure(e: unknown): FieldError {
  return fail('storage', describeStorageError(e), [storageErrorKind(e), e instanceof Error ? e.message : String(e)]);
}

async function storedVersion(): Promise<number> {
  try {
    const meta = (await settingsItem.getMeta()) as { v?: unknown };
    return typeof meta.v === 'number' ? meta.v : 1;
  } catch {
    return SETTINGS_VERSION;
  }
}

/** Reads the settings, repairing (and writing back) any field that is corrupt. */
export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const { settings, repaired } = repairSettings(raw);
  // A newer Qari on another device may have written fields this version does not know: read around
  // them, but never overwrite its data with an older shape.
  if (repaired.length && raw !== null && raw !== undefined && (await storedVersion()) <= SETTINGS_VERSION) {
    await settingsItem.setValue(settings).catch(() => undefined);
  }
  return settings;
}

export type SaveResult = { ok: true; settings: Settings } | { ok: false; errors: Partial<Record<string, string>>; codes?: Partial<Record<string, FieldError>> };

// Saves run one after another so two quick changes (font size, then theme) cannot overwrite each other.
let saveQueue: Promise<unknown> = Promise.resolve();
function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = saveQueue.then(task, task);
  saveQueue = run.catch(() => undefined);
  return run;
}

async function write(next: Settings, blame: string): Promise<SaveResult> {
  const bytes = syncItemBytes(next);
  if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) {
    const error = fail(
      'tooBigToSync',
      `Too many sites to sync: settings would take ${bytes} bytes, and browser sync allows ${SYNC_QUOTA_BYTES_PER_ITEM} bytes. Remove some sites.`,
      [bytes, SYNC_QUOTA_BYTES_PER_ITEM],
    );
    return { ok: false, errors: { [blame]: error.error }, codes: { [blame]: error } };
  }
  try {
    await settingsItem.setValue(next);
    return { ok: true, settings: next };
  } catch (e) {
    const error = storageFailure(e);
    return { ok: false, errors: { '': error.error }, codes: { '': error } };
  }
}

/** Validates and saves a change; on a bad value nothing is written. Storage errors are returned, not swallowed. */
export function saveSettings(patch: Partial<Settings>): Promise<SaveResult> {
  const checked = validatePatch(patch);
  if (!checked.ok) return Promise.resolve(checked);
  return queued(async () => {
    let current: Settings;
    try {
      current = await loadSettings();
    } catch (e) {
      const error = storageFailure(e);
      return { ok: false, errors: { '': error.error }, codes: { '': error } };
    }
    const next: Settings = { ...current, ...checked.value };
    // A partial font choice ({ arabic: 'serif' }) changes that script only.
    const rawFonts = (patch as Record<string, unknown>).fontFamily;
    if (isPlainObject(rawFonts)) {
      next.fontFamily = { ...current.fontFamily };
      for (const script of SCRIPTS) if (rawFonts[script] !== undefined) next.fontFamily[script] = checked.value.fontFamily![script];
    }
    const blame = ['autoOpenSites', 'neverOpenSites'].find((k) => k in checked.value) ?? '';
    return write(next, blame);
  });
}

/** Replaces every setting at once (import): all fields must be valid, or nothing is written. */
export function replaceSettings(all: unknown): Promise<SaveResult> {
  const checked = validatePatch(all);
  if (!checked.ok) return Promise.resolve(checked);
  const missing = SETTING_KEYS.filter((k) => !(k in checked.value));
  if (missing.length) {
    return Promise.resolve({ ok: false, errors: Object.fromEntries(missing.map((k) => [k, `Missing setting "${k}".`])) });
  }
  return queued(() => write(checked.value as Settings, ''));
}

/** Puts every setting back to its default. */
export function resetSettings(): Promise<SaveResult> {
  return queued(() => write(defaultSettings(), ''));
}

/** Calls back with repaired settings whenever they change, here or on another device. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(repairSettings(value).settings));
}

export { siteInList } from './site-in-list';
