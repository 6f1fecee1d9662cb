/**
 * Text direction and language of an article: attributes first, then the script of the text.
 * Pure and dependency-free, so the always-on detector can reuse the script classifier.
 */
import type { TextDirection } from './article';
import { byTag } from './text-blocks';

/** Letters counted by script in a sample of text. */
export interface ScriptCounts {
  /** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
  rtl: number;
  /** Strong left-to-right letters (every other letter). */
  ltr: number;
  hebrew: number;
  arabic: number;
  /** Letters only Persian and Urdu use (پ چ ژ گ ک ی). */
  persianLetters: number;
  /** Letters only Urdu uses (ٹ ڈ ڑ ں ے). */
  urduLetters: number;
  syriac: number;
  thaana: number;
  nko: number;
}

// The first 4,000 letters decide: enough for a stable ratio, cheap on long articles.
const SAMPLE_LETTERS = 4000;
// Text is called right-to-left when at least 60% of its strong letters are; Arabic articles quote Latin
// names and numbers, so a plain majority would flip on short texts full of brand names.
const RTL_SHARE = 0.6;
// Fewer than 20 letters say nothing reliable about a script.
const MIN_LETTERS = 20;

const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'ku-arab', 'nqo', 'pa-arab', 'prs', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

// The last text counted and its counts: detectLanguage and detectDirection ask about the same article text three times.
let lastText: string | null = null;
let lastCounts: ScriptCounts | null = null;

/** Count letters by script in (a prefix of) the text. */
export function countScripts(text: string): ScriptCounts {
  if (text === lastText && lastCounts) return { ...lastCounts };
  const c = countLetters(text);
  lastText = text;
  lastCounts = { ...c };
  return c;
}

function countLetters(text: string): ScriptCounts {
  const c: ScriptCounts = { rtl: 0, ltr: 0, hebrew: 0, arabic: 0, persianLetters: 0, urduLetters: 0, syriac: 0, thaana: 0, nko: 0 };
  let letters = 0;
  for (let i = 0; i < text.length && letters < SAMPLE_LETTERS; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41) continue;
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) { c.ltr++; letters++; }
      continue;
    }
    if ((code >= 0x05d0 && code <= 0x05f2) || (code >= 0xfb1d && code <= 0xfb4f)) { c.hebrew++; c.rtl++; letters++; continue; }
    if ((code >= 0x0620 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) || code === 0x06d5 || (code >= 0x06ee && code <= 0x06ff) ||
        (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08c9) || (code >= 0xfb50 && code <= 0xfdfb) || (code >= 0xfe70 && code <= 0xfefc)) {
      c.arabic++; c.rtl++; letters++;
      if (code === 0x067e || code === 0x0686 || code === 0x0698 || code === 0x06af || code === 0x06a9 || code === 0x06cc) c.persianLetters++;
      if (code === 0x0679 || code === 0x0688 || code === 0x0691 || code === 0x06ba || code === 0x06d2) c.urduLetters++;
      continue;
    }
    if (code >= 0x0710 && code <= 0x074f) { c.syriac++; c.rtl++; letters++; continue; }
    if (code >= 0x0780 && code <= 0x07a5) { c.thaana++; c.rtl++; letters++; continue; }
    if (code >= 0x07ca && code <= 0x07ea) { c.nko++; c.rtl++; letters++; continue; }
    // Samaritan, Mandaic and other rare right-to-left scripts of the 0800 block.
    if (code >= 0x0800 && code <= 0x085f) { c.rtl++; letters++; continue; }
    // Any other letter (Latin with accents, Cyrillic, Greek, CJK, Indic...) is left-to-right.
    if (isOtherLetter(text[i])) { c.ltr++; letters++; }
  }
  return c;
}

const LETTER = /\p{L}/u;
function isOtherLetter(ch: string): boolean {
  return LETTER.test(ch);
}

/** The direction the script of the text calls for, or null when the text has too few letters to say. */
export function directionOfText(text: string): TextDirection | null {
  const c = countScripts(text);
  const total = c.rtl + c.ltr;
  if (total < MIN_LETTERS) return null;
  return c.rtl / total >= RTL_SHARE ? 'rtl' : 'ltr';
}

/** The language the script of the text suggests (ar, fa, ur, he, syr, dv, nqo), or null when the script does not tell. */
export function languageOfText(text: string): string | null {
  const c = countScripts(text);
  const total = c.rtl + c.ltr;
  if (total < MIN_LETTERS || c.rtl / total < RTL_SHARE) return null;
  const top = Math.max(c.arabic, c.hebrew, c.syriac, c.thaana, c.nko);
  if (top === c.hebrew) return 'he';
  if (top === c.syriac) return 'syr';
  if (top === c.thaana) return 'dv';
  if (top === c.nko) return 'nqo';
  // Urdu-only letters (ٹ ڈ ڑ ں ے) are frequent in any Urdu sentence; 0.5% of Arabic letters rules out stray loanwords.
  if (c.urduLetters >= 0.005 * c.arabic) return 'ur';
  // Persian letters (پ چ ژ گ ک ی) make up several percent of Persian text and almost none of Arabic.
  if (c.persianLetters >= 0.01 * c.arabic) return 'fa';
  return 'ar';
}

