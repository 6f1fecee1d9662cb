/**
 * Boilerplate lines inside the article: share rows, photo credits, "updated on" date lines and lone call-to-action links.
 * Each rule looks at one short leaf block (a line on screen) and its words, in several languages; prose never matches
 * because every rule has a length cap far below a sentence-long paragraph.
 */
import type { RemovedBlock } from './article';
import { normalizeText } from './normalize-text';
import { byTag, closestNamed, collectTextBlocks, firstNamed, hasMedia, inPre, linkTextLength, squash } from './text-blocks';

/** Words of a share row: networks and the verbs around them. */
const SOCIAL_WORDS = new Set(
  [
    'share', 'shares', 'shared', 'sharing', 'tweet', 'facebook', 'twitter', 'x', 'email', 'e mail', 'mail', 'sms', 'whatsapp', 'telegram',
    'linkedin', 'pinterest', 'reddit', 'print', 'copy', 'link', 'copied', 'messenger', 'tumblr', 'flipboard', 'threads', 'bluesky', 'on',
    'this', 'article', 'story', 'post', 'via', 'pin', 'it', 'save', 'comments', 'comment', 'instagram', 'youtube', 'tiktok', 'follow', 'us',
    'فيسبوك', 'فيس بوك', 'تويتر', 'واتساب', 'واتس اب', 'تليجرام', 'تلغرام', 'لينكدان', 'مشاركة', 'شارك', 'طباعة', 'ارسال', 'بريد', 'انستجرام',
    'انستغرام', 'يوتيوب', 'تابعونا', 'على', 'نسخ', 'الرابط', 'واتساپ', 'تلگرام', 'اشتراک', 'گذاری', 'اشتراک گذاری', 'שתף', 'שתפו', 'פייסבוק',
    'טוויטר', 'וואטסאפ', 'טלגרם', 'הדפס', 'מייל', 'דוא ל', 'partager', 'compartir', 'teilen', 'paylaş', 'condividi', 'compartilhar',
  ].flatMap((w) => normalizeText(w).split(' ')),
);
// A share row has at least two network names or verbs and nothing else; longer than this it is a sentence about them.
const MAX_SOCIAL_WORDS = 16;

/** Credit lines under photos: "Photo: Reuters", "Image source: Getty Images", "Credit: LG / Reviewed", "الصورة: أرشيفية". */
const CREDIT_WORDS = new Set(
  ['photo', 'photos', 'photo credit', 'photo credits', 'photograph', 'image', 'images', 'image source', 'image credit', 'picture', 'credit', 'credits',
    'source image', 'foto', 'fotos', 'bild', 'crédit', 'crédito', 'crédit photo', 'الصورة', 'صورة', 'تصوير', 'مصدر الصورة', 'צילום', 'קרדיט', 'عکس', 'منبع تصویر']
    .map(normalizeText),
);
const CREDIT_RE = new RegExp(`^(?:${[...CREDIT_WORDS].join('|')})(?: |$)`);
const CREDIT_AGENCY_RE = /^(?:getty images|shutterstock|istock|reuters|afp|ap photo|associated press|epa|unsplash|adobe stock|pexels)(?: .{0,40})?$/;
const CREDIT_MARK_RE = /[:：©|/]|\b(?:by|via|courtesy)\b/i;
// Credits are a name or two; a longer line starting with "Image" is a sentence about an image.
const MAX_CREDIT_CHARS = 120;

/** Date lines: "Updated on June 18, 2025 at 12:35 PM", "Last updated on ...", "آخر تحديث: ...", "פורסם: ...". */
const DATE_LINE_RE = new RegExp(
  `^(?:${['updated', 'last updated', 'updated on', 'published', 'published on', 'posted', 'posted on', 'last reviewed', 'date last reviewed', 'reviewed',
    'mis à jour', 'publié', 'actualizado', 'publicado', 'aktualisiert', 'veröffentlicht', 'آخر تحديث', 'تاريخ النشر', 'نشر في', 'نشر بتاريخ', 'تم النشر',
    'محدث', 'עודכן', 'פורסם', 'עדכון אחרון', 'تاریخ انتشار', 'به‌روزرسانی', 'آخرین به روز رسانی']
    .map(normalizeText).join('|')})(?: |$)`,
);
// A date line is short: a date, a time, perhaps "by Name".
const MAX_DATE_CHARS = 90;

