/**
 * Readability's parse, asked for an article that holds a fair share of the page.
 *
 * Readability takes its first try unless it comes back with fewer than 500 characters; only then does it try again
 * without removing "unlikely" boxes, then without weighing class names, then without its conditional clean-up. A
 * first try can hold a piece of the article and still pass 500: a forum thread whose replies sit in "comment" boxes
 * gives its first post only (WCXB 0578: 1,100 of 13,500 characters), a buying guide its opening paragraphs (0010:
 * 705 of 8,450), a school ranking its score cards without the prose around them (0267). So the threshold here is a
 * share of the text the clean-up passes left on the page.
 *
 * A retry must build on the first try, not replace it: when the first try was the article and the page's comments are
 * longer, the retry without unlikely-box removal takes the comments instead (WCXB 4456, 4449). A retry that does not
 * hold the first try's text is dropped and the first try stands, as plain Readability gives it. The same check keeps a
 * wrong first try that a retry would replace (0334 gave its advertiser disclosure, taken because the article's own class
 * says "with-sidebar", until the clean-up learnt to take disclosure dialogs): from here it looks like comments replacing
 * a story.
 *
 * This uses three of Readability 0.6.0's own fields: `_attempts` (the tries that fell short, each with its content),
 * `_flags` (what the next try does) and `_postProcessContent` (what parse does to the content it returns); the
 * version is pinned, and read-article.test.ts fails if any of them goes.
 */
import { Readability } from '@mozilla/readability';
import { blocksChars, collectTextBlocks } from './text-blocks';

// The share of the page's remaining text below which the first try is checked by a retry. Measured on WCXB dev at
// 0.35 with one retry, the cap and the check below: article recall .948 -> .956 at the same precision (.940), forum
// recall .575 -> .616, service .668 -> .700, product .496 -> .522. A page whose article is a small part of what the
// clean-up leaves (a short story beside long comments) only pays for the retry: the check keeps the first try.
export const ARTICLE_SHARE = 0.35;
// Readability's own threshold (DEFAULT_CHAR_THRESHOLD): below it, it retries anyway.
const MIN_CHARS = 500;
// A first try longer than this (about 400 words) is an article on its own, and is not retried: what a retry found on
// WCXB beside such a try was mostly comments (0479: a 9,600-character post, then 30,000 characters of comments, P 1 ->
// .24). The retry is for a first try of a few paragraphs: a forum's opening post, a guide's introduction. On Mozilla's
// corpus this halves the pages that pay for a retry (13 -> 7 of 128) at the same WCXB article F1.
const MAX_RETRIED_CHARS = 2500;
// A retry builds on the first try when it holds at least this share of the first try's text, block by block (the
// retry's conditional clean-up may differ on a block or two).
const KEEPS_FIRST = 0.8;

export type ReadabilityArticle = NonNullable<ReturnType<Readability<Element>['parse']>>;

interface Attempt {
  articleContent: Element;
  textLength: number;
}

interface ReadabilityInternals {
  _attempts: Attempt[];
  _flags: number;
  _postProcessContent(content: Element): void;
}

// Readability's FLAG_WEIGHT_CLASSES: class names and ids count for or against a candidate.
const WEIGHT_CLASSES = 0x2;

/**
 * Readability's list of tries that fell short, told of each as it comes. Readability sorts the list by length when
 * all fall short, so the first is kept aside.
 */
class Tries extends Array<Attempt> {
  first: Attempt | undefined;
  onShort: ((count: number) => void) | undefined;
  override push(...items: Attempt[]): number {
    this.first ??= items[0];
    const count = super.push(...items);
    this.onShort?.(count);
    return count;
  }
}

