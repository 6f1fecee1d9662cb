/**
 * Qari's one settings store: schema, defaults, bounds, validation and the synced storage item.
 * Every value is checked on write and on read; a bad field falls back to its default alone.
 */
import { storage } from 'wxt/utils/storage';

export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontChoice = 'serif' | 'sans';
export type TextAlign = 'start' | 'justify';

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
  autoOpenSites: [] as string[],
  neverOpenSites: [] as string[],
});

export const BOUNDS = {
  fontSize: { min: 12, max: 40, step: 1 },
  lineHeight: { min: 1.2, max: 2.6, step: 0.1 },
  contentWidth: { min: 40, max: 120, step: 5 },
  siteList: { maxItems: 500 },
} as const;

const THEMES: readonly Theme[] = ['auto', 'light', 'sepia', 'dark'];
const FONTS: readonly FontChoice[] = ['serif', 'sans'];
const ALIGNS: readonly TextAlign[] = ['start', 'justify'];

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: string };

function numberIn(value: unknown, b: { min: number; max: number }, label: string): FieldResult<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, error: `${label} must be a number.` };
  if (value < b.min || value > b.max) return { ok: false, error: `${label} must be between ${b.min} and ${b.max}.` };
  return { ok: true, value };
}

function oneOf<T extends string>(value: unknown, options: readonly T[], label: string): FieldResult<T> {
  return typeof value === 'string' && (options as readonly string[]).includes(value)
    ? { ok: true, value: value as T }
    : { ok: false, error: `${label} must be one of: ${options.join(', ')}.` };
}

function bool(value: unknown, label: string): FieldResult<boolean> {
  return typeof value === 'boolean' ? { ok: true, value } : { ok: false, error: `${label} must be true or false.` };
}

/** A hostname as a user would type it: lower-cased, no scheme, path or port. */
export function normalizeHostname(input: string): FieldResult<string> {
  let host = input.trim().toLowerCase();
  if (!host) return { ok: false, error: 'Enter a site, such as example.com.' };
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  const parts = host.split('.');
  if (host.length > 253 || parts.length < 2 && host !== 'localhost' || !parts.every((p) => label.test(p))) {
    return { ok: false, error: `"${input.trim()}" is not a valid site name (for example: example.com).` };
  }
  return { ok: true, value: host };
}

function siteList(value: unknown, label: string): FieldResult<string[]> {
  if (!Array.isArray(value)) return { ok: false, error: `${label} must be a list of sites.` };
  if (value.length > BOUNDS.siteList.maxItems) return { ok: false, error: `${label} holds more than ${BOUNDS.siteList.maxItems} sites.` };
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') return { ok: false, error: `${label} must hold only site names.` };
    const host = normalizeHostname(item);
    if (!host.ok) return host;
    if (!out.includes(host.value)) out.push(host.value);
  }
  return { ok: true, value: out };
}

function fontFamily(value: unknown): FieldResult<Settings['fontFamily']> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'Font family must be set per script.' };
  const v = value as Record<string, unknown>;
  const out = { ...DEFAULT_SETTINGS.fontFamily };
  for (const script of ['arabic', 'hebrew', 'latin'] as const) {
    if (v[script] === undefined) continue;
    const r = oneOf(v[script], FONTS, `Font for ${script} text`);
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
  autoOpenSites: (v) => siteList(v, 'Always-open sites'),
  neverOpenSites: (v) => siteList(v, 'Never-open sites'),
};

export const SETTING_KEYS = Object.keys(VALIDATORS) as (keyof Settings)[];

export function validateField<K extends keyof Settings>(key: K, value: unknown): FieldResult<Settings[K]> {
  const validate = VALIDATORS[key] as ((v: unknown) => FieldResult<Settings[K]>) | undefined;
  if (!validate || !Object.prototype.hasOwnProperty.call(VALIDATORS, key)) return { ok: false, error: `Unknown setting "${String(key)}".` };
  return validate(value);
}

function copyDefaults(): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, fontFamily: { ...DEFAULT_SETTINGS.fontFamily } }) as Settings;
}

/** Reads any stored value field by field: a missing or bad field falls back to its default alone. */
export function repairSettings(raw: unknown): { settings: Settings; repaired: (keyof Settings)[] } {
  const settings = copyDefaults();
  const repaired: (keyof Settings)[] = [];
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  for (const key of SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) {
      if (raw !== null && raw !== undefined) repaired.push(key);
      continue;
    }
    const r = validateField(key, source[key]);
    if (r.ok) (settings as unknown as Record<string, unknown>)[key] = r.value;
    else repaired.push(key);
  }
  return { settings, repaired };
}

/** Validates a partial change; nothing is applied unless every field in it is valid. */
export function validatePatch(patch: unknown): { ok: true; value: Partial<Settings> } | { ok: false; errors: Partial<Record<string, string>> } {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return { ok: false, errors: { '': 'Settings must be an object.' } };
  const errors: Record<string, string> = {};
  const value: Partial<Settings> = {};
  for (const key of Object.keys(patch)) {
    const r = validateField(key as keyof Settings, (patch as Record<string, unknown>)[key]);
    if (r.ok) (value as Record<string, unknown>)[key] = r.value;
    else errors[key] = r.error;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

export const SETTINGS_VERSION = 2;

/** Version 1 stored a named size and one list of sites; version 2 is the schema above. */
export function migrateV1toV2(old: unknown): Settings {
  const v1 = (typeof old === 'object' && old !== null ? old : {}) as Record<string, unknown>;
  const sizes: Record<string, number> = { small: 16, medium: 20, large: 24, xlarge: 30 };
  return repairSettings({
    fontSize: typeof v1.fontSize === 'string' ? sizes[v1.fontSize] : v1.fontSize,
    theme: v1.theme,
    autoOpenSites: v1.sites,
    showImages: v1.images,
  }).settings;
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: copyDefaults(),
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1toV2 },
});

/** Reads the settings, repairing (and writing back) any field that is corrupt. */
export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const { settings, repaired } = repairSettings(raw);
  if (repaired.length && raw !== null && raw !== undefined) {
    await settingsItem.setValue(settings).catch(() => undefined);
  }
  return settings;
}

/** Validates and saves a change; on a bad value nothing is written. Storage errors are returned, not swallowed. */
export async function saveSettings(patch: Partial<Settings>): Promise<{ ok: true; settings: Settings } | { ok: false; errors: Partial<Record<string, string>> }> {
  const checked = validatePatch(patch);
  if (!checked.ok) return checked;
  try {
    const next = { ...(await loadSettings()), ...checked.value };
    await settingsItem.setValue(next);
    return { ok: true, settings: next };
  } catch (e) {
    return { ok: false, errors: { '': `Your settings could not be saved: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/** Calls back with repaired settings whenever they change, here or on another device. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(repairSettings(value).settings));
}

/** Whether a hostname or one of its parents is in a list ("news.example.com" matches "example.com"). */
export function siteInList(hostname: string, list: readonly string[]): boolean {
  let host = hostname.toLowerCase().replace(/^www\./, '');
  for (;;) {
    if (list.includes(host)) return true;
    const dot = host.indexOf('.');
    if (dot < 0) return false;
    host = host.slice(dot + 1);
  }
}