// A lone call-to-action ("Book a demo", "LEARN MORE", "Get a Quote (212) 555-0100") is a short line that is all link.
const MAX_CTA_CHARS = 40;
const CTA_LINK_SHARE = 0.9;
const LIST_OR_HEADING_TAGS = /^(?:LI|H[1-6]|TD|TH|DT|DD)$/;

/**
 * Whether a link-only line is an entry of a table of contents or an index rather than a call to action: a link to a
 * place in the same page ("#workers"), or a paragraph inside a list item (Sphinx and MkDocs write `<li><p><a>`).
 * Calls to action lead elsewhere ("/demo", "/pricing") and sit alone between paragraphs.
 */
function isIndexEntry(el: Element): boolean {
  const parent = el.parentElement;
  if (parent && LIST_OR_HEADING_TAGS.test(parent.tagName)) return true;
  const link = el.tagName === 'A' ? el : firstNamed(el, 'a');
  return (link?.getAttribute('href') ?? '').startsWith('#');
}

// A link that names an entry and is followed by the entry's description is its title, not a call to action: a library
// guide's list of sites ("Cervantes Institute" over "The official site for the Cervantes Institute...", WCXB 4548) and a
// guide's chapters ("Keyword Research" over its summary, Ahrefs 0703). The description is a sentence, at least this
// long, mostly not links; a call to action follows its pitch or stands alone between paragraphs.
const ENTRY_DESCRIPTION_CHARS = 40;
const DESCRIPTION_LINK_SHARE = 0.5;

/** Whether a link-only line and a sentence of description after it are all its box holds: an entry of a list. */
function isEntryTitle(el: Element): boolean {
  // Two children, title first: a call to action at the top of an article is followed by the article's paragraphs.
  if (el.previousElementSibling || el.parentElement?.childElementCount !== 2) return false;
  return describedBelow(el);
}

/**
 * Whether a link-only line names the picture above it: a roundup's photo linked to a project, with the project's name
 * linked to the same place on the line below ("Industrial Pipe Bookshelf", WCXB 4449). A call to action never repeats
 * the link of a picture.
 */
function isPictureCaption(el: Element): boolean {
  const before = el.previousElementSibling;
  if (!before || !hasMedia(before) || (before.textContent ?? '').trim()) return false;
  const href = (el.tagName === 'A' ? el : firstNamed(el, 'a'))?.getAttribute('href');
  return !!href && byTag(before, 'a').some((link) => link.getAttribute('href') === href);
}

/**
 * Whether the block after a link-only line describes what the line names: it uses one of the line's words ("Varsity
 * Tutors" over "Varsity Tutors is a highly-regarded platform…", WCXB 0322; "Dataminr acquires ThreatConnect" over
 * "…provider Dataminr has agreed to acquire…", 0078). Words of at least MIN_NAME_CHARS letters, so "for" or "the"
 * never match; a call to action ("Leave a comment", "Join the waitlist", Substack's buttons in 0472) is followed by
 * whatever comes next, which rarely repeats it.
 */
function namedBelow(el: Element, key: string): boolean {
  const below = ` ${normalizeText(el.nextElementSibling?.textContent ?? '')} `;
  return key.split(' ').some((word) => word.length >= MIN_NAME_CHARS && below.includes(` ${word} `));
}
const MIN_NAME_CHARS = 4;

/** Whether the block after a link-only line describes it: a sentence, at least ENTRY_DESCRIPTION_CHARS long, mostly not links. */
function describedBelow(el: Element): boolean {
  const next = el.nextElementSibling;
  const text = (next?.textContent ?? '').trim();
  return !!next && text.length >= ENTRY_DESCRIPTION_CHARS && linkTextLength(next) < DESCRIPTION_LINK_SHARE * text.length;
}

