/**
 * Clutter boxes: hidden blocks, cookie-consent and newsletter boxes, share rows and "read also"/related boxes,
 * found by visibility, by class/id tokens and by the words of their headings, in several languages.
 * Every rule is generic: a token or a phrase, never one site's selector.
 */
import type { RemovedBlock } from './article';
import { normalizeText } from './normalize-text';
import { byTag, collectTextBlocks, elementsBelow, hasMedia, holdsCode, linkTextLength, squash, type TextBlock } from './text-blocks';
import { stylesheetHiddenTest } from './stylesheet-hidden';
import { isBylineBox } from './box-byline';
import { isCollapsedPanel, isTabPanel, revealPanel } from './reveal-hidden-content';

/** Class/id tokens that name a box that is never article text. */
const CLUTTER_TOKENS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup',
  'share', 'sharing', 'sharebar', 'sharethis', 'addthis', 'social', 'socials', 'related', 'relateds', 'recommended',
  'recommendations', 'recirc', 'promo', 'promos', 'sponsored', 'advert', 'advertisement', 'ads', 'ad', 'adsbygoogle',
  'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'trending', 'mostread', 'mostpopular', 'readalso', 'readmore', 'alsoread',
  'tags', 'tagcloud', 'newsletterform', 'paywall', 'donate', 'donation', 'toolbar',
  // Author bios, bylines and date/meta lines: the reader shows byline and date in its own header.
  'bio', 'authorbio', 'authorbox', 'byline', 'timestamp', 'dateline',
  // Affiliate disclaimers, tables of contents, buttons and calls to action.
  'disclaimer', 'disclaimers', 'disclosure', 'disclosures', 'affiliate', 'toc', 'cta', 'btn', 'credit', 'credits',
]);
/** Adjacent token pairs that name such a box ("read-also", "more-stories", "you-may-like"). */
const CLUTTER_PAIRS = new Set([
  'read also', 'also read', 'read more', 'more stories', 'may like', 'most read', 'most popular', 'more news', 'about author', 'post tags',
  'entry tags', 'post meta', 'entry meta', 'article meta', 'table contents', 'image credit', 'photo credit', 'share buttons', 'social links',
  'post navigation', 'related links',
  // A dialog in Bootstrap's markup ("modal fade", "agile-modal fade"), shown only when a button opens it: a saved page
  // lacks the stylesheet that hides it. A store locator's dialogs won over Kress's product grid (WCXB listing 4247, now
  // no article, as other product grids), and a shop's quick-view dialogs sat in its category page (collection 4435).
  'modal fade',
]);

/**
 * An author's box: "author" followed by a word for a box or a part of one ("author-bio", "author_detail_box",
 * "author-footer-shortbio", "single-content-author__about", "author-section"): the bio under the story, which the
 * reader's header replaces with the byline. "author-content" and "author-container" are not here: WCXB 0325 and 4074
 * wrap their article's text in them.
 */
const AUTHOR_BOX_WORDS = new Set(['bio', 'box', 'info', 'profile', 'detail', 'details', 'about', 'block', 'card', 'footer', 'section', 'wrapper', 'bottom', 'description']);
// A bio runs to a few paragraphs: WCXB 4830's author box holds 1,300 characters of it, over the cap of other named boxes.
const MAX_AUTHOR_BOX_CHARS = 2000;
const AUTHOR_BOX = 'author box';
// A box the page marks as its author in schema.org microdata (itemprop="author", a Person) and that holds a sentence is
// the author's bio box, whatever its plugin calls it: "saboxplugin-wrap" (WCXB 0128, 0421, 4083) and "abh_box"'s
// "vcard author" section (0196, 0305). A byline's name marked so is an inline element, and shorter.
const AUTHOR_BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FOOTER']);

