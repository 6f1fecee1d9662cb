/**
 * Qari's interface strings through browser.i18n (public/_locales/<lang>/messages.json):
 * adding a language is adding a file, direction and all (its ui_dir message).
 */
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

function fromBrowser(key: MessageKey, substitutions: string[]): string {
  try {
    return (browser.i18n.getMessage as (name: string, subs?: string[]) => string)(key, substitutions) ?? '';
  } catch {
    return '';
  }
}

/** The interface string for `key` in the browser's language; English where the browser has none (tests, previews). */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const message = fromBrowser(key, substitutions);
  if (message) return message;
  return english[key].message.replace(/\$(\d)/g, (_, i: string) => substitutions[Number(i) - 1] ?? '');
}

export function uiDir(): 'rtl' | 'ltr' {
  return t('ui_dir') === 'rtl' ? 'rtl' : 'ltr';
}

export function uiLang(): string {
  return t('ui_lang');
}