// A roundup names each of its entries in a link-only line over the entry's paragraph ("Dataminr acquires
// ThreatConnect" over the deal, SecurityWeek's monthly M&A list, WCXB 0078). A call to action comes once or twice in a
// story, and says the same thing each time ("Learn more." under each of 4123's myths); this many different link-only
// lines, each over its own description, are the entries' titles.
const MIN_ENTRY_TITLES = 3;
// A page's calls to action say the same few things, or one thing in a template: "Learn more" under every card, "Rate
// this book" on every row, "Read the full Kia EV6 review" and "Shop Harvest & Mill." under each entry (Top Gear 4052,
// Good On You 4106). A link-only line whose first word opens fewer than this many of them is written on its own; this
// many such lines are a list's entries: each book's author on Goodreads' best books (WCXB 2908), a planner's templates
// (Todoist, 2842).
const TEMPLATE_LINES = 3;
const MIN_LIST_ENTRIES = 10;

/** Whether the line under a heading says the heading again: a link to the brand the section is about (4113), no entry. */
function repeatsHeading(el: Element, key: string): boolean {
  const heading = el.previousElementSibling;
  return !!heading && /^H[1-6]$/.test(heading.tagName) && normalizeText(heading.textContent ?? '') === key;
}

/** The link-only lines that are a list's entries (none unless there are MIN_LIST_ENTRIES of them). */
function listEntries<T extends { el: Element; key: string }>(lines: T[]): Set<T> {
  const firstWord = (key: string) => {
    const space = key.indexOf(' ');
    return space < 0 ? key : key.slice(0, space);
  };
  const starts = new Map<string, number>();
  const firsts = lines.map((line) => firstWord(line.key));
  for (const first of firsts) starts.set(first, (starts.get(first) ?? 0) + 1);
  const entries = lines.filter((line, i) => starts.get(firsts[i]!)! < TEMPLATE_LINES && !repeatsHeading(line.el, line.key));
  return new Set(entries.length >= MIN_LIST_ENTRIES ? entries : []);
}

/** Labels over ad slots, whole lines on their own. */
const AD_LABELS = new Set(
  ['advertisement', 'advertisements', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'story continues below advertisement',
    'continue reading below', 'continue reading the main story', 'article continues below', 'advertisement continue reading below',
    'إعلان', 'اعلان', 'مساحة إعلانية', 'محتوى مدفوع', 'פרסומת', 'תוכן ממומן', 'تبلیغات', 'آگهی', 'اشتہار', 'anzeige', 'werbung', 'publicité',
    'publicidad', 'pubblicità', 'reklam'].map(normalizeText),
);

/**
 * The page's own controls, whole lines on their own: links back up the page or past its menu, the pager between
 * posts, a caption's toggle, an empty widget's message. On WCXB's 1,497 pages these lines are outside the ground truth
 * 49 times of 50 ("Back to top" 16 of 16, "Skip to content" 6 of 7); "Next", "Top" or "Comments" alone is sometimes content.
 */
const PAGE_CONTROLS = new Set(
  ['back to top', 'go to top', 'return to top', 'scroll to top', 'back to top of page', 'skip to content', 'skip to main content',
    'jump to content', 'previous next', 'next article', 'previous article', 'next post', 'previous post', 'show caption',
    'hide caption', 'toggle caption', 'no posts', 'no posts found',
    // An empty widget's message (4666, service 2834, 4896).
    'no items found', 'no results found',
    // Medium's note under every picture (WCXB 4433, 4460).
    'press enter or click to view image in full size',
    // A list's expander, whose items the saved page already holds (0057, 2890, 3067, 4062, 4485).
    'see all', 'view all', 'show all', 'see more', 'show more', 'load more', 'view more', 'عرض المزيد', 'عرض الكل', 'הצג עוד', 'הצג הכל',
    'نمایش بیشتر', 'مشاهده همه', 'العودة إلى الأعلى', 'العودة للأعلى', 'الانتقال إلى المحتوى',
    'חזרה למעלה', 'דלג לתוכן', 'بازگشت به بالا', 'رفتن به محتوا'].map(normalizeText),
);