/** Headings that open a "read also"/related box, normalised. */
const RELATED_PHRASES = [
  'اقرأ أيضا', 'اقرأ أيضًا', 'إقرأ أيضا', 'اقرأ ايضا', 'اقرأ كذلك', 'اقرأ المزيد', 'شاهد أيضا', 'طالع أيضا', 'أخبار ذات صلة', 'موضوعات ذات صلة',
  'مواضيع ذات صلة', 'مقالات ذات صلة', 'أخبار متعلقة', 'قد يهمك', 'قد يعجبك أيضا', 'الأكثر قراءة', 'الأكثر مشاهدة', 'تابعونا على',
  'קראו גם', 'קרא גם', 'עוד בנושא', 'כתבות נוספות', 'עוד כתבות', 'כתבות קשורות', 'הנקראים ביותר',
  'بیشتر بخوانید', 'بخوانید', 'مطالب مرتبط', 'اخبار مرتبط', 'مطالب پیشنهادی', 'پربازدیدترین',
  'یہ بھی پڑھیں', 'مزید پڑھیں', 'متعلقہ خبریں',
  'read also', 'also read', 'read more', 'related', 'related articles', 'related posts', 'related stories', 'related news',
  'related content', 'you may also like', 'you might also like', 'more stories', 'more from', 'recommended', 'recommended for you',
  'most read', 'most popular', 'trending now', 'popular posts', 'recent posts', 'latest news', 'share this', 'share this article',
  'share this post', 'share on', 'sign up for our newsletter', 'subscribe to our newsletter', 'follow us', 'about the author',
  'table of contents', 'in this article', 'عن الكاتب', 'جدول المحتويات', 'על הכותב', 'درباره نویسنده', 'فهرست مطالب',
  'à lire aussi', 'lire aussi', 'sur le même sujet', 'lee también', 'te puede interesar', 'noticias relacionadas',
  'mehr zum thema', 'das könnte sie auch interessieren', 'leia também', 'leia mais', 'bunu da okuyun', 'ilginizi çekebilir',
].map(normalizeText);
const RELATED_SET = new Set(RELATED_PHRASES);
const RELATED_PREFIX_RE = new RegExp(`^(?:${[...RELATED_SET].sort((a, b) => b.length - a.length).join('|')})(?: |$)`);

const NEGATIONS = new Set(['no', 'without', 'non']);
// Headings are never boxes: their ids are slugs of their own text ("what-is-social-shopping", "share-of-voice"), so a
// clutter word in an article's section title would take the title with it. A related box is found by its container.
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

// A box named by a token is clutter only when it is small or mostly links; a large text-rich element with such a
// token is the article itself ("post share-enabled" wrappers), so it stays.
const MAX_BOX_CHARS = 600;
const BOX_LINK_DENSITY = 0.5;
// Never remove an element that holds this share of the page's text, whatever its class says
// (a modal left open when the page was saved puts aria-hidden on the whole page wrapper).
const MAX_PAGE_SHARE = 0.3;

// A quick reject before tokenising: most elements' class and id contain none of the clutter words at all.
const CLUTTER_HINT = new RegExp([...CLUTTER_TOKENS, ...[...CLUTTER_PAIRS].map((p) => p.split(' ')[1]), 'author'].join('|'), 'i');

/** Split id and class into lower-case tokens on separators and camelCase ("relatedPosts" -> related, posts). */
export function classTokens(el: Element): string[] {
  return tokensOf(el.getAttribute('id') ?? '', el.getAttribute('class') ?? '');
}

// A CSS Modules class ends in a hash of five letters and digits ("AccordionTextItem_item__adF2E"): read as words, edX's
// hash "adF2E" made "ad" and took its FAQ (WCXB 0823). A hash has a capital or a digit; a BEM element ("post__ad") has neither.
const MODULE_HASH = /_{2,3}[A-Za-z0-9-]{5}(?=\s|$)/g;
const HASH_MARK = /[A-Z0-9]/;

function tokensOf(id: string, cls: string): string[] {
  if (cls.includes('__')) cls = cls.replace(MODULE_HASH, (hash) => (HASH_MARK.test(hash) ? '' : hash));
  const raw = `${id} ${cls}`;
  if (raw.length < 2) return [];
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

// A notice in a dialog (an advertiser disclosure, a newsletter pop-up, a cookie banner) opens over the page on a click
// or a timer and is not the page: it goes whatever its length. The notice's own word must name it: a dialog may hold
// the article itself (Yahoo shows its story in "render-target-modal", whose box is named for its "modalFloatingCloseBtn").
const DIALOG_TOKENS = new Set(['modal', 'popup', 'dialog', 'lightbox', 'overlay']);
const NOTICE_TOKENS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall',
  'donate', 'donation', 'disclaimer', 'disclosure', 'affiliate', 'promo', 'promos',
]);
const isNoticeDialog = (clutter: string | null, tokens: string[]) => clutter !== null && NOTICE_TOKENS.has(clutter) && tokens.some((token) => DIALOG_TOKENS.has(token));

