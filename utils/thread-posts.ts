/**
 * The posts of a discussion: a forum thread or a question with its answers.
 *
 * Readability keeps one block, and drops boxes whose class says "comment" or "reply" before it scores: on a thread it
 * shows the opening post or the question and nothing after it (a Stack Exchange question without its answers, a
 * Discourse or XenForo topic without its replies). Such pages say what they are in schema.org terms: the page is a
 * QAPage or holds a DiscussionForumPosting (in microdata or JSON-LD), and each post is an item (Question, Answer,
 * DiscussionForumPosting, Comment, SocialMediaPosting) whose body is its `text` (or `articleBody`) property. Those
 * bodies are the thread, shown in page order, each under its author's name and date (see placeThreadPosts). A page
 * that marks no post body gives its posts in its JSON-LD (Invision Community; see jsonLdThread), or marks only each
 * post's author as a Person (some XenForo themes; see personBoxThread).
 *
 * Not a thread: an article whose readers' comments are marked up as Comment items (a BlogPosting or a NewsArticle with
 * comments: the page is neither a QAPage nor a forum posting), and an FAQ marked up as Question and Answer items (an
 * FAQPage). Comments on a question or an answer (Stack Exchange's one-line remarks under each) are not posts either.
 */
import { formatArticleDate } from './format-reading-time';
import { normalizeText } from './normalize-text';
import { byTag, closestNamed, collectTextBlocks, DOCUMENT_POSITION_FOLLOWING, elementsBelow, squash } from './text-blocks';

const THREAD_TYPES = new Set(['qapage', 'discussionforumposting']);
const POST_TYPES = new Set(['question', 'answer', 'discussionforumposting', 'comment', 'socialmediaposting']);
const QA_TYPES = new Set(['question', 'answer']);
const BODY_PROPS = ['text', 'articlebody'];
const JSON_LD_THREAD = /"@type"\s*:\s*\[?\s*"(?:https?:\/\/schema\.org\/)?(?:QAPage|DiscussionForumPosting)"/i;
// Fewer posts than this is no thread to add: the opening post alone is what Readability shows already.
const MIN_POSTS = 2;

export interface ThreadPost {
  /** A copy of the post's body, taken before Readability changes the page. */
  body: Element;
  author: string | null;
  date: string | null;
}

/** schema.org type of an item ("https://schema.org/Answer" → "answer"); the first when it names several. */
function itemType(el: Element): string {
  const type = (el.getAttribute('itemtype') ?? '').trim().split(/\s+/)[0] ?? '';
  return type.slice(type.lastIndexOf('/') + 1).toLowerCase();
}

/** The nearest element above `el` (not el itself) that is an item. */
function itemAbove(el: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.hasAttribute('itemscope')) return p;
  return null;
}

function hasProp(el: Element, names: string[]): boolean {
  const props = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
  return names.some((name) => props.includes(name));
}

/**
 * Whether the page says it is a discussion: a QAPage, or a DiscussionForumPosting, in microdata or JSON-LD. `items`,
 * when the caller has them from a walk of its own, are the elements below <body> that carry an itemtype; without them
 * the page is walked here.
 */
