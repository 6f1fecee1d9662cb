/**
 * Reading time and dates written in the article's own language: its digits, its plural forms.
 * Pure: takes the minutes and a BCP 47 language tag, touches no browser API.
 */

type PluralTable = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Phrases per language, chosen by Intl.PluralRules; `{n}` is the localized number. */
const READING_TIME: Record<string, PluralTable> = {
  // Arabic has six plural forms: 1 and 2 are words of their own, 3–10 take the plural, 11–99 the singular.
  ar: {
    zero: 'أقل من دقيقة قراءة',
    one: 'دقيقة واحدة للقراءة',
    two: 'دقيقتان للقراءة',
    few: '{n} دقائق للقراءة',
    many: '{n} دقيقة للقراءة',
    other: '{n} دقيقة للقراءة',
  },
  fa: { one: '{n} دقیقه مطالعه', other: '{n} دقیقه مطالعه' },
  ur: { one: '{n} منٹ کا مطالعہ', other: '{n} منٹ کا مطالعہ' },
  he: { one: 'דקת קריאה אחת', two: '{n} דקות קריאה', other: '{n} דקות קריאה' },
  en: { one: '{n} min read', other: '{n} min read' },
};

/** Maghreb Arabic is written with the digits 0–9; elsewhere Arabic text uses the Arabic-Indic digits ٠–٩. */
const LATIN_DIGIT_ARABIC_REGIONS = new Set(['MA', 'DZ', 'TN', 'LY', 'EH', 'MR']);

/** The locale to format an article's numbers and dates with: Arabic gets Arabic-Indic digits unless the tag says otherwise. */
export function articleLocale(lang: string): string {
  let locale: Intl.Locale;
  try {
    // "und" (no language could be told) reads as English, as no language at all does.
    locale = new Intl.Locale(lang && lang !== 'und' ? lang : 'en');
  } catch {
    return 'en';
  }
  if (locale.language === 'ar' && !locale.numberingSystem && !LATIN_DIGIT_ARABIC_REGIONS.has(locale.region ?? '')) {
    return new Intl.Locale(locale.baseName, { numberingSystem: 'arab' }).toString();
  }
  return locale.toString();
}

/** "٥ دقائق للقراءة", "דקת קריאה אחת", "3 min read", "4 Minuten": the reading time in the article's language. */
export function formatReadingTime(minutes: number, lang: string): string {
  const n = Math.max(1, Math.round(Number.isFinite(minutes) ? minutes : 1));
  const locale = articleLocale(lang);
  const language = new Intl.Locale(locale).language;
  const number = new Intl.NumberFormat(locale).format(n);
  const table = READING_TIME[language];
  if (table) {
    const rule = new Intl.PluralRules(locale).select(n);
    return (table[rule] ?? table.other).replace('{n}', number);
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(n);
}

/** A publication date in the article's language, or null when the text isn't a date. */
export function formatArticleDate(value: string, lang: string): string | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  // A day without a time ("2016-02-09") is read as midnight UTC: shown in the reader's own time zone it would be the
  // day before anywhere west of Greenwich. It is shown as the day written.
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  return new Intl.DateTimeFormat(articleLocale(lang), { dateStyle: 'long', ...(dayOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}