// A line shorter than this is a label, a button or a note; the rules below never read a sentence-long paragraph.
const MAX_NOTE_CHARS = 120;

// A link within the page that skips something is there for keyboards and screen readers on the page, never for the
// article: "Skip to Footer", "Skip to search results", "Skip to bottom of list", Moodle's "Skip Course introduction
// and Topic navigation block" (WCXB 0707, 2953, 4036, 2157), in Arabic, Hebrew and Persian too. Normalised text.
const SKIP_LINK = /^(?:skip|تخطي|דלג|پرش)\s/;

// A reading time beside a date ("March 11, 2024 · 9 min read") is a dateline: the dateline pass reads the date from it
// for the reader's header, and the excerpt skips it.
const YEAR_RE = /\b(?:19|20)\d\d\b/;

/**
 * Reading-time lines ("5 min read", "Reading Time: 11 minutes", "3 MIN. READ"): the reader shows its own reading
 * time in its header. On WCXB's article pages each one Qari kept was outside the ground truth (0052, 0262, 4182,
 * 4366, 4584).
 */
const READING_TIME_RE = new RegExp(
  String.raw`(?:^| )\d+ (?:min|mins|minute|minutes) (?:read|reading)(?: |$)|^(?:estimated )?(?:reading|read) time \d|` +
    ['دقائق قراءة', 'دقيقة قراءة', 'دقائق للقراءة', 'وقت القراءة', 'זמן קריאה', 'דקות קריאה', 'دقیقه مطالعه', 'زمان مطالعه']
      .map(normalizeText).join('|'),
);

/**
 * A shop's price box left between the paragraphs of a review: "Check Price at Amazon $689 List", "See Deal", "Deal
 * Alert: on sale for 20% off at Amazon", "Best Prices Today:". Outside the ground truth on every page that had one
 * (WCXB 0212, 4014, 4072, 4677, 4835). Not "Buy on Amazon" (4431's ground truth keeps its buy links) nor "See price in
 * bag" (a shop's own price, collection 0656).
 */
const RETAIL_BOX_RE = /^(?:check prices?|see deals?|view deals?|deal alert|best prices? today)(?: |$)/;

/**
 * "Follow us on Telegram, Facebook, Instagram…", "Follow me on Instagram for new recipes!", "Follow AP on Facebook, X,
 * Instagram": an invitation to the site's accounts (0107, 0270, 0397, 4633), found by its opening words ("follow" and
 * one or two words) and a network's name after them ("Follow up on RSVPs" names none).
 */
const FOLLOW_RE = new RegExp(`^(?:follow(?: [^ ]+){1,2}|${['עקבו אחרינו', 'עקבו אחריי', 'ما را دنبال کنید', 'تابعونا', 'تابعوا'].map(normalizeText).join('|')})(?: |$)`);
const NETWORKS = new Set(['facebook', 'instagram', 'twitter', 'x', 'youtube', 'tiktok', 'telegram', 'linkedin', 'pinterest', 'threads', 'whatsapp', 'bluesky',
  'فيسبوك', 'انستغرام', 'انستجرام', 'تويتر', 'يوتيوب', 'تليجرام', 'تلغرام', 'פייסבוק', 'אינסטגרם', 'טוויטר', 'יוטיוב', 'טלגרם', 'اینستاگرام', 'تلگرام'].map(normalizeText));

// Hebrew and Arabic write "on Facebook" as one word ("בפייסבוק", "وفيسبوك"): a network's name may end a longer word.
const LONG_NETWORK_NAMES = [...NETWORKS].filter((n) => n.length > 3);
function namesNetwork(word: string): boolean {
  return NETWORKS.has(word) || (word.length > 4 && LONG_NETWORK_NAMES.some((n) => word.endsWith(n)));
}

