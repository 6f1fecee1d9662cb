/**
 * Qari's extraction pipeline: its own clean-up before and after @mozilla/readability, direction and language,
 * sanitising and reading time. Pure over a Document: the reader, the tests on jsdom and the extract command
 * all call this one function.
 */
import type { ExtractedArticle, ExtractOptions, RemovedBlock } from './article';
import { removeHiddenAndNamedBoxes, removeRelatedBoxes, removeSignupBoxes, type ClutterNotes } from './remove-clutter-boxes';
import { revealStreamedSegments } from './reveal-hidden-content';
import { revealNoscriptPage } from './noscript-page';
import { findLead, placeLeadMedia, placeLeadText } from './lead-media';
import { bylineOfBox } from './box-byline';
import { blocksChars, collectTextBlocks, elementsBelow, hasMedia, squash, type TextBlock } from './text-blocks';
import { removeStaffCredits } from './remove-staff-credits';
import { removeRepeatedBlocks } from './remove-repeated-blocks';
import { removeResponsiveCopies } from './remove-responsive-copies';
import { removePageLandmarks } from './remove-page-landmarks';
import { unwrapSectionBoxes } from './section-boxes';
import { dropMisleadingClassNames } from './class-names';
import { recoverLazyImages } from './recover-lazy-images';
import { cleanAfterReadability } from './clean-after-readability';
import { removeBoilerplateLines } from './remove-boilerplate-lines';
import { removeAuthorBios } from './remove-author-bio';
import { removeDateline } from './remove-dateline';
import { baseUrlOf, makeUrlsAbsolute } from './make-urls-absolute';
import { detectDirection, detectLanguage } from './detect-direction';
import { candidateShape, isTeaserList } from './is-article-page';
import { isProbablyReaderablePage, MIN_CONTENT_LENGTH } from './readerable';
import { collectThreadPosts, isThreadPage, mayBeThreadUrl, placeThreadPosts, postsOfBoxes, profilePostBoxes } from './thread-posts';
import { sanitizeArticle, sanitizeArticleInPlace } from './sanitize-article';
import { plainText } from './plain-text';
import { readingMinutes } from './reading-time';
import { ARTICLE_SHARE, readArticle } from './read-article';
import { cleanTitle, pageHeadings } from './clean-title';
import { mojibakeRepair, repairTextBelow } from './repair-mojibake';

// The content's own dir/lang attribute counts as the article's when its element holds at least this share of the text
// (a <div dir="rtl"> wrapping the body, as on rtl-4 where Readability's ancestor walk misses it).
const WRAPPER_TEXT_SHARE = 0.5;

/**
 * Extract the article of a page, or null when the page has none (a front page, a list of headlines, an empty page).
 * Works on a clone: the document given is never changed.
 */
