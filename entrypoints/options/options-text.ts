/**
 * The options page's strings (options_* keys in public/_locales), and the settings store's,
 * importer's and shortcut checker's refusals put into the page's language.
 */
import english from '../../public/_locales/en/messages.json';
import { t, uiDir, type MessageKey } from '../../components/i18n';
import type { FieldError } from '../../utils/settings';
import type { ImportResult } from '../../utils/settings-import';
import type { ShortcutErrorCode } from './shortcut';

function has(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(english, key);
}

/**
 * In a right-to-left translation, each substituted value (a hostname, a key path, a browser's English
 * message) is wrapped in Unicode isolates (FSI … PDI), so "settings.__proto__" does not come out as
 * "__settings.__proto" around Arabic text.
 */
function isolate(value: string | number): string {
  return uiDir() === 'rtl' ? `\u2068${value}\u2069` : String(value);
}

/** An options_* string; `fallback` (English) when the key is unknown. */
export function tr(key: string, substitutions: (string | number)[] = [], fallback = ''): string {
  if (!has(key)) return fallback || key;
  return t(key, ...substitutions.map(isolate)) || fallback;
}

export function fieldErrorText(error: Pick<FieldError, 'code' | 'params' | 'error'>): string {
  const params = error.params ?? [];
  if (error.code === 'storage') return tr(`options_error_storage_${params[0]}`, params.slice(1), error.error);
  return tr(`options_error_${error.code}`, params, error.error);
}

export function importErrorText(result: Extract<ImportResult, { ok: false }>): string {
  const params = result.code === 'badValue' && result.field ? [result.params[0] ?? '', fieldErrorText(result.field)] : result.params;
  const problem = tr(`options_import_${result.code}`, params, result.error);
  return tr('options_import_refused', [problem], `Nothing was imported: ${problem}`);
}

export function shortcutErrorText(code: ShortcutErrorCode, detail?: string): string {
  return tr(`options_error_${code}`, [detail ?? ''], code);
}