// A page's fine print, named so: the legal disclosures under a fund page (WCXB 4506: 3,800 characters of prose under
// id="disclosures", which Readability took as the article, the page's own sections being spread over small boxes). It
// goes whatever its length, as a notice dialog does; a page that is only its disclosures keeps them (MAX_PAGE_SHARE).
// Not "disclosure" alone: that is also the name of a show-and-hide widget (<details class="disclosure"> holding a
// product's description, WCXB 4017).
const FINE_PRINT = new Set(['disclaimer', 'disclaimers', 'disclosures']);

/** The clutter token or token pair the class or id names, if any. */
function clutterName(tokens: string[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    // "titleNoCredit", "no-ads", "without-share": the class says the box lacks the thing.
    if (i > 0 && NEGATIONS.has(tokens[i - 1])) continue;
    if (CLUTTER_TOKENS.has(tokens[i])) return tokens[i];
    if (i > 0 && CLUTTER_PAIRS.has(`${tokens[i - 1]} ${tokens[i]}`)) return `${tokens[i - 1]} ${tokens[i]}`;
    if (i > 0 && tokens[i - 1] === 'author' && AUTHOR_BOX_WORDS.has(tokens[i])) return AUTHOR_BOX;
  }
  return null;
}

// "Read more" names a link to the rest of a story, a list of such links, or the text a "read more" toggle folds away
// ("read-more__text": a category's description on WCXB 4468, its only prose). A box so named that holds a sentence
// and few links is the folded text itself.
const READ_MORE_NAMES = new Set(['readmore', 'read more']);
const SENTENCE_CHARS = 80;

// Class tokens of a control that opens and closes a part of the page, not one that leads elsewhere.
const TOGGLE_TOKENS = new Set(['toggle', 'collapse', 'collapsed', 'collapsible', 'accordion', 'expand', 'expanded', 'expander']);

/**
 * A button that opens and closes a section of the page is that section's heading: an FAQ's question in its accordion
 * ("btn collapsed" around "What is an espresso machine?", WCXB 4818, whose answers stayed without their questions) or
 * a table's column-group switch ("area-toggle-btn" over csrankings' "Systems" and "Theory" areas, 4332). A call to
 * action is a link, or holds one, and says nothing of opening or closing.
 */
function isSectionToggle(el: Element, tokens: string[]): boolean {
  if (!tokens.some((t) => TOGGLE_TOKENS.has(t))) return false;
  return el.tagName !== 'A' && !el.closest('a') && el.getElementsByTagName('a').length === 0;
}

/** The attributes the clutter walk reads, each read once. */
interface BoxAttributes {
  id: string;
  cls: string;
  hidden: boolean;
  ariaHidden: string | null;
  style: string | null;
  /** itemprop names the element the page's author (schema.org microdata). */
  author: boolean;
  /** data-nosnippet: the page asks search engines not to quote the element (see NOSNIPPET). */
  nosnippet: boolean;
  /** aria-label, when there is one (see isCloseControl). */
  label: string | null;
  /** itemtype: the element is a schema.org item (see removeHiddenAndNamedBoxes' `items`). */
  item: boolean;
}

/**
 * Read an element's id, class and visibility attributes in one go: the names first, then only the values present
 * (most elements carry a class and nothing else). Seven separate reads cost jsdom 4.8 ms a page, this 1.3 ms.
 */
function boxAttributes(el: Element): BoxAttributes {
  const attrs: BoxAttributes = { id: '', cls: '', hidden: false, ariaHidden: null, style: null, author: false, nosnippet: false, label: null, item: false };
  for (const name of el.getAttributeNames()) {
    if (name === 'class') attrs.cls = el.getAttribute(name) ?? '';
    else if (name === 'id') attrs.id = el.getAttribute(name) ?? '';
    else if (name === 'hidden') attrs.hidden = true;
    else if (name === 'aria-hidden') attrs.ariaHidden = el.getAttribute(name);
    else if (name === 'style') attrs.style = el.getAttribute(name);
    else if (name === 'itemprop') attrs.author = /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute(name) ?? '');
    else if (name === 'data-nosnippet') attrs.nosnippet = true;
    else if (name === 'aria-label') attrs.label = el.getAttribute(name);
    else if (name === 'itemtype') attrs.item = true;
  }
  return attrs;
}

