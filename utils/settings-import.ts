/**
 * Export and import of Qari's settings as a JSON file. An import is checked whole before anything
 * is written: one bad byte, key or value refuses the file, with a message that names the problem.
 */
import {
  BOUNDS,
  FONTS,
  SETTINGS_VERSION,
  SETTING_KEYS,
  ADDED_IN_VERSION_2,
  DEFAULT_SETTINGS,
  type FieldError,
  type Settings,
  isSettingKey,
  migrateV1toV2,
  normalizeHostname,
  validateField,
} from './settings';

/** A settings file is a few KB; anything far larger is not one (and would be slow to check). */
export const MAX_IMPORT_BYTES = 64 * 1024;
/** The deepest nesting a real file has is 3 (file → settings → fontFamily). */
const MAX_DEPTH = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ENVELOPE_KEYS = ['app', 'kind', 'version', 'exportedAt', 'settings'];

export interface SettingsFile {
  app: 'qari';
  kind: 'settings';
  version: number;
  exportedAt: string;
  settings: Settings;
}

export type ImportErrorCode =
  | 'tooLarge'
  | 'notJson'
  | 'tooDeep'
  | 'forbiddenKey'
  | 'notQariFile'
  | 'unknownKey'
  | 'missingKey'
  | 'badVersion'
  | 'newerVersion'
  | 'badValue';

export type ImportResult =
  | { ok: true; settings: Settings; version: number }
  | { ok: false; code: ImportErrorCode; error: string; params: (string | number)[]; field?: FieldError };

function refuse(code: ImportErrorCode, error: string, params: (string | number)[] = [], field?: FieldError): ImportResult {
  return field ? { ok: false, code, error, params, field } : { ok: false, code, error, params };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function exportSettingsFile(settings: Settings, now = new Date()): SettingsFile {
  return { app: 'qari', kind: 'settings', version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
}

export function settingsFileName(now = new Date()): string {
  return `qari-settings-${now.toISOString().slice(0, 10)}.json`;
}

export function stringifySettingsFile(settings: Settings, now = new Date()): string {
  return `${JSON.stringify(exportSettingsFile(settings, now), null, 2)}\n`;
}

/** The first forbidden key or too-deep path in a parsed value, walking every object and array. */
function findHazard(value: unknown, path: string, depth: number): ImportResult | null {
  if (depth > MAX_DEPTH) return refuse('tooDeep', `The file nests deeper than ${MAX_DEPTH} levels (at ${path || 'the top'}).`, [MAX_DEPTH, path]);
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    const here = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return refuse('forbiddenKey', `The file contains the key "${key}" (at ${here}), which is never allowed.`, [key, here]);
    const found = findHazard((value as Record<string, unknown>)[key], here, depth + 1);
    if (found) return found;
  }
  return null;
}

const V1_KEYS = ['fontSize', 'font', 'theme', 'sites', 'images'];
const V1_SIZES = ['small', 'medium', 'large', 'xlarge'];

/** Version-1 files are checked as strictly as current ones, then migrated. */
function checkV1(settings: Record<string, unknown>): ImportResult | null {
  const bad = (key: string, detail: string) => refuse('badValue', `"${key}" is not valid: ${detail}`, [key, detail]);
  const { fontSize, font, theme, sites, images } = settings;
  if (fontSize !== undefined && !V1_SIZES.includes(fontSize as string)) {
    const r = validateField('fontSize', fontSize);
    if (!r.ok) return refuse('badValue', `"fontSize" is not valid: ${r.error}`, ['fontSize', r.error], r);
  }
  if (font !== undefined && !(FONTS as readonly unknown[]).includes(font)) return bad('font', 'it must be serif or sans.');
  if (theme !== undefined && !['light', 'dark', 'sepia', 'night'].includes(theme as string)) return bad('theme', 'it must be light, dark, sepia or night.');
  if (images !== undefined && typeof images !== 'boolean') return bad('images', 'it must be true or false.');
  if (sites !== undefined) {
    if (!Array.isArray(sites)) return bad('sites', 'it must be a list of sites.');
    if (sites.length > BOUNDS.siteList.maxItems) return bad('sites', `it holds more than ${BOUNDS.siteList.maxItems} sites.`);
    for (const site of sites) {
      const r = typeof site === 'string' ? normalizeHostname(site) : null;
      if (!r?.ok) return refuse('badValue', `"sites" is not valid: ${r ? r.error : 'it must hold only site names.'}`, ['sites', r ? r.error : ''], r ?? undefined);
    }
  }
  return null;
}

/**
 * Parses and checks a settings file's text. Nothing here writes: the caller saves `settings`
 * (with replaceSettings) only when `ok` is true.
 */
export function parseSettingsFile(text: string): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse('tooLarge', `The file is ${Math.ceil(bytes / 1024)} KB; a Qari settings file is at most ${MAX_IMPORT_BYTES / 1024} KB.`, [
      Math.ceil(bytes / 1024),
      MAX_IMPORT_BYTES / 1024,
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return refuse('notJson', `The file is not valid JSON (${detail}).`, [detail]);
  }
  const hazard = findHazard(data, '', 0);
  if (hazard) return hazard;

  if (!isPlainObject(data) || data.app !== 'qari' || data.kind !== 'settings' || !isPlainObject(data.settings)) {
    return refuse('notQariFile', 'This is not a Qari settings file (it should be one saved with "Export settings").');
  }
  for (const key of Object.keys(data)) {
    if (!ENVELOPE_KEYS.includes(key)) return refuse('unknownKey', `The file has an unknown key "${key}".`, [key]);
  }
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('badVersion', 'The file has no valid settings version.');
  }
  if (version > SETTINGS_VERSION) {
    return refuse('newerVersion', `The file is from a newer Qari (settings version ${version}; this Qari reads up to ${SETTINGS_VERSION}). Update Qari, then import it.`, [
      version,
      SETTINGS_VERSION,
    ]);
  }
  const settings = data.settings;

  if (version === 1) {
    for (const key of Object.keys(settings)) {
      if (!V1_KEYS.includes(key)) return refuse('unknownKey', `The file has an unknown setting "${key}".`, [key]);
    }
    const problem = checkV1(settings);
    return problem ?? { ok: true, settings: migrateV1toV2(settings), version };
  }

  for (const key of Object.keys(settings)) {
    if (!isSettingKey(key)) return refuse('unknownKey', `The file has an unknown setting "${key}".`, [key]);
  }
  // A file saved before a setting existed (see ADDED_IN_VERSION_2) takes that setting's default; any other gap is damage.
  for (const key of SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(settings, key) && !ADDED_IN_VERSION_2.includes(key)) {
      return refuse('missingKey', `The file is missing the setting "${key}".`, [key]);
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(settings, key)) {
      out[key] = DEFAULT_SETTINGS[key];
      continue;
    }
    const r = validateField(key, settings[key]);
    if (!r.ok) return refuse('badValue', `"${key}" is not valid: ${r.error}`, [key, r.error], r);
    out[key] = r.value;
  }
  // fontFamily must name every script: a file that leaves one out is incomplete, not a default.
  const fonts = settings.fontFamily as Record<string, unknown>;
  for (const script of ['arabic', 'hebrew', 'latin']) {
    if (fonts[script] === undefined) return refuse('missingKey', `The file is missing the setting "fontFamily.${script}".`, [`fontFamily.${script}`]);
  }
  return { ok: true, settings: out as unknown as Settings, version };
}