/**
 * The site's copyright notice: a line that opens with "©" or "Copyright ©", or says "All rights reserved" (0031,
 * 4117, 4597). "Copyright license" or "Copyright Office weighs in…" (2381, 2722, whose subject is copyright) have
 * neither the sign nor the phrase.
 */
const COPYRIGHT_RE = /^(?:©|\(c\) ?\d|copyright ?(?:©|\(c\)))/i;
const RIGHTS_RESERVED = ['all rights reserved', 'جميع الحقوق محفوظة', 'כל הזכויות שמורות', 'تمامی حقوق محفوظ است', 'کلیه حقوق محفوظ است'].map(normalizeText);

/**
 * What a newsletter's sign-up box leaves behind: "Sign up for our newsletter…", "Subscribe to our best newsletters",
 * "Thank you for subscribing to our daily newsletter.", "Was this newsletter forwarded to you?" (0107, 0397,
 * 0468). The line opens with the call; a sentence about newsletters ("51% of people unsubscribe from newsletters",
 * 4442) does not.
 */
const NEWSLETTER_RE = new RegExp(
  String.raw`^(?:(?:sign up|signup|subscribe|join|register)(?: [^ ]+){0,8} (?:newsletters?|mailing list)(?: |$)|` +
    String.raw`(?:thanks|thank you) for (?:subscribing|signing up)|was this newsletter forwarded|` +
    ['اشترك في النشرة', 'اشترك في نشرتنا', 'הירשמו לניוזלטר', 'הרשמו לניוזלטר', 'عضویت در خبرنامه'].map(normalizeText).join('|') + ')',
);

/**
 * A subscription box's promise, anywhere in its line: "…exclusive app deals delivered straight to your inbox!",
 * "Subscribe to get the latest posts sent to your email.", "Get all the latest news, reviews and exclusives, direct to
 * your inbox." (0097, 4052, 4562, 4880). With a word of the offer beside it: "Invoices are sent to your email each
 * month" is a sentence of a how-to.
 */
const INBOX_PROMISE_RE = /(?:^| )(?:delivered|sent|direct)(?: (?:straight|directly|right))? to your (?:inbox|email)(?: |$)/;
const OFFER_WORD_RE = /(?:^| )(?:subscribe|subscribing|sign up|signup|newsletters?|latest|updates|news)(?: |$)/;

/**
 * What is left of a comment section once its comments went: its prompts, notes and counters ("Be the first to comment",
 * "Be the first to review this item", "Read our Comment Policy before posting.", "11 comments"; WCXB 0464, 0617,
 * 2976, 4828), as whole lines.
 */
const COMMENT_PROMPT_RE = new RegExp(
  String.raw`^(?:be the first to (?:comment|review)|by posting a comment|comments are closed|you must be logged in to (?:post a )?comment|(?:leave a (?:comment|reply)|post a comment|add a comment|\d+ ?(?:comments?|تعليقات|تعليق|תגובות|دیدگاه))$|` +
    ['أضف تعليق', 'اترك تعليقا', 'التعليقات مغلقة', 'הוסיפו תגובה', 'הוסף תגובה', 'כתבו תגובה', 'دیدگاه خود را بنویسید', 'ارسال دیدگاه'].map(normalizeText).join('|') +
    String.raw`)|(?:^| )comment policy(?: |$)`,
);

/**
 * An affiliate disclosure: "This post contains affiliate links. Click here to read my full disclosure.", "If you buy
 * something through our links, we may earn commission.", "As an Amazon Associate I earn from qualifying purchases.".
 * The law asks sites to print it beside their reviews and roundups; it tells the reader nothing about the subject, and
 * Readability keeps it (WCXB 0009, 0011, 0039, 0042, 0071, 0488, 0500, 4088, 4159, 4633, 4704, 4815, 4819). A line
 * that only mentions affiliate links (an article about affiliate marketing) must also say that the site or its author
 * earns from them, that it costs the reader nothing, or that it is a disclosure. Up to a short paragraph.
 */