/** Whether a language tag names a language written right to left (ar, he, fa, ur, ...). */
export function isRtlLanguage(lang: string | null | undefined): boolean {
  if (!lang) return false;
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  if (/-(arab|hebr|syrc|thaa|nkoo|samr|mand|adlm|rohg)\b/.test(tag)) return true;
  if (/-(latn|cyrl)\b/.test(tag)) return false;
  return RTL_LANGS.has(tag.split('-')[0]);
}

function cleanDir(value: string | null | undefined): TextDirection | 'auto' | null {
  const v = value?.trim().toLowerCase();
  return v === 'rtl' || v === 'ltr' || v === 'auto' ? v : null;
}

function cleanLang(value: string | null | undefined): string | null {
  const v = value?.trim();
  // "x-default" or junk like "{{lang}}" are not languages.
  return v && /^[a-z]{2,3}([-_][a-z0-9]{1,8})*$/i.test(v) ? v.replace(/_/g, '-') : null;
}

/** Inputs of the direction and language decisions. */
export interface DirectionInput {
  /** The dir attribute of the article or its nearest ancestor that has one (Readability reports it as `dir`), if any. */
  articleDir?: string | null;
  /** The lang attribute of the article or its nearest ancestor inside the body, if any. */
  articleLang?: string | null;
  /** The page document (html/body attributes, Content-Language). */
  document: Document;
  /** The article's text (or a sample of it). */
  text: string;
  /** In a browser: the computed CSS `direction` of the page body. */
  computedDir?: string | null;
}

/**
 * The article's language: lang on the article or its ancestors, then html/body, then Content-Language,
 * then the script of the text; a declared language whose direction the text contradicts follows the text
 * (lang="en-US" around Arabic text is a mislabelled template, the Arabic is what the reader must shape).
 * Returns "und" (undetermined) when nothing tells.
 */
export function detectLanguage(input: DirectionInput): string {
  const { document: doc, text } = input;
  const declared =
    cleanLang(input.articleLang) ??
    cleanLang(doc.documentElement?.getAttribute('lang')) ??
    cleanLang(doc.body?.getAttribute('lang')) ??
    cleanLang(doc.documentElement?.getAttribute('xml:lang')) ??
    cleanLang(contentLanguage(doc));
  const fromText = languageOfText(text);
  if (declared) {
    const textDir = directionOfText(text);
    if (textDir === 'rtl' && !isRtlLanguage(declared)) return fromText ?? declared;
    // An rtl language tag over text that is clearly Latin/Cyrillic/CJK: the tag is wrong, and the text's language is unknown.
    if (textDir === 'ltr' && isRtlLanguage(declared)) return 'und';
    return declared;
  }
  return fromText ?? 'und';
}

function contentLanguage(doc: Document): string | null {
  // getElementsByTagName, not querySelectorAll('meta[http-equiv]'): an attribute selector costs jsdom a walk of the page.
  for (const meta of byTag(doc, 'meta')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() === 'content-language') {
      // Content-Language may list several languages; the first is the page's main one.
      return meta.getAttribute('content')?.split(',')[0] ?? null;
    }
  }
  return null;
}

/**
 * The article's direction: dir on the article and its ancestors (html and body included), then the computed
 * `direction` given by a browser, then the language, then the script of the text. An explicit dir="ltr" over text that
 * is clearly right-to-left is a template default and follows the text; an explicit dir="rtl" is always kept
 * (Mozilla's rtl-1..4 pages set it on Latin text and expect rtl).
 */
export function detectDirection(input: DirectionInput & { lang?: string | null }): TextDirection {
  const { document: doc, text } = input;
  const attr = cleanDir(input.articleDir) ??
    cleanDir(doc.body?.getAttribute('dir')) ??
    cleanDir(doc.documentElement?.getAttribute('dir'));
  const textDir = directionOfText(text);
  if (attr === 'rtl') return 'rtl';
  if (attr === 'ltr') return textDir === 'rtl' ? 'rtl' : 'ltr';
  // dir="auto" and no dir at all: the computed style (which sees CSS direction rules), then language, then text.
  const computed = cleanDir(input.computedDir);
  if (attr !== 'auto' && computed === 'rtl') return textDir === 'ltr' ? 'ltr' : 'rtl';
  if (textDir) return textDir;
  if (input.lang) return isRtlLanguage(input.lang) ? 'rtl' : 'ltr';
  return 'ltr';
}