function hiddenBy(attrs: BoxAttributes): boolean {
  if (attrs.hidden) return true;
  if (attrs.ariaHidden === 'true' && !/fallback-image/.test(attrs.cls)) return true;
  return !!attrs.style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attrs.style);
}

// A form of a time, by its class: "ipsTime__short", "date-long", "short".
const TIME_FORM = /(?:^|[\s_-])(short|long)(?:\s|$)/i;

function timeForm(cls: string | null): string | undefined {
  return TIME_FORM.exec(cls ?? '')?.[1]?.toLowerCase();
}

/**
 * A time written out twice, long and short, for the stylesheet to show one of them ("Edited June 19, 20241 yr" on
 * Invision forums: <time><span class="ipsTime__long">June 19, 2024</span><span class="ipsTime__short">1 yr</span>).
 * The stylesheet is the site's own file, which the reader does not have: the short form is the one taken as hidden.
 */
function isShortTimeForm(span: Element, cls: string): boolean {
  if (timeForm(cls) !== 'short') return false;
  const time = span.parentElement;
  if (time?.tagName !== 'TIME') return false;
  for (const sibling of time.children) if (timeForm(sibling.getAttribute('class')) === 'long') return true;
  return false;
}

/** Whether the element is hidden by the page (hidden attribute, inline display:none or visibility:hidden, aria-hidden). */
export function isHidden(el: Element): boolean {
  return hiddenBy(boxAttributes(el));
}

/** Share of the element's text that sits in links (0..1). */
export function linkDensity(el: Element, textLength = (el.textContent ?? '').trim().length): number {
  if (!textLength) return 0;
  return Math.min(1, linkTextLength(el) / textLength);
}

/** Structured data (JSON-LD): Readability reads the title, byline and date from it, so it stays. */
const isJsonLd = (el: Element) => el.tagName === 'SCRIPT' && /ld\+json/i.test(el.getAttribute('type') ?? '');

/** A script or a style sheet: code, never text. JSON-LD stays. */
const isCode = (el: Element) => el.tagName === 'STYLE' || (el.tagName === 'SCRIPT' && !isJsonLd(el));

/** Remove hidden, cookie, newsletter, share and related boxes under root. Returns what went. */
export function removeClutterBoxes(root: Element): RemovedBlock[] {
  return [...removeHiddenAndNamedBoxes(root), ...removeRelatedBoxes(root, collectTextBlocks(root))];
}

/** What the walk of removeHiddenAndNamedBoxes noticed besides what it removed. */
export interface ClutterNotes {
  /** The elements it met that carry an itemtype (schema.org items). */
  items: Element[];
  /** The first box the walk removed that Readability would have taken as the byline (see box-byline.ts). */
  bylineBox: Element | null;
  /** The <h1> elements it met, in document order (a later pass may remove some). */
  headlines: Element[];
}

function taker(removed: RemovedBlock[], notes?: ClutterNotes) {
  return (el: Element, kind: string) => {
    const text = squash(el.textContent);
    if (text) removed.push({ kind, text: text.length > 300 ? `${text.slice(0, 300)}…` : text });
    if (notes && !notes.bylineBox && kind === 'clutter-box' && isBylineBox(el)) notes.bylineBox = el;
    el.remove();
  };
}

/**
 * Elements the sanitiser drops anyway (scripts, styles, frames, forms' controls, inline SVG icons): removed in the
 * same walk, so Readability serialises and scores a smaller page. Not listed in `removed`: they were never text.
 */
const NEVER_SHOWN = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/**
 * The fallback inside a <video> or <audio>: what a browser that cannot play it shows instead ("This browser does not
 * support the HTML5 video element.", ten times over Vivint's product slides, WCXB 4263). Every browser that runs the
 * reader plays media, so the text is never seen; its sources and tracks stay.
 */
