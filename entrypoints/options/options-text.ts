/**
 * The options page's strings (options_* keys in public/_locales), and the settings store's,
 * importer's and shortcut checker's refusals put into the page's language.
 */
import english from '../../public/_locales/en/messages.json';
import { t, type MessageKey } from '../../components/i18n';
import type { FieldError } from '../../utils/settings';
import type { ImportResult } from '../../utils/settings-import';
import type { ShortcutErrorCode } from './shortcut';

function has(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(english, key);
}

/** An options_* string; `fallback` (English) when the key is unknown. */
export function tr(key: string, substitutions: (string | number)[] = [], fallback = ''): string {
  if (!has(key)) return fallback || key;
  return t(key, ...substitutions.map(String)) || fallback;
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