export function isThreadPage(doc: Document, items?: Element[]): boolean {
  // By tag name, not a selector: on jsdom a [type] selector costs as much as a walk of the page.
  for (const script of byTag(doc, 'script')) {
    if (/ld\+json/i.test(script.getAttribute('type') ?? '') && JSON_LD_THREAD.test(script.textContent ?? '')) return true;
  }
  const isThread = (el: Element | null) => !!el?.hasAttribute('itemtype') && THREAD_TYPES.has(itemType(el));
  if (isThread(doc.documentElement) || isThread(doc.body)) return true;
  if (items) return items.some(isThread);
  // A walk, not querySelectorAll('[itemtype]'): on jsdom the selector engine costs more. Written out, not text-blocks'
  // firstBelow: the always-on detector carries this, and firstBelow would bring its general walk (200 B) along.
  const stack: Element[] = doc.body ? [doc.body] : [];
  while (stack.length) {
    const el = stack.pop()!;
    if (isThread(el)) return true;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return false;
}

/** The value of the first property `name` of `item` itself (not of an item inside it). */
function propText(item: Element, name: string): string | null {
  for (const el of Array.from(item.querySelectorAll(`[itemprop~="${name}"]`))) {
    if (itemAbove(el) !== item) continue;
    const value = squash(el.getAttribute('content') ?? el.textContent);
    if (value) return value;
  }
  return null;
}

// An author line longer than this is a profile card (a name with reputation and badges), not a name.
const MAX_NAME_CHARS = 40;

/** The text of the first link in `box` that reads as a name (a profile link; an avatar's link has no text). */
function linkName(box: Element): string | null {
  const links = box.tagName === 'A' ? [box] : byTag(box, 'a');
  for (const a of links) {
    const name = squash(a.textContent);
    // One character is an avatar's initial (XenForo draws "F" for a member with no picture), not a name.
    if (name.length > 1 && name.length <= MAX_NAME_CHARS) return name;
  }
  return null;
}

/** The post's author: the name of its author item, else the author's first named link (its profile), else its short text. */
function authorOf(item: Element): string | null {
  for (const el of Array.from(item.querySelectorAll('[itemprop~="author"]'))) {
    if (itemAbove(el) !== item) continue;
    const named = el.hasAttribute('itemscope') ? propText(el, 'name') : el.getAttribute('content');
    const own = squash(el.textContent);
    const value = named || linkName(el) || (own.length <= MAX_NAME_CHARS ? own : '');
    if (value) return value;
  }
  return null;
}

/** The post's date as the page shows it: the text of its own first <time> (an unmarked post's first). */
function dateOf(item: Element, unmarked: boolean, lang: string): string | null {
  for (const el of byTag(item, 'time')) {
    if (!unmarked && itemAbove(el) !== item) continue;
    const text = squash(el.textContent);
    if (text) return text;
    // An empty <time> still says when in its datetime (Stack Exchange's answers), written in the page's language.
    const shown = readableDate(el.getAttribute('datetime'), lang);
    if (shown) return shown;
  }
  // No <time>: the date the post's item gives in a <meta> (NodeBB: <meta itemprop="datePublished" content="...">).
  return unmarked ? null : readableDate(propText(item, 'datePublished') ?? propText(item, 'dateCreated'), lang);
}

/** A machine date ("2010-10-16 22:13:31Z", "2024-11-27T15:50:23.066Z") as a reader reads it, in `lang`; else null. */
function readableDate(stamp: string | null | undefined, lang: string): string | null {
  const value = stamp?.trim().replace(' ', 'T');
  return value ? formatArticleDate(value, lang) : null;
}

/** A post found on the page: its item (the post's whole box) and the element holding its text. */
interface Found {
  item: Element;
  text: Element;
  /** Not marked up itself: a box like the marked posts' (see unmarkedPosts). */
  unmarked?: boolean;
}

/**
 * An element's tag and first class name less its digits ("ARTICLE.message"; permies' posts alternate
 * "contentBackground1" and "contentBackground2"); without a class, its tag and its id less the number in it
 * ("DIV#post" for vBulletin's `<div id="post37597539">`); null without either.
 */
function signature(el: Element): string | null {
  const first = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  if (first) return `${el.tagName}.${first.replace(DIGITS, '')}`;
  const id = el.id;
  return /\d/.test(id) ? `${el.tagName}#${id.replace(DIGITS, '')}` : null;
}
const DIGITS = /\d+/g;

/** The first element below `root` with the given signature. */
function firstWithSignature(root: Element, key: string): Element | null {
  const tag = key.slice(0, key.search(/[.#]/));
  for (const el of byTag(root, tag)) if (signature(el) === key) return el;
  return null;
}

/** The signature of `el` or of its nearest ancestor below `item` that has one: how the same part is found in a like box. */
function partSignature(el: Element, item: Element): string | null {
  for (let p: Element | null = el; p && p !== item; p = p.parentElement) {
    const key = signature(p);
    if (key) return key;
  }
  return null;
}

/**
 * Posts the page left unmarked: boxes beside the marked posts, with the same tag and class, that carry no item of
 * their own. XenForo marks every reply as a Comment item and describes the opening post only in JSON-LD, so without
 * this the thread's first post, its question, would be the one left out. The text is taken from the part of the box
 * that holds the text in a marked post (XenForo's "message-body").
 */
function unmarkedPosts(found: Found[]): Found[] {
  const first = found[0];
  const parent = first?.item.parentElement;
  const key = first && signature(first.item);
  const textKey = first && partSignature(first.text, first.item);
  if (!first || !parent || !key || !textKey) return [];
  const marked = new Set(found.map((f) => f.item));
  const out: Found[] = [];
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (marked.has(el) || el.hasAttribute('itemscope') || signature(el) !== key) continue;
    const text = firstWithSignature(el, textKey);
    if (text && (text.textContent ?? '').trim()) out.push({ item: el, text, unmarked: true });
  }
  return out;
}

/** The author of an unmarked post: the first named link in its user box (found as the marked posts' author box is). */
function unmarkedAuthor(post: Element, markedItem: Element): string | null {
  const authorEl = Array.from(markedItem.querySelectorAll('[itemprop~="author"]')).find((el) => itemAbove(el) === markedItem);
  const key = authorEl && partSignature(authorEl, markedItem);
  const box = key ? firstWithSignature(post, key) : null;
  return box ? linkName(box) : null;
}

/** The posts' items and bodies below `body`, marked and unmarked, in page order. */
function findPosts(body: Element): Found[] {
  const found: Found[] = [];
  for (const el of Array.from(body.querySelectorAll('[itemprop]'))) {
    if (!hasProp(el, BODY_PROPS)) continue;
    const item = el.hasAttribute('itemscope') ? el : itemAbove(el);
    if (!item || !POST_TYPES.has(itemType(item))) continue;
    // A comment on a question or an answer is a remark under a post, not a post.
    if (itemType(item) === 'comment') {
      const parent = itemAbove(item);
      if (parent && QA_TYPES.has(itemType(parent))) continue;
    }
    if (found.some((outer) => outer.text.contains(el))) continue;
    if (!(el.textContent ?? '').trim()) continue;
    found.push({ item, text: el });
  }
  if (found.length === 0) return [];
  return [...found, ...unmarkedPosts(found)].sort((a, b) => (a.item.compareDocumentPosition(b.item) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

function bylineOf(post: Found, firstMarked: Element, lang: string): { author: string | null; date: string | null } {
  return {
    author: post.unmarked ? unmarkedAuthor(post.item, firstMarked) : authorOf(post.item),
    date: dateOf(post.item, post.unmarked ?? false, lang),
  };
}

// How much of a post's text identifies it between the cleaned clone and the page.
const KEY_CHARS = 80;
const postKey = (text: Element) => normalizeText(text.textContent ?? '').slice(0, KEY_CHARS);

/**
 * The posts of the thread on `doc` (the pipeline's cleaned clone of a page isThreadPage calls a discussion), in page
 * order. Each body is copied, since Readability then changes the page. The clean-up takes a post's row of author, date
 * and number for a page's meta row (Discourse's "crawler-post-meta"); a post that lost its author or date so takes them
 * from the same post on `page`, the document as it came.
 */
export function collectThreadPosts(doc: Document, page?: Document): ThreadPost[] {
  const body = doc.body;
  if (!body) return [];
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  const found = findPosts(body);
  if (found.length < MIN_POSTS) {
    const fromJsonLd = jsonLdThread(doc, body, lang);
    return fromJsonLd.length ? fromJsonLd : personBoxThread(body, lang);
  }
  const firstMarked = found.find((f) => !f.unmarked)!.item;
  const bylines = found.map((post) => bylineOf(post, firstMarked, lang));
  if (page?.body && bylines.some((b) => !b.author || !b.date)) {
    const onPage = findPosts(page.body);
    const markedOnPage = onPage.find((f) => !f.unmarked)?.item;
    const byKey = new Map(markedOnPage ? onPage.map((post) => [postKey(post.text), bylineOf(post, markedOnPage, lang)] as const) : []);
    // By the start of the text; when the clean-up changed that start (a quote's header taken), by place, if the page
    // has as many posts as the clone.
    const samePosts = markedOnPage && onPage.length === found.length;
    found.forEach((post, i) => {
      const original = byKey.get(postKey(post.text)) ?? (samePosts ? bylineOf(onPage[i]!, markedOnPage, lang) : undefined);
      if (!original) return;
      bylines[i] = { author: bylines[i]!.author ?? original.author, date: bylines[i]!.date ?? original.date };
    });
  }
  return found.map((post, i) => ({ body: post.text.cloneNode(true) as Element, ...bylines[i]! }));
}

/** A post as a page's JSON-LD gives it: its text (plain, without markup), author and date. */
interface LdPost {
  text: string;
  author: string | null;
  date: string | null;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : []);
const LD_THREAD_TYPES = new Set(['discussionforumposting', 'question']);
const LD_REPLIES = ['comment', 'acceptedAnswer', 'suggestedAnswer'];

/** The posts of the threads in the page's JSON-LD: each DiscussionForumPosting or Question, then its replies. */
function jsonLdPosts(doc: Document): LdPost[] {
  const posts: LdPost[] = [];
  const post = (node: Record<string, unknown>): LdPost | null => {
    const text = node.text ?? node.articleBody;
    if (typeof text !== 'string' || !text.trim()) return null;
    const author = asList(node.author)[0] as Record<string, unknown> | string | undefined;
    const name = typeof author === 'string' ? author : author?.name;
    const date = node.dateCreated ?? node.datePublished;
    return { text, author: typeof name === 'string' ? squash(name) || null : null, date: typeof date === 'string' ? date : null };
  };
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) return node.forEach((child) => visit(child, depth + 1));
    const item = node as Record<string, unknown>;
    const types = asList(item['@type']).map((type) => String(type).slice(String(type).lastIndexOf('/') + 1).toLowerCase());
    if (types.some((type) => LD_THREAD_TYPES.has(type))) {
      for (const each of [item, ...LD_REPLIES.flatMap((key) => asList(item[key]))]) {
        const found = each && typeof each === 'object' ? post(each as Record<string, unknown>) : null;
        if (found) posts.push(found);
      }
      return;
    }
    for (const key of ['@graph', 'mainEntity']) visit(item[key], depth + 1);
  };
  for (const script of byTag(doc, 'script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  return posts;
}

// A post's box is found by its first block of text: where the post's first characters (normalised) start, in one
// block or in a few in a row. A post shorter than the minimum is not looked for.
const ANCHOR_CHARS = 40;
const MIN_ANCHOR_CHARS = 12;
// From there the box climbs to the first element that holds the post's text (this share of the JSON-LD's length: the
// page's text runs its blocks together without spaces), never to one that holds another post or much more text than
// the JSON-LD's (this share and these characters more: an edit note, not the author pane or the reactions).
const BOX_HOLDS = 0.95;
const BOX_SLACK_SHARE = 1.02;
const BOX_SLACK_CHARS = 12;
// ...unless the box holds less than this share of the post: its first paragraph, under a post whose box holds what the
// JSON-LD leaves out (an "Edited June 19 by ColdJ" note, a quote, a signature: Invision, WCXB 0544, where 12 of 25
// posts were cut to their first lines). A post with its note is better than a post cut short.
const BOX_PARTIAL = 0.5;

/**
 * A thread whose posts only the JSON-LD describes (Invision Community: a DiscussionForumPosting whose `comment`s each
 * carry their `text`, and no microdata on the page's post boxes). Each post's box is found on the page by where its
 * text starts, so the reader shows it with its paragraphs, links and pictures; the author and date come from the
 * JSON-LD. Posts not found on the page are left out.
 */
function jsonLdThread(doc: Document, body: Element, lang: string): ThreadPost[] {
  const posts = jsonLdPosts(doc);
  if (posts.length < MIN_POSTS) return [];
  const blocks = collectTextBlocks(body);
  const anchors: { post: LdPost; block: Element }[] = [];
  // The JSON-LD's text leaves out what a post quotes: a post's start is looked for outside quotes, where a later reply
  // quoting it would be found first when the post opens with a quote of its own (Invision, WCXB 0550).
  const quoted = blocks.map((b) => closestNamed(b.element, BLOCKQUOTE) !== null);
  let from = 0;
  for (const post of posts) {
    const start = normalizeText(post.text).slice(0, ANCHOR_CHARS);
    if (start.length < MIN_ANCHOR_CHARS) continue;
    for (let i = from; i < blocks.length; i++) {
      if (quoted[i] || !blocks[i]!.key || !start.startsWith(blocks[i]!.key.slice(0, start.length))) continue;
      // The post's start may run over a few short blocks ("Hi Daresh" / "Yes you are right, ...").
      const keys: string[] = [];
      for (let j = i, chars = 0; j < blocks.length && chars < start.length; j++) {
        const key = blocks[j]!.key;
        if (!key || quoted[j]) continue;
        keys.push(key);
        chars += key.length + 1;
      }
      if (!keys.join(' ').startsWith(start)) continue;
      anchors.push({ post, block: blocks[i]!.element });
      from = i + 1;
      break;
    }
  }
  if (anchors.length < MIN_POSTS) return [];
  return anchors.map(({ post, block }) => {
    const length = squash(post.text).length;
    const limit = length * BOX_SLACK_SHARE + BOX_SLACK_CHARS;
    // Another post's block first: the thread's container would otherwise have its whole text read for each post.
    const holdsOther = (el: Element) => anchors.some((other) => other.block !== block && el.contains(other.block));
    let box = block;
    let held = squash(box.textContent).length;
    for (let parent = box.parentElement; parent && parent !== body && held < length * BOX_HOLDS; parent = parent.parentElement) {
      if (holdsOther(parent)) break;
      const chars = squash(parent.textContent).length;
      if (chars > limit && held >= length * BOX_PARTIAL) break;
      box = parent;
      held = chars;
    }
    // The post's quotes of earlier posts: the JSON-LD leaves them out, and the page shows them in the post beside its
    // text (Invision's blockquotes, WCXB 0550, where a reply read as an answer to nothing).
    for (let parent = box.parentElement; parent && parent !== body && !holdsOther(parent); parent = parent.parentElement) {
      const chars = squash(parent.textContent).length;
      if (chars - held > quotedBeside(parent, box)) break;
      box = parent;
      held = chars;
    }
    return { body: box.cloneNode(true) as Element, author: post.author, date: readableDate(post.date, lang) };
  });
}

const BLOCKQUOTE = new Set(['blockquote']);

/** Characters in the outermost blockquotes under `parent` outside `box`. */
function quotedBeside(parent: Element, box: Element): number {
  let chars = 0;
  for (const quote of byTag(parent, 'blockquote')) {
    if (box.contains(quote)) continue;
    let outer = true;
    for (let p = quote.parentElement; p && p !== parent; p = p.parentElement) if (p.tagName === 'BLOCKQUOTE') outer = false;
    if (outer) chars += squash(quote.textContent).length + 1;
  }
  return chars;
}

const isPerson = (el: Element) => el.hasAttribute('itemscope') && itemType(el) === 'person';

/**
 * A thread whose page marks no post, only each post's author as a Person item (XenForo themes that drop the Comment
 * markup; resetera WCXB 0514).
 */
function personBoxThread(body: Element, lang: string): ThreadPost[] {
  const boxes = findPostBoxes(body, elementsBelow(body).filter(isPerson), (person) => propText(person, 'name') ?? linkName(person), lang);
  return boxes ? postsOfBoxes(body, boxes) : [];
}

// A link to a member's profile, as forum software writes it: phpBB's "memberlist.php?mode=viewprofile&u=2", vBulletin's
// "member.php?u=5" and "/members/lowjhg.html", XenForo's "/members/name.12/", SMF's "action=profile;u=8", Discourse's
// and permies' "/u/name", Vanilla's "/profile/Linc", Drupal's "/user/25". Not the account's own pages ("/user/login").
const PROFILE_HREF = /(?:^|[/?&;.])(?:members?|users?|u|profiles?|memberlist\.php\?mode=viewprofile|member\.php|action=profile)(?:[/=.;?&]|$)/i;
const ACCOUNT_HREF = /(?:login|logout|log_in|sign_?in|sign_?up|register|password|delete_cookies)/i;

/**
 * The post boxes of a thread whose page marks nothing (phpBB, vBulletin, SMF, a forum's own theme; Bogleheads 0538,
 * FlyerTalk 0527): each post's box links to its author's profile. Found before the clean-up, which takes a name
 * repeated down the page (the thread's starter signs every other post) for boilerplate; their posts are taken after it
 * (postsOfBoxes). Readability keeps the opening post alone; placeThreadPosts puts the others in only where what
 * Readability kept is made of these posts (see `unmarked` there), so the comments under a story, which link their
 * authors too, never join it.
 */
export function profilePostBoxes(body: Element, lang: string): PostBoxes | null {
  const links: Element[] = [];
  for (const a of byTag(body, 'a')) {
    const href = a.getAttribute('href');
    if (href && PROFILE_HREF.test(href) && !ACCOUNT_HREF.test(href)) links.push(a);
  }
  return links.length >= MIN_POSTS ? findPostBoxes(body, links, linkName, lang) : null;
}

/**
 * Whether a page's address reads like a discussion's, as forum software writes it: "/threads/", "/forum/viewtopic.php",
 * "showthread.php", "/t/123270/", "index.php?topic=589061.0", "/discussion/39620/", "/community/". profilePostBoxes
 * reads every link of a page; an article's address spares it that.
 */
export function mayBeThreadUrl(url: string): boolean {
  return THREAD_URL.test(url.replace(/^[a-z]+:\/\/[^/]+/i, ''));
}
const THREAD_URL = /(?:^|[/?&=._-])(?:forums?|threads?|topics?|viewtopic|showthread|showtopic|t|discussions?|community|communities|boards?|questions?|posts?)(?:[/?&=._-]|$)/i;

/** The boxes of a thread's posts, each with what names its author and its date, read while the author's mark is there. */
export interface PostBoxes {
  boxes: Element[];
  /** Per box: its author's first mark, and the elements that hold one of the author's marks (its author pane): not the post's text. */
  marks: (Element | null)[];
  panes: Set<Element>[];
  authors: (string | null)[];
  dates: (string | null)[];
}

const MIN_AUTHORS = 2;
// A group of boxes holding less than this share of what the heaviest holds is a list beside the thread.
const FAIR_SHARE = 0.5;

/**
 * The boxes of a thread whose posts each hold an author mark (a Person item, a profile link): like boxes side by side
 * (same parent and signature), each holding a mark; of several such groups, the one with the most boxes among those
 * holding at least FAIR_SHARE of the text the heaviest holds (not a sidebar's list of members, nor the two cells of a
 * vBulletin post that quotes someone, since a quote links a profile too).
 */
function findPostBoxes(body: Element, marks: Element[], nameOf: (mark: Element) => string | null, lang: string): PostBoxes | null {
  const holders = new Set<Element>();
  const groups = new Map<Element, Map<string, Element[]>>();
  for (const mark of marks) {
    // Every element that holds a mark, met once (a walk down from each box would be quadratic).
    for (let p = mark.parentElement; p && p !== body && !holders.has(p); p = p.parentElement) {
      holders.add(p);
      const key = signature(p);
      const parent = p.parentElement;
      if (!key || !parent || parent === body) continue;
      let alike = groups.get(parent);
      if (!alike) groups.set(parent, (alike = new Map()));
      const group = alike.get(key);
      if (group) group.push(p);
      else alike.set(key, [p]);
    }
  }
  // The posts are the most boxes among the groups that hold a fair share of the text: the wrappers of the thread and
  // of the forum's "similar threads" hold more text in two boxes, a sidebar's list of members little in many.
  const weighed: { group: Element[]; chars: number }[] = [];
  for (const alike of groups.values()) {
    for (const group of alike.values()) {
      if (group.length >= MIN_POSTS) weighed.push({ group, chars: group.reduce((sum, box) => sum + squash(box.textContent).length, 0) });
    }
  }
  const heaviest = Math.max(0, ...weighed.map((w) => w.chars));
  const boxes = weighed
    .filter((w) => w.chars >= FAIR_SHARE * heaviest)
    .sort((a, b) => b.group.length - a.group.length || b.chars - a.chars)[0]?.group ?? [];
  if (boxes.length < MIN_POSTS) return null;
  // Each box's marks, in page order, found by walking up from each mark to its box.
  const ownMarks = new Map<Element, Element[]>(boxes.map((box) => [box, []]));
  for (const mark of marks) {
    for (let p = mark.parentElement; p && p !== body; p = p.parentElement) {
      const own = ownMarks.get(p);
      if (own) {
        own.push(mark);
        break;
      }
    }
  }
  const found: PostBoxes = { boxes, marks: [], panes: [], authors: [], dates: [] };
  for (const box of boxes) {
    // The box's first mark is its author's (a mark further down is a quote's); the first that names someone gives the
    // name (a post's avatar links to the same profile, without one; the name comes before any quote).
    const own = ownMarks.get(box)!;
    // The author's pane: what holds a mark of the author's (the avatar, the name, XenForo's attribution line "Name, May
    // 11, 2024" above the message), not a quoted member's.
    const pane = new Set<Element>();
    const href = own[0]?.getAttribute('href');
    for (const mark of own) {
      if (mark !== own[0] && (!href || mark.getAttribute('href') !== href)) continue;
      for (let p = mark.parentElement; p && p !== box && !pane.has(p); p = p.parentElement) pane.add(p);
    }
    found.marks.push(own[0] ?? null);
    found.panes.push(pane);
    let author: string | null = null;
    for (const mark of own) author ??= nameOf(mark);
    found.authors.push(author);
    found.dates.push(dateOf(box, true, lang));
  }
  // A thread is a conversation: boxes all by one name are a page's embeds of one account (360West's Facebook posts,
  // WCXB 0173), not replies.
  return new Set(found.authors.filter(Boolean)).size >= MIN_AUTHORS ? found : null;
}

/**
 * The posts in `found`'s boxes still on the page: a post's text is the part of its box, alike in every box (same tag
 * and first class), that holds the most text in all outside the author's pane and a date, or the innermost part
 * holding nearly as much (XenForo's message body, not its author pane, attribution line or reactions). A part that
 * holds another mark may be the text: a reply that quotes someone links the quoted's profile.
 */
export function postsOfBoxes(body: Element, found: PostBoxes): ThreadPost[] {
  const kept = found.boxes.map((box, i) => ({ box, i })).filter(({ box }) => body.contains(box));
  const totals = new Map<string, number>();
  // Each box's first part of each signature outside the author's pane: the author's cell shares its class with the
  // message's in vBulletin's table ("tcell alt2" beside "tcell").
  const parts = kept.map(({ box, i }) => {
    const dated = new Set<Element>();
    for (const time of byTag(box, 'time')) for (let p = time.parentElement; p && p !== box; p = p.parentElement) dated.add(p);
    const first = new Map<string, Element>();
    for (const el of elementsBelow(box)) {
      const key = signature(el);
      if (!key || first.has(key) || found.panes[i]!.has(el) || dated.has(el) || found.marks[i]?.contains(el)) continue;
      first.set(key, el);
      totals.set(key, (totals.get(key) ?? 0) + squash(el.textContent).length);
    }
    return first;
  });
  const most = Math.max(0, ...totals.values());
  // Of the parts holding nearly as much, the least; of equals, the one met last (the inner one: a message inside its cell).
  const key = [...totals.entries()]
    .map(([name, total], order) => ({ name, total, order }))
    .filter((part) => part.total >= NEARLY_ALL * most)
    .sort((a, b) => a.total - b.total || b.order - a.order)[0]?.name;
  if (!key || !most) return [];
  const posts: ThreadPost[] = [];
  kept.forEach(({ i }, k) => {
    const text = parts[k]!.get(key);
    if (text && squash(text.textContent)) posts.push({ body: text.cloneNode(true) as Element, author: found.authors[i]!, date: found.dates[i]! });
  });
  return posts.length >= MIN_POSTS ? posts : [];
}

// The innermost part kept when it holds at least this share of the text of the part that holds the most.
const NEARLY_ALL = 0.9;

// A post counts as shown when at least this share of its word runs is in the content already: Readability's copy of
// the opening post has lost a line or two to its own clean-up, and must not come twice.
const SHOWN_SHARE = 0.5;
const RUN_WORDS = 8;

/** Whether most of `text`'s runs of RUN_WORDS words occur in `shown` (both normalised). */
function alreadyShown(text: string, shown: string): boolean {
  const words = text.split(' ');
  if (words.length <= RUN_WORDS) return shown.includes(text);
  let runs = 0;
  let found = 0;
  for (let i = 0; i < words.length; i += RUN_WORDS) {
    runs++;
    if (shown.includes(words.slice(i, i + RUN_WORDS).join(' '))) found++;
  }
  return found >= SHOWN_SHARE * runs;
}

/**
 * Puts the thread's posts in `content` (Readability's article), in page order, each in a section of its own under a
 * line with its author and date, a rule between posts. When what Readability kept is the thread itself, or a post of
 * it, the posts replace it: Readability's container also holds the vote counts, the "N answers" heading and the
 * answer form around the posts, and it may have picked the longest answer rather than the question. Otherwise (a post
 * the page leaves unmarked and Readability picked) the posts it does not hold are added around it: those before the
 * first post it holds go before it, the others after. Posts found on a page that marks no thread (`unmarked`, see
 * profilePostBoxes) are put in only in the first case: boxes that link their authors are also the comments under a
 * story, which must not join it. Returns how many posts were put in.
 */
export function placeThreadPosts(content: Element, posts: ThreadPost[], unmarked = false): number {
  if (posts.length === 0) return 0;
  const doc = content.ownerDocument;
  const container = content.childElementCount === 1 ? content.firstElementChild! : content;
  const texts = posts.map((post) => normalizeText(post.body.textContent ?? ''));
  const shown = normalizeText(content.textContent ?? '');
  if (alreadyShown(shown, texts.join(' '))) {
    container.replaceChildren();
    posts.forEach((post, i) => {
      if (i > 0) container.append(doc.createElement('hr'));
      container.append(postSection(doc, post));
    });
    return posts.length;
  }
  if (unmarked) return 0;
  const states = texts.map((text) => (!text ? 'empty' : alreadyShown(text, shown) ? 'shown' : 'missing'));
  const firstShown = states.indexOf('shown');
  const before = doc.createDocumentFragment();
  let added = 0;
  posts.forEach((post, i) => {
    if (states[i] !== 'missing') return;
    const section = postSection(doc, post);
    if (firstShown !== -1 && i < firstShown) before.append(section, doc.createElement('hr'));
    else container.append(doc.createElement('hr'), section);
    added++;
  });
  container.prepend(before);
  return added;
}

/** Whether el is the author line postSection puts at the head of a post (an <address> opening a <section>). */
export function isPostAuthorLine(el: Element): boolean {
  return el.tagName === 'ADDRESS' && el.parentElement?.tagName === 'SECTION' && el.parentElement.firstElementChild === el;
}

function postSection(doc: Document, post: ThreadPost): Element {
  const section = doc.createElement('section');
  if (post.author || post.date) {
    // An <address>: HTML's element for the author of the nearest article or section, which the reader styles as a
    // post's heading line rather than as a paragraph of it.
    const meta = doc.createElement('address');
    if (post.author) {
      const name = doc.createElement('strong');
      name.textContent = post.author;
      meta.append(name);
    }
    if (post.date) meta.append(`${post.author ? ' · ' : ''}${post.date}`);
    section.append(meta);
  }
  const body = doc.importNode(post.body, true);
  body.removeAttribute('itemprop');
  section.append(body);
  return section;
}