function removeFallback(media: Element): void {
  for (let child = media.firstChild; child; ) {
    const next = child.nextSibling;
    const keep = child.nodeType === 1 ? MEDIA_PARTS.has((child as Element).tagName) : child.nodeType !== 3 || !(child.nodeValue ?? '').trim();
    if (!keep) child.remove();
    child = next;
  }
}
const MEDIA_PARTS = new Set(['SOURCE', 'TRACK']);

/**
 * A box the page marks data-nosnippet, asking search engines never to quote it: publishers mark so what is not the
 * story (XDA's author bio above its article and its "Related" cards inside it, WCXB 0382 and 0417; cookie banners;
 * legal footers). WCXB has 141 such boxes with text, on 75 pages: 97 have less than half their words anywhere in their
 * page's main text, 3 have most of them there. Judged as a box named clutter is: a long box of prose stays (a
 * paywalled story marked whole), and so does code, which XDA marks too (0382's script, the article's subject).
 */
const NOSNIPPET = 'nosnippet';

/**
 * The close control of a dialog or banner whose other parts went (WCXB 0111's "×", left alone above the article when
 * its modal's form was taken): a link or span the page labels "close" for screen readers, showing a glyph or a word.
 * A <button> goes anyway (NEVER_SHOWN).
 */
const CLOSE = 'close';
const CLOSE_LABEL = /^\s*(?:close|dismiss|إغلاق|اغلاق|סגור|סגירה|بستن|cerrar|fermer|schlie(?:ß|ss)en|fechar|chiudi|kapat)(?!\p{L})/iu;
const MAX_CLOSE_CHARS = 12;
const isCloseControl = (el: Element, label: string) => CLOSE_LABEL.test(label) && (el.textContent ?? '').trim().length <= MAX_CLOSE_CHARS;

/**
 * Remove blocks the page hides and boxes whose class or id names them as clutter. The walk reads every element's
 * attributes; given `notes`, it also lists there the elements it met that carry an itemtype (schema.org items), so the
 * pipeline can tell a discussion from its markup without a walk of its own (on jsdom each walk costs a millisecond or
 * two a page), the first byline box it removed and the page's <h1> elements.
 */
