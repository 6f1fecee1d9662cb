import type { ExtractedArticle } from '../utils/article';

export type ArticleScript = 'arabic' | 'hebrew' | 'latin';

/** Languages written in the Arabic script, whose typography the reader's :lang() rules share. */
export const ARABIC_SCRIPT_LANGS = ['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug', 'ks', 'pnb', 'bal', 'glk', 'mzn', 'lrc', 'azb'];
export const HEBREW_SCRIPT_LANGS = ['he', 'iw', 'yi', 'lad'];

/** Which of the settings' per-script font choices applies to an article. */
export function articleScript(article: Pick<ExtractedArticle, 'lang' | 'dir'> | null): ArticleScript {
  if (!article) return 'latin';
  const primary = article.lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (HEBREW_SCRIPT_LANGS.includes(primary)) return 'hebrew';
  if (ARABIC_SCRIPT_LANGS.includes(primary) || /-arab\b/i.test(article.lang)) return 'arabic';
  return article.dir === 'rtl' ? 'arabic' : 'latin';
}