const MAX_DISCLOSURE_CHARS = 400;
// Tested on the raw text first: most paragraphs are longer than the other line rules read, and are never normalised.
const DISCLOSURE_HINT = /commission|affiliate|qualifying purchases|amazon associate/i;
const AFFILIATE_LINKS = /(?:^| )affiliate (?:links?|ones|relationships?|partnerships?)(?: |$)/;
const WE_EARN = /(?:^| )(?:we|i|us)(?: [^ ]+){0,4} (?:earn|receive|get|make)(?: [^ ]+){0,6} (?:commissions?|compensation|kick ?back)(?: |$)|(?:^| )earns? (?:us|me)(?: [^ ]+){0,4} commissions?(?: |$)/;
const AMAZON_ASSOCIATE = /(?:^| )(?:as an amazon associate|earn from qualifying purchases)(?: |$)/;
const NO_COST = /(?:^| )(?:at|for) no (?:extra|additional) (?:cost|charge)|(?:^| )without (?:any )?(?:extra|additional) cost(?: |$)/;
const DISCLOSING = /(?:^| )(?:disclos[a-z]*|contains?|supports?)(?: |$)|(?:^| )links? (?:in|on) (?:this|our|my) (?:article|post|page|site|blog)(?: |$)/;

// "This post does NOT contain any affiliate links and exists to educate" opens a forum post (WCXB 0517).
const NO_AFFILIATE = /(?:^| )(?:not|no|never|without)(?: [^ ]+){0,3} affiliate /;
// A line that only says it holds affiliate links ("This post may contain affiliate links.") is a note, not a paragraph.
const MAX_BARE_DISCLOSURE_CHARS = 200;

function isDisclosure(key: string): boolean {
  if (AMAZON_ASSOCIATE.test(key)) return true;
  if (NO_AFFILIATE.test(key)) return false;
  if (AFFILIATE_LINKS.test(key)) return WE_EARN.test(key) || NO_COST.test(key) || (key.length <= MAX_BARE_DISCLOSURE_CHARS && DISCLOSING.test(key));
  return WE_EARN.test(key) && (NO_COST.test(key) || / links?(?: |$)/.test(key));
}

/**
 * The post's taxonomy: "Tags: Helena, smart thermostat", "Posted in Blockchain, Smart Contract", "Category: Personal
 * Finance 101", "Filed under …" (0297, 0330, 4091, 4239). The label is followed by a colon or by links; "Posted in
 * the lobby, the notice…" is neither. Not "Topics": "Topics include:" opens a course's list (service 0102).
 */
const TAXONOMY_RE = new RegExp(
  `^(?:${['tags', 'tag', 'tagged', 'tagged with', 'categories', 'category', 'filed under', 'posted in',
    'الوسوم', 'وسوم', 'الكلمات المفتاحية', 'التصنيف', 'תגיות', 'קטגוריה', 'برچسب ها', 'برچسب‌ها', 'دسته بندی']
    .map(normalizeText).join('|')})(?: |$)`,
);
const TAXONOMY_LABEL_RE = /^\p{L}[^:：]{0,19}[:：]/u;
const TAXONOMY_LINK_SHARE = 0.5;

/**
 * What a script shows until it runs, or instead of a player: "Loading prices for your region…", "Loading
 * specifications…" (WCXB 4674, twenty-two of them), "Your browser does not support the video tag." (service 4467).
 * A saved page never finishes loading, and the reader has no script to run.
 */
// It names what is loading: a bare "Loading..." is once the ground truth's own text (forum 0551, a thread's status line).
const LOADING_RE = new RegExp(`^(?:${['loading', 'please wait', 'جار التحميل', 'جاري التحميل', 'טוען', 'در حال بارگذاری'].map(normalizeText).join('|')})(?: [^ ]+){1,6}$`);
const ELLIPSIS_END = /(?:…|\.\.\.)\s*$/;
const NO_PLAYER_RE = /^your browser does not support (?:the )?(?:video|audio|html5|embedded|iframe)/;