export function extractArticle(document: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  const settings = { removeRepeatedBlocks: true, showImages: true, ...options.settings };
  const pageUrl = options.url ?? document.URL ?? 'http://localhost/';
  const win = (document.defaultView ?? (globalThis as { window?: Window }).window) as (Window & typeof globalThis) | undefined;
  if (!win) throw new Error('extractArticle needs a window for the sanitiser: pass a document that has one, or run where `window` exists');

  const doc = document.cloneNode(true) as Document;
  const body = doc.body;
  if (!body) return null;

  // A page shown only inside <noscript> (a forum thread rendered by a script) is read from there: Readability drops it.
  revealNoscriptPage(body);
  // Before Readability: take out what Readability keeps but a reader must not see.
  // One collection of leaf text blocks (each normalised once) serves the three text passes; each skips blocks an
  // earlier pass removed.
  revealStreamedSegments(body);
  // A thread the page marks nothing of, found before the clean-up takes its authors' names (see profilePostBoxes), on a
  // page whose address reads like a discussion's.
  const unmarkedBoxes = mayBeThreadUrl(pageUrl) ? profilePostBoxes(body, doc.documentElement.getAttribute('lang') ?? '') : null;
  const notes: ClutterNotes = { items: [], bylineBox: null, headlines: [] };
  const removed: RemovedBlock[] = removeHiddenAndNamedBoxes(body, notes);
  const blocks = collectTextBlocks(body);
  removed.push(...removeRelatedBoxes(body, blocks));
  if (settings.removeRepeatedBlocks) {
    removed.push(...removeResponsiveCopies(body, blocks), ...removeStaffCredits(body, blocks), ...removeRepeatedBlocks(body, blocks));
  }
  // After the passes that compare blocks across the page (a masthead in the header and again in the footer): the
  // page's menus, sidebars, banner and footer, which Readability would otherwise walk, score and serialise.
  removed.push(...removePageLandmarks(body));
  recoverLazyImages(body);
  // An article written in boxed sections, which Readability would weigh one by one (see section-boxes.ts).
  unwrapSectionBoxes(body);
  // Readability resolves URLs against the document's own address; when the caller names another page URL
  // (a saved file, a clone without one), resolve against that first.
  const base = baseUrlOf(document, pageUrl);
  if (pageUrl !== document.URL) makeUrlsAbsolute(body, base);
  // The picture and the opening paragraphs between the headline and the story, which Readability may leave out (see
  // lead-media.ts).
  const lead = findLead(body, notes.headlines);
  // Readability's verdict with its visibility check off: hidden blocks are gone already, and the check parses every
  // paragraph's inline style on jsdom.
  const readerable = isProbablyReaderablePage(doc);
  // A thread's posts, copied before Readability drops all but one of them (see thread-posts.ts); the clean-up's walk
  // listed the page's schema.org items on the way. Authors and dates the clean-up took are read from the page.
  const marked = isThreadPage(doc, notes.items);
  const markedPosts = marked ? collectThreadPosts(doc, document) : [];
  const unmarked = markedPosts.length === 0;
  const threadPosts = !unmarked ? markedPosts : unmarkedBoxes ? postsOfBoxes(body, unmarkedBoxes) : [];

  // Readability, retried when its first answer is a small part of what is left (see read-article.ts), reading no
  // class name the page meant otherwise as a verdict on a box (see class-names.ts).
  dropMisleadingClassNames(body);
  const pageChars = remainingChars(blocks);
  const article = readArticle(doc, pageChars);
  const content = article?.content;
  if (!article || !content) return null;
  const list = isTeaserList(candidateShape(content), readerable);
  if (list && !options.evenIfList) return null;
  // A discussion shows all its posts, each under its author.
  const postsPlaced = placeThreadPosts(content, threadPosts, unmarked);
  // The byline is the opening post's author. Readability's is the first author box its walk meets: the opening post's
  // user card, badges and reputation included (Stack Exchange), or a reply's author where the opening post has no
  // box of its own (XenForo: FreeBSD forums 0537 was signed by a reply's 'mer').
  // Without either, the byline box the clean-up took, which Readability would have read (see bylineOfBox).
  const byline = (postsPlaced > 0 ? threadPosts[0]!.author : null) ?? article.byline ?? (notes.bylineBox && bylineOfBox(notes.bylineBox));

  // Readability keeps a metadata title as the site wrote it, often with the site's name in it.
  const title = cleanTitle((article.title ?? '').trim() || (document.title ?? '').trim(), {
    siteName: article.siteName,
    url: pageUrl,
    headings: () => pageHeadings(document, pageUrl),
  });
  placeLeadText(content, lead, title);
  placeLeadMedia(content, lead, title);
  removed.push(...removeSignupBoxes(content), ...cleanAfterReadability(content, title), ...removeBoilerplateLines(content));
  removed.push(...removeAuthorBios(content, clean(byline)));
  const dateline = removeDateline(content, clean(article.publishedTime), clean(byline));
  removed.push(...dateline.removed);
  // Readability takes a page without a description's first paragraph as the excerpt: when that was the dateline, the
  // next one is, as Readability would have taken it.
  let excerpt = clean(article.excerpt);
  if (excerpt && dateline.removed[0]?.text === excerpt) excerpt = clean(content.getElementsByTagName('p')[0]?.textContent);
  makeUrlsAbsolute(content, base);
  if (!settings.showImages) for (const media of Array.from(content.querySelectorAll('img, picture, video'))) media.remove();

  // The content element is sanitised in place when it belongs to the sanitiser's window (our clone of a document that
  // has one); a document without a window (a clone made by the reader) may come from another realm, so its content
  // goes over as HTML.
  const safe = document.defaultView ? sanitizeArticleInPlace(content, win) : sanitizeArticle(content.innerHTML, win);
  let textContent = plainText(safe);
  if (!textContent) return null;
  // Text the site stored encoded twice ("isnâ€™t" for "isn’t") is shown as it was written (see repair-mojibake.ts).
  const repair = mojibakeRepair(textContent);
  if (repair) {
    repairTextBelow(safe, repair);
    textContent = plainText(safe);
  }
  const fix = <T extends string | null>(value: T): T => (repair && value ? (repair(value) as T) : value);
  if (isStrayBox(safe, textContent, pageChars)) return null;

  const wrapper = textWrapper(content, textContent.length);
  const lang = detectLanguage({
    document,
    articleLang: attributeAbove(wrapper, 'lang'),
    text: textContent,
  });
  const dir = detectDirection({
    document,
    articleDir: article.dir ?? attributeAbove(wrapper, 'dir'),
    text: textContent,
    computedDir: options.computedDir,
    lang,
  });
  // The reader's container takes dir and lang from these fields; the HTML carries them too, on Readability's page
  // wrapper, so it reads right on its own (saved, or printed by the extract command).
  const page = safe.childElementCount === 1 ? safe.firstElementChild : null;
  if (page && !page.hasAttribute('dir')) page.setAttribute('dir', dir);
  if (page && !page.hasAttribute('lang') && lang !== 'und') page.setAttribute('lang', lang);

  return {
    title: fix(title),
    byline: fix(dateline.byline),
    siteName: clean(article.siteName),
    publishedTime: dateline.publishedTime,
    lang,
    dir,
    excerpt: fix(excerpt),
    contentHtml: safe.innerHTML,
    textContent,
    readingMinutes: readingMinutes(textContent, lang),
    removed,
    url: pageUrl,
    ...(list ? { list: true as const } : {}),
  };
}