export function removeHiddenAndNamedBoxes(root: Element, notes?: ClutterNotes): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  const take = taker(removed, notes);
  const items = notes?.items;

  // Class, id and visibility: one walk in document order; a removed box's descendants are skipped.
  const all = elementsBelow(root);
  const hiddenByStylesheet = root.ownerDocument ? stylesheetHiddenTest(root.ownerDocument) : null;
  // Scripts and styles go first: the walk meets a box before the code inside it, and their code is no text of the box
  // (LogRocket's newsletter box, WCXB 0390, holds 300 characters of pitch and 6,000 of its form's script and style), nor
  // of the page, whose share a box may not pass (a Next.js page's data script can hold more than its text).
  for (const el of all) if (isCode(el)) el.remove();
  const pageChars = (root.textContent ?? '').length || 1;
  const styleHidden: Element[] = [];
  const forms: Element[] = [];
  const signups: Element[] = [];
  let skipInside: Element | null = null;
  // The last heading met: headings do not nest, so it is the only one that can hold the current element.
  let heading: Element | null = null;
  const authorBoxes: Element[] = [];
  for (const el of all) {
    if (skipInside && skipInside.contains(el)) continue;
    skipInside = null;
    const tag = el.tagName;
    if (NEVER_SHOWN.has(tag)) {
      // JSON-LD stays: Readability reads the title, byline and date from it. So does a <meta itemprop>: a post's
      // author may be named only there (NodeBB: <meta itemprop="name" content="julian">, beside an avatar's "J" and an
      // "Offline" badge); thread-posts.ts reads it, the sanitiser drops it.
      const keep = isJsonLd(el) || (tag === 'META' && el.hasAttribute('itemprop'));
      if (!keep) el.remove();
      skipInside = el;
      continue;
    }
    if (tag === 'BODY' || tag === 'HTML' || tag === 'NOSCRIPT') continue;
    if (tag === 'VIDEO' || tag === 'AUDIO') {
      removeFallback(el);
      skipInside = el;
      continue;
    }
    if (tag === 'FORM') {
      forms.push(el);
      if (isSignupForm(el)) signups.push(el);
    }
    if (HEADING_TAGS.has(tag)) {
      heading = el;
      if (tag === 'H1') notes?.headlines.push(el);
    }
    // Most elements have no attribute at all: nothing hides them and no class or id names them.
    if (!el.hasAttributes()) continue;
    const attrs = boxAttributes(el);
    if (attrs.item) items?.push(el);
    // A hidden tab panel or accordion panel is shown: the reader has no tabs to switch and nothing to click (see
    // isTabPanel and isCollapsedPanel).
    if (hiddenByStylesheet?.(el, attrs.id, attrs.cls) && !isTabPanel(el) && !isCollapsedPanel(el)) {
      styleHidden.push(el);
      skipInside = el;
      continue;
    }
    let hidden = hiddenBy(attrs) || (tag === 'SPAN' && isShortTimeForm(el, attrs.cls));
    if (hidden && (isTabPanel(el) || isCollapsedPanel(el))) {
      revealPanel(el);
      hidden = false;
    }
    let clutter: string | null = null;
    let tokens: string[] = [];
    if (!hidden) {
      if (HEADING_TAGS.has(tag)) continue;
      const raw = attrs.cls + (attrs.id ? ` ${attrs.id}` : '');
      if (attrs.author && AUTHOR_BOX_TAGS.has(tag)) authorBoxes.push(el);
      tokens = raw && CLUTTER_HINT.test(raw) ? tokensOf(attrs.id, attrs.cls) : [];
      clutter =
        clutterName(tokens) ??
        (attrs.nosnippet && !holdsCode(el) ? NOSNIPPET : null) ??
        (attrs.label !== null && isCloseControl(el, attrs.label) ? CLOSE : null);
      if (!clutter) continue;
      // A heading's link to a place in the same page is part of the heading, whatever its class: Sphinx links each
      // section title back to the table of contents (<h2><a class="toc-backref" href="#id4">Workers</a>), and Celery's
      // guide lost every heading's text. A link elsewhere ("btn" job titles in a list of cards) is judged as before.
      if (tag === 'A' && (el.getAttribute('href') ?? '').startsWith('#') && heading?.contains(el)) continue;
      if (clutter === 'btn' && isSectionToggle(el, tokens)) continue;
    }
    const text = el.textContent ?? '';
    if (text.length / pageChars > MAX_PAGE_SHARE) continue;
    if (hidden) {
      // Images hidden for lazy loading come back later from their data-src; keep media.
      if (hasMedia(el)) continue;
      take(el, 'hidden');
      skipInside = el;
      continue;
    }
    // A box marked data-nosnippet is measured as read, its template's indentation left out: XDA's 90-word "Related"
    // card inside the article has 1,000 characters of textContent. The boxes named by class or id were tuned on the
    // raw length; measured as read, 11 WCXB pages change, for no gain (documentation F1 -.001, collection +.002).
    const chars = clutter === NOSNIPPET ? squash(text).length : text.trim().length;
    // A long box of prose stays, and so does a "read more" box holding a sentence: both with few links.
    const readMoreText = clutter !== null && READ_MORE_NAMES.has(clutter) && chars >= SENTENCE_CHARS;
    const maxChars = clutter === AUTHOR_BOX ? MAX_AUTHOR_BOX_CHARS : MAX_BOX_CHARS;
    if ((chars > maxChars || readMoreText) && linkDensity(el, chars) < BOX_LINK_DENSITY && !isNoticeDialog(clutter, tokens) && !(clutter !== null && FINE_PRINT.has(clutter))) continue;
    take(el, 'clutter-box');
    skipInside = el;
  }

  // Hidden by the page's stylesheet: unless that would hide much of the page (a hostile or broken stylesheet,
  // or a page that collapses its own body behind a "continue reading" button).
  const styleHiddenChars = styleHidden.reduce((n, el) => n + (root.contains(el) ? (el.textContent ?? '').length : 0), 0);
  if (styleHiddenChars / pageChars <= MAX_PAGE_SHARE) {
    for (const el of styleHidden) if (root.contains(el) && !hasMedia(el)) take(el, 'hidden');
  }
  removeAuthorBox(authorBoxes, root, take);
  for (const form of signups) markSignupBox(form, root, pageChars);
  unwrapContentForms(forms, root);
  return removed;
}