/**
 * A link back to the page it came from or up the site: "Back to our top GPS Watches for Running Picks", "Return to the
 * Wine 101 page." (4068, 4457, 4693). All link, a few words; "Return to livelier cushioning…" is a sentence, not a link.
 */
const BACK_LINK_RE = new RegExp(`^(?:${['back to', 'return to', 'العودة إلى', 'العودة الى', 'חזרה ל', 'بازگشت به'].map(normalizeText).join('|')})(?: |$)`);
const MAX_BACK_LINK_CHARS = 60;

/** What kind of boilerplate line this is, if any. */
export function boilerplateLineKind(text: string, key: string, linkShare: number, tag: string): string | null {
  if (AD_LABELS.has(key)) return 'ad-label';
  if (PAGE_CONTROLS.has(key)) return 'page-control';
  const words = key ? key.split(' ') : [];
  if (words.length >= 2 && words.length <= MAX_SOCIAL_WORDS && words.every((w) => SOCIAL_WORDS.has(w)) && words.some((w) => w !== 'on' && w !== 'this' && w !== 'it' && w !== 'us')) {
    return 'share-row';
  }
  // "Photo: Reuters", "Image by Jane Doe", "Credit | AFP": the word is followed by a colon, a "by" or a separator,
  // which a sentence that starts with "Images from the probe..." is not.
  if (text.length <= MAX_CREDIT_CHARS && ((CREDIT_RE.test(key) && CREDIT_MARK_RE.test(text.slice(0, 30))) || CREDIT_AGENCY_RE.test(key))) return 'credit';
  if (text.length <= MAX_DATE_CHARS && DATE_LINE_RE.test(key) && /\d/.test(text)) return 'date-line';
  if (text.length <= MAX_BACK_LINK_CHARS && linkShare >= CTA_LINK_SHARE && BACK_LINK_RE.test(key)) return 'page-control';
  if (text.length <= MAX_NOTE_CHARS) {
    if (READING_TIME_RE.test(key) && !YEAR_RE.test(text)) return 'reading-time';
    if ((LOADING_RE.test(key) && ELLIPSIS_END.test(text)) || NO_PLAYER_RE.test(key)) return 'placeholder';
    if (RETAIL_BOX_RE.test(key)) return 'retail-box';
    if (FOLLOW_RE.test(key) && words.some(namesNetwork)) return 'follow-us';
    if (COPYRIGHT_RE.test(text) || RIGHTS_RESERVED.some((phrase) => key.includes(phrase))) return 'copyright';
    if (NEWSLETTER_RE.test(key) || (INBOX_PROMISE_RE.test(key) && OFFER_WORD_RE.test(key))) return 'newsletter';
    if (COMMENT_PROMPT_RE.test(key)) return 'comment-prompt';
    if (TAXONOMY_RE.test(key) && (TAXONOMY_LABEL_RE.test(text) || linkShare >= TAXONOMY_LINK_SHARE)) return 'taxonomy';
  }
  // Lone links in lists and headings are tables of contents and section titles: they stay.
  if (text.length <= MAX_CTA_CHARS && linkShare >= CTA_LINK_SHARE && !LIST_OR_HEADING_TAGS.test(tag)) return 'call-to-action';
  return null;
}

/**
 * Whether a link ends a table cell, on a line of its own: a button under the price. Inside a sentence ("Buy: check
 * price at Amazon UK, check price at Amazon US", Eurogamer's keyboard guide, WCXB 4823, whose ground truth keeps them)
 * the links are the sentence's words.
 */
function endsCell(link: Element): boolean {
  const cell = link.parentElement;
  if (!cell || (cell.tagName !== 'TD' && cell.tagName !== 'TH') || link.nextSibling) return false;
  const before = link.previousSibling;
  return !before || (before.nodeType === 1 && (before as Element).tagName === 'BR');
}

/** Whether no text stands beside the element: it is not a link inside a sentence ("read on, or skip to the recipe"). */
function standsAlone(el: Element): boolean {
  for (let node = el.parentNode?.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && node.nodeValue!.trim()) return false;
  return true;
}

