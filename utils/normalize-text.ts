/**
 * Text normalisation for comparing blocks of text, made for Arabic-script, Hebrew and Latin pages alike.
 * Two blocks that a reader would call "the same text" normalise to the same string.
 */

// Arabic harakat, tanwin, shadda, sukun, superscript alef, Quranic annotation marks and small high letters.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08FF]/g;
// Hebrew cantillation marks and niqqud (points), which vary between copies of the same text.
const HEBREW_MARKS = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/g;
const TATWEEL = /\u0640/g;
// Hamza and madda alef forms (أ إ آ ٱ) are spelt either way on the same site: fold them to bare alef.
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;
// Alef maksura and Farsi yeh (ى ی ې) are typed interchangeably with Arabic yeh.
const YEH_FORMS = /[\u0649\u06CC\u06D0]/g;
// Keheh (ک, Persian keyboards) and Arabic kaf.
const KAF_FORMS = /\u06A9/g;
// Punctuation, symbols and spacing (including zero-width joiners and direction marks) all become one space, and so
// do icon-font glyphs (private-use code points): Sphinx themes draw a link icon after every section heading, so the
// heading never matched its table-of-contents entry (Ansible's playbook guide).
const SEPARATORS = /[\p{P}\p{S}\p{Z}\p{Co}\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/gu;

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_SEPARATORS = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;

/** Normalise text for comparison: NFKC, no tatweel or diacritics, one alef and one yeh, folded case, punctuation and spaces collapsed. */
export function normalizeText(text: string): string {
  // Plain ASCII (most of the web's boilerplate) needs neither NFKC nor the Arabic and Hebrew folds.
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
  return text
    .normalize('NFKC')
    .replace(TATWEEL, '')
    .replace(ARABIC_MARKS, '')
    .replace(HEBREW_MARKS, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(YEH_FORMS, '\u064A')
    .replace(KAF_FORMS, '\u0643')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}