// A sign-up box: a form asking for an e-mail address or a phone number, with its pitch ("Be the first to know!") and
// its consent note ("By signing up, you agree to receive recurring automated SMS marketing messages...") around it.
// The pitch and the note together run to a few hundred characters (Mashable's in-article SMS box, WCXB 0477: 450); an
// article, even a short one, holds more text than this around its form.
const SIGNUP_BOX_CHARS = 600;
const SIGNUP_BOX_LINKS = 4;
// A phone number's field is named so: a ZIP code's is often type="tel" too (Progressive's quote boxes, WCXB 4911).
const SIGNUP_INPUT_NAME = /e-?mail|phone|mobile/i;

/** A form that asks for an e-mail address or a phone number (checked before the walk removes its controls). */
function isSignupForm(form: Element): boolean {
  for (const input of byTag(form, 'input')) {
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'email') return true;
    const named = `${input.getAttribute('name') ?? ''} ${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('aria-label') ?? ''} ${input.getAttribute('autocomplete') ?? ''}`;
    if ((type === 'text' || type === 'tel') && SIGNUP_INPUT_NAME.test(named)) return true;
  }
  return false;
}

/**
 * Mark the sign-up form's box (its largest ancestor holding no more text than a box may) for removeSignupBoxes. The box
 * goes after Readability, not before: Readability weighs a page's candidates by their paragraphs, and the box's consent
 * note is one; taken before, it tipped Top Gear's list of twenty cars (WCXB 4052) and a watch's product page (0586) to
 * one section of them.
 */
function markSignupBox(form: Element, root: Element, pageChars: number): void {
  // A form holding more than a box is a page's content wrapped in a form (see unwrapContentForms).
  if (!root.contains(form) || squash(form.textContent).length > SIGNUP_BOX_CHARS || form.getElementsByTagName('h1').length) return;
  let box = form;
  for (let p = form.parentElement; p && p !== root; p = p.parentElement) {
    // A box under the page's title is the page's own opening (a product's hero with its free-trial form, Zendesk
    // WCXB 0693; a job board's header with its alerts form, 4359): a sign-up box has a heading of its own, never the h1.
    // Its links are the privacy policy's and the terms': more are a list the form sits in (a job board's results, 4359).
    if (squash(p.textContent).length > SIGNUP_BOX_CHARS || p.getElementsByTagName('h1').length || p.getElementsByTagName('a').length > SIGNUP_BOX_LINKS) break;
    box = p;
  }
  if ((box.textContent ?? '').length / pageChars > MAX_PAGE_SHARE) return;
  box.setAttribute(SIGNUP_MARK, '');
  markedDocuments.add(box.ownerDocument);
}

const SIGNUP_MARK = 'data-qari-signup';
// The documents holding a mark: most pages have no sign-up box, and the attribute query is a walk of the article on
// jsdom (a sixth of the clean-up's time after Readability on Mozilla's small test pages).
const markedDocuments = new WeakSet<Document>();

/** Remove the sign-up boxes removeHiddenAndNamedBoxes marked, from Readability's content. Returns what went. */
export function removeSignupBoxes(content: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  if (!markedDocuments.has(content.ownerDocument)) return removed;
  const take = taker(removed);
  // A box inside another went with it.
  for (const box of Array.from(content.querySelectorAll(`[${SIGNUP_MARK}]`))) if (content.contains(box)) take(box, 'clutter-box');
  return removed;
}

/**
 * The page's one box marked as its author (see AUTHOR_BOX_TAGS) goes when it holds a sentence and no more than an
 * author box may. A thread marks every post's author so (its name, join date and post count, or the post itself:
 * WCXB forum 0529 and 2081 lost most of their posts): two or more such boxes are the page's posts, and all stay.
 */
function removeAuthorBox(boxes: Element[], root: Element, take: (el: Element, kind: string) => void): void {
  const inPage = boxes.filter((el) => root.contains(el));
  if (inPage.length !== 1) return;
  const box = inPage[0];
  const text = box.textContent ?? '';
  const chars = text.trim().length;
  if (chars < SENTENCE_CHARS || (chars > MAX_AUTHOR_BOX_CHARS && linkDensity(box, chars) < BOX_LINK_DENSITY)) return;
  if (text.length / ((root.textContent ?? '').length || 1) > MAX_PAGE_SHARE) return;
  take(box, 'clutter-box');
}