/**
 * Links that are controls, wherever they sit: a skip link ("Skip to content", href="#content") that Readability kept
 * loose beside the article's blocks, which no line rule sees (WCXB 0054, 0163), and a shop's price button at the end
 * of a comparison table's cell ("$400 List<br><a>Check Price at Amazon</a>", 4072, 4677, 4835), whose line is the cell.
 */
function removeControlLinks(root: Element, removed: RemovedBlock[]): void {
  for (const link of byTag(root, 'a')) {
    // Cheap tests first: most links lead elsewhere from inside a sentence, and are never normalised.
    const inPage = (link.getAttribute('href') ?? '').startsWith('#');
    const inCell = endsCell(link);
    if (!inPage && !inCell) continue;
    const text = (link.textContent ?? '').trim();
    if (!text || text.length > MAX_NOTE_CHARS) continue;
    const key = normalizeText(text);
    const kind =
      inPage && (PAGE_CONTROLS.has(key) || (SKIP_LINK.test(key) && standsAlone(link))) ? 'page-control'
      : inCell && text.length <= MAX_CTA_CHARS && RETAIL_BOX_RE.test(key) ? 'retail-box'
      : null;
    if (!kind) continue;
    removed.push({ kind, text });
    link.remove();
  }
}

// A credit's label alone, once its name went: "Credit:" ("Credit: <p>Getty Images</p>", Southern Living, WCXB 4007).
const MAX_LABEL_CHARS = 30;
const FIGCAPTION = new Set(['figcaption']);

/** A caption left holding only the label of the credit just taken from it goes too. */
function removeCreditLabel(caption: Element, removed: RemovedBlock[]): void {
  const text = squash(caption.textContent);
  const key = normalizeText(text);
  if (!text || text.length > MAX_LABEL_CHARS || !CREDIT_WORDS.has(key) || hasMedia(caption)) return;
  removed.push({ kind: 'credit', text });
  caption.remove();
}

/** Remove boilerplate lines under root (the article Readability picked). */
export function removeBoilerplateLines(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  removeControlLinks(root, removed);
  // Calls to action wait for the end: until all are seen, a roundup's entry titles look like them.
  const actions: { el: Element; text: string; key: string; described: boolean }[] = [];
  for (const block of collectTextBlocks(root, false)) {
    const long = block.text.length > MAX_CREDIT_CHARS;
    const hinted = block.text.length <= MAX_DISCLOSURE_CHARS && DISCLOSURE_HINT.test(block.text);
    if ((long && !hinted) || !root.contains(block.element)) continue;
    block.key = normalizeText(block.text);
    const el = block.element;
    // Code is never boilerplate: "{ category: 'Fruits' }" reads as a label line (React's guide, WCXB 2872).
    if (hasMedia(el) || inPre(el)) continue;
    if (hinted && isDisclosure(block.key)) {
      removed.push({ kind: 'disclosure', text: block.text });
      el.remove();
      continue;
    }
    if (long) continue;
    const linkShare = linkTextLength(el) / Math.max(1, block.text.length);
    const kind = boilerplateLineKind(block.text, block.key, linkShare, el.tagName);
    if (kind === 'call-to-action') {
      if (isIndexEntry(el) || isEntryTitle(el) || isPictureCaption(el)) continue;
      actions.push({ el, text: block.text, key: block.key, described: describedBelow(el) && namedBelow(el, block.key) });
    } else if (kind) {
      removed.push({ kind, text: block.text });
      const caption = kind === 'credit' && el.parentElement ? closestNamed(el.parentElement, FIGCAPTION) : null;
      el.remove();
      if (caption) removeCreditLabel(caption, removed);
    }
  }
  const roundup = new Set(actions.filter((a) => a.described).map((a) => a.key)).size >= MIN_ENTRY_TITLES;
  const entries = listEntries(actions);
  for (const action of actions) {
    const { el, text, described } = action;
    if ((roundup && described) || entries.has(action)) continue;
    removed.push({ kind: 'call-to-action', text });
    el.remove();
  }
  return removed;
}
