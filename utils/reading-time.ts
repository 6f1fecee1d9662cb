/**
 * Reading time from characters per minute, by language. Speeds are the IReST reading-speed study's means for
 * adults reading aloud-free, silently (Trauzettel-Klosinski et al. 2012): Arabic 612, Hebrew 833, English 987.
 * Characters, not words, because word length differs so much between languages.
 */
import { squash } from './text-blocks';

const CHARS_PER_MINUTE: Record<string, number> = {
  ar: 612, he: 833, en: 987, de: 920, es: 1025, fi: 1078, fr: 1126, it: 950, ja: 357, nl: 978, pl: 916, pt: 913, ru: 986,
  sl: 885, sv: 1054, tr: 1054, zh: 255,
  // Persian and Urdu are not in the study; they share Arabic script and its ligatures, so Arabic's speed is the closest.
  fa: 612, ur: 612, ps: 612, ckb: 612, sd: 612, ug: 612,
  // Yiddish uses Hebrew script.
  yi: 833, iw: 833,
};
const DEFAULT_CHARS_PER_MINUTE = 987;

/** Characters per minute for a language tag (its primary subtag), English's speed when unknown. */
export function charsPerMinute(lang: string | null | undefined): number {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return CHARS_PER_MINUTE[primary] ?? DEFAULT_CHARS_PER_MINUTE;
}

/** Minutes to read the text (whole minutes, at least 1 for any text, 0 for none). The UI formats it. */
export function readingMinutes(text: string, lang: string | null | undefined): number {
  // Runs of whitespace count as one character, as in the study's texts.
  const chars = squash(text).length;
  if (chars === 0) return 0;
  return Math.max(1, Math.round(chars / charsPerMinute(lang)));
}
