import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import english from '../public/_locales/en/messages.json';

const LOCALES = join(__dirname, '..', 'public', '_locales');
/** The reader's own strings: every translation must have them all. */
const READER_KEYS = Object.keys(english).filter((key) => !key.startsWith('options_'));

describe('interface translations', () => {
  for (const locale of readdirSync(LOCALES)) {
    const messages = JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

    it(`${locale} has every reader string, a direction and a language tag`, () => {
      expect(READER_KEYS.filter((key) => !messages[key]?.message)).toEqual([]);
      expect(['ltr', 'rtl']).toContain(messages.ui_dir!.message);
      expect(() => new Intl.Locale(messages.ui_lang!.message)).not.toThrow();
    });

    it(`${locale} keeps every $1 placeholder its English string has`, () => {
      for (const key of READER_KEYS) {
        if (english[key as keyof typeof english].message.includes('$1')) expect(messages[key]!.message, key).toContain('$1');
      }
    });
  }
});