/**
 * A stray box, not an article: Readability, finding no article, took a newsletter form, a cookie notice, a shipping
 * banner or a footer line. Such a result is shorter than one paragraph Readability counts (its minContentLength, 140
 * characters) and a small part of the text the clean-up passes left on the page (under the share read-article.ts calls
 * fair). On WCXB dev 16 pages came out under 140 characters, from catalogues, front pages and a Wikipedia category page,
 * each a small part of a page holding 3 to 190 times as much; 15 now give no article, and the 16th stays for its
 * picture: a photo with a short caption is what a photo page is. Mozilla's small test pages ("Test", a Lorem ipsum
 * line) hold nothing else, and stay.
 */
export function isStrayBox(content: Element, text: string, pageChars: number): boolean {
  return text.length < MIN_CONTENT_LENGTH && text.length < ARTICLE_SHARE * pageChars && !hasMedia(content);
}

/** The text the clean-up passes left on the page: the blocks still in it. */
function remainingChars(blocks: TextBlock[]): number {
  return blocksChars(blocks.filter((block) => block.element.isConnected));
}

function clean(value: string | null | undefined): string | null {
  const v = squash(value);
  return v ? v : null;
}

/** The attribute on el or its nearest ancestor that has it: el.closest('[lang]') without the selector engine. */
function attributeAbove(el: Element | null, name: string): string | null {
  for (let node = el; node; node = node.parentElement) if (node.hasAttribute(name)) return node.getAttribute(name);
  return null;
}

/** The outermost element inside the content that carries dir or lang and holds most of the text. */
function textWrapper(content: Element, textLength: number): Element | null {
  // A walk, not querySelectorAll('[dir], [lang]'), which costs jsdom more than the rest of this function.
  for (const el of elementsBelow(content)) {
    if (!el.hasAttributes() || !el.getAttributeNames().some((name) => name === 'dir' || name === 'lang')) continue;
    if ((el.textContent ?? '').length >= WRAPPER_TEXT_SHARE * textLength) return el;
  }
  return null;
}