/** Parse `doc` (which Readability changes) for its article; `pageChars` is the length of the page's remaining text. */
export function readArticle(doc: Document, pageChars: number): ReadabilityArticle | null {
  // Past MAX_RETRIED_CHARS the first try passes, so Readability neither retries nor restores the page for it.
  const charThreshold = Math.max(MIN_CHARS, Math.min(MAX_RETRIED_CHARS, Math.round(ARTICLE_SHARE * pageChars)));
  const reader = new Readability<Element>(doc, { serializer: (node) => node as Element, charThreshold });
  const internals = reader as unknown as ReadabilityInternals;
  const tries = new Tries();
  internals._attempts = tries;
  // A first try under 500 characters gets Readability's own retries, as plain Readability gives them. Past that, one
  // retry, as Readability's third try (unlikely boxes kept, class names not weighed: the tries that found the rest of
  // the article on WCXB), not three: a retry costs a whole new pass over the page. Readability drops the unlikely-box
  // flag itself after this; with no flag left after the retry, it stops and returns the longer of the two.
  tries.onShort = (count) => {
    if ((tries.first?.textLength ?? 0) < MIN_CHARS) return;
    internals._flags = count === 1 ? internals._flags & ~WEIGHT_CLASSES : 0;
  };
  const page = doc.body;
  const restoreAlwaysAgain = page ? restoreOnlyBeforeATry(page, () => anotherTryFollows(tries, internals._flags)) : null;
  let article: ReadabilityArticle | null;
  try {
    article = reader.parse();
  } finally {
    restoreAlwaysAgain?.();
  }
  if (!article?.content) return article;
  const retried = article.content;
  const first = tries.first;
  // No retry; or a first try Readability would have retried too; or every try fell short and the longest was the first.
  if (!first || first.textLength < MIN_CHARS || first.articleContent === retried) return article;
  if (buildsOn(retried, first.articleContent)) return article;
  internals._postProcessContent(first.articleContent);
  const content = first.articleContent;
  const retryExcerpt = retried.getElementsByTagName('p')[0]?.textContent?.trim();
  return {
    ...article,
    content,
    textContent: content.textContent ?? '',
    length: (content.textContent ?? '').length,
    // The retry's container's ancestors named the direction; the first try's are not known here: the pipeline's own
    // detection decides.
    dir: null,
    // Readability takes the content's first paragraph when the page has no description.
    excerpt: article.excerpt === retryExcerpt ? (content.getElementsByTagName('p')[0]?.textContent?.trim() ?? '') : article.excerpt,
  };
}

/**
 * Readability puts the page back after each try that falls short (it parses again the HTML it saved), the last one
 * included, after which nothing reads the page: on jsdom that parse is the largest cost of a retried page. Until the
 * returned function is called, the page's innerHTML setter puts the page back only when another try follows, and
 * otherwise empties it, which detaches the last try's nodes from it as putting it back did.
 */
function restoreOnlyBeforeATry(page: HTMLElement, another: () => boolean): () => void {
  let owner: object | null = Object.getPrototypeOf(page);
  let accessor: PropertyDescriptor | undefined;
  while (owner && !(accessor = Object.getOwnPropertyDescriptor(owner, 'innerHTML'))) owner = Object.getPrototypeOf(owner);
  const { get, set } = accessor ?? {};
  if (!get || !set) return () => undefined;
  Object.defineProperty(page, 'innerHTML', {
    configurable: true,
    get: () => get.call(page) as string,
    set: (html: string) => (another() ? set.call(page, html) : page.replaceChildren()),
  });
  return () => delete (page as { innerHTML?: string }).innerHTML;
}

/**
 * Whether Readability tries again after the try that just fell short (asked before it is pushed to the tries). After
 * the first, always. After a first try of MIN_CHARS or more, no: one retry (see onShort). After a shorter first try,
 * Readability's own rule: one more try while a flag is left to drop.
 */
function anotherTryFollows(tries: Tries, flags: number): boolean {
  const first = tries.first;
  if (!first) return true;
  if (first.textLength >= MIN_CHARS) return false;
  return flags !== 0;
}

/** Whether `retry` holds most of `first`'s text. */
function buildsOn(retry: Element, first: Element): boolean {
  const firstBlocks = collectTextBlocks(first, false);
  const firstChars = blocksChars(firstBlocks);
  if (!firstChars) return true;
  const retryTexts = new Set(collectTextBlocks(retry, false).map((b) => b.text));
  return blocksChars(firstBlocks.filter((b) => retryTexts.has(b.text))) / firstChars >= KEEPS_FIRST;
}