// A form holding more text than any login, search or comment form (their labels and notes run to a few hundred
// characters once the controls are gone) wraps page content: a forum thread (XenForo, Invision and phpBB put the posts
// inside a moderation <form>), or a whole ASP.NET page (<form id="aspnetForm"> around <body>'s content).
const CONTENT_FORM_CHARS = 1000;

// A search filter is a long form too, but its text is the names of its controls: WCXB 4343's course catalogue put
// 1,000 characters of checkbox labels (subject areas, price, start date, schools: 87% of its text) in a form, and kept
// them as text once unwrapped. A form whose labels and legends hold half its text (spaces collapsed) is controls; a
// forum's posts or a page's body dwarf the labels of their reply box.
const FILTER_LABEL_SHARE = 0.5;

/**
 * A query form (method="get": its answer is a page of results) whose text is mostly its labels and legends. A form that
 * posts may be long with labels and still be the page: WCXB 0220 lists a report's chapters as 358 checkboxes of its
 * order form, and they are what the page says.
 */
function isSearchFilter(form: Element, text: string): boolean {
  if ((form.getAttribute('method') ?? 'get').toLowerCase() !== 'get') return false;
  let chars = 0;
  for (const tag of ['label', 'legend']) {
    for (const el of byTag(form, tag)) chars += (el.textContent ?? '').trim().length;
  }
  return chars >= FILTER_LABEL_SHARE * text.replace(/\s+/g, ' ').length;
}

/**
 * Forms that wrap page content become plain <div>s. The sanitiser drops a <form> with everything inside it (a form is
 * never reading text), so the posts of a forum thread came out empty. Short forms (search, login, comment, newsletter)
 * stay forms and go later with their text. Their controls are already gone (NEVER_SHOWN), so the div holds only text.
 */
export function unwrapContentForms(forms: Element[], root: Element): void {
  for (const form of forms) {
    const text = form.textContent ?? '';
    if (!root.contains(form) || text.length < CONTENT_FORM_CHARS) continue;
    if (isSearchFilter(form, text)) continue;
    const div = form.ownerDocument.createElement('div');
    for (const attr of Array.from(form.attributes)) if (attr.name === 'id' || attr.name === 'class') div.setAttribute(attr.name, attr.value);
    while (form.firstChild) div.appendChild(form.firstChild);
    form.replaceWith(div);
  }
}

/**
 * Remove "read also"/related boxes found by their heading in several languages: "اقرأ أيضا", "קראו גם", "Related articles",
 * and the links that follow them. `blocks` are root's leaf text blocks (collected once by the caller, shared between passes).
 */
export function removeRelatedBoxes(root: Element, blocks: TextBlock[]): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  // The page's length before this pass, read at the first "related" line met (nothing is taken before it): most pages
  // have none and are spared root.textContent, a walk of the whole page.
  let pageChars = 0;
  const take = taker(removed);
  for (const block of blocks) {
    const el = block.element;
    const prefix = RELATED_PREFIX_RE.exec(block.key);
    if (!prefix || !root.contains(el)) continue;
    pageChars ||= (root.textContent ?? '').length || 1;
    if (RELATED_SET.has(block.key)) {
      // A bare heading: its box is the parent when the rest of the parent is links, else the heading and the link list after it.
      const parent = el.parentElement;
      const parentText = (parent?.textContent ?? '').trim().length;
      if (parent && parent !== root && parent.tagName !== 'BODY' && parentText < MAX_BOX_CHARS * 3 &&
          linkDensity(parent, Math.max(1, parentText - block.text.length)) >= BOX_LINK_DENSITY && parentText / pageChars <= MAX_PAGE_SHARE) {
        take(parent, 'related');
        continue;
      }
      const next = el.nextElementSibling;
      if (next && linkDensity(next) >= BOX_LINK_DENSITY && (next.textContent ?? '').length / pageChars <= MAX_PAGE_SHARE) take(next, 'related');
      take(el, 'related');
    } else if (linkTextLength(el) >= BOX_LINK_DENSITY * Math.max(1, block.text.length - prefix[0].length)) {
      // An inline "اقرأ أيضا: <a>another story</a>" line in the middle of the text: the rest of the line is a link.
      take(el, 'related');
    }
  }
  return removed;
}
