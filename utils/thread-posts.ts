/**
 * The posts of a discussion: a forum thread or a question with its answers.
 *
 * Readability keeps one block, and drops boxes whose class says "comment" or "reply" before it scores: on a thread it
 * shows the opening post or the question and nothing after it (a Stack Exchange question without its answers, a
 * Discourse or XenForo topic without its replies). Such pages say what they are in schema.org terms: the page is a
 * QAPage or holds a DiscussionForumPosting (in microdata or JSON-LD), and each post is an item (Question, Answer,
 * DiscussionForumPosting, Comment, SocialMediaPosting) whose body is its `text` (or `articleBody`) property. Those
 * bodies are the thread; the ones Readability left out are added after its content, in page order, each under its
 * author's name and date.
 *
 * Not a thread: an article whose readers' comments are marked up as Comment items (a BlogPosting or a NewsArticle with
 * comments: the page is neither a QAPage nor a forum posting), and an FAQ marked up as Question and Answer items (an
 * FAQPage). Comments on a question or an answer (Stack Exchange's one-line remarks under each) are not posts either.
 */
import { normalizeText } from './normalize-text';

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

function isThreadPage(doc: Document): boolean {
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) if (THREAD_TYPES.has(itemType(el))) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (JSON_LD_THREAD.test(script.textContent ?? '')) return true;
  }
  return false;
}

/** The value of the first property `name` of `item` itself (not of an item inside it). */
function propText(item: Element, name: string): string | null {
  for (const el of Array.from(item.querySelectorAll(`[itemprop~="${name}"]`))) {
    if (itemAbove(el) !== item) continue;
    const value = (el.getAttribute('content') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (value) return value;
  }
  return null;
}

/** The post's author: the name of its author item, or the author property's own text. */
function authorOf(item: Element): string | null {
  for (const el of Array.from(item.querySelectorAll('[itemprop~="author"]'))) {
    if (itemAbove(el) !== item) continue;
    const value = el.hasAttribute('itemscope') ? propText(el, 'name') : (el.getAttribute('content') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (value) return value;
  }
  return null;
}

/** The post's date as the page shows it: the text of its own first <time>. */
function dateOf(item: Element): string | null {
  for (const el of Array.from(item.getElementsByTagName('time'))) {
    if (itemAbove(el) !== item) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}

/**
 * The posts of the thread on `doc` (the pipeline's cleaned clone), in page order; none when the page is not a thread.
 * Each body is copied, since Readability then changes the page.
 */
export function collectThreadPosts(doc: Document): ThreadPost[] {
  const body = doc.body;
  if (!body || !isThreadPage(doc)) return [];
  const posts: ThreadPost[] = [];
  const taken: Element[] = [];
  for (const el of Array.from(body.querySelectorAll('[itemprop]'))) {
    if (!hasProp(el, BODY_PROPS)) continue;
    const item = el.hasAttribute('itemscope') ? el : itemAbove(el);
    if (!item || !POST_TYPES.has(itemType(item))) continue;
    // A comment on a question or an answer is a remark under a post, not a post.
    if (itemType(item) === 'comment') {
      const parent = itemAbove(item);
      if (parent && QA_TYPES.has(itemType(parent))) continue;
    }
    if (taken.some((outer) => outer.contains(el))) continue;
    if (!(el.textContent ?? '').trim()) continue;
    taken.push(el);
    posts.push({ body: el.cloneNode(true) as Element, author: authorOf(item), date: dateOf(item) });
  }
  return posts.length >= MIN_POSTS ? posts : [];
}

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
 * Adds to `content` (Readability's article) the posts it does not hold already, in order: each in a section of its own
 * after a rule, under a line with its author and date. Returns how many were added.
 */
export function appendThreadPosts(content: Element, posts: ThreadPost[]): number {
  if (posts.length === 0) return 0;
  const doc = content.ownerDocument;
  const shown = normalizeText(content.textContent ?? '');
  const container = content.childElementCount === 1 ? content.firstElementChild! : content;
  let added = 0;
  for (const post of posts) {
    const text = normalizeText(post.body.textContent ?? '');
    if (!text || alreadyShown(text, shown)) continue;
    const section = doc.createElement('section');
    if (post.author || post.date) {
      const meta = doc.createElement('p');
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
    container.append(doc.createElement('hr'), section);
    added++;
  }
  return added;
}
