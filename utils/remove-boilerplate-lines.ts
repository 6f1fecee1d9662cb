/**
 * Boilerplate lines inside the article: share rows, photo credits, "updated on" date lines and lone call-to-action links.
 * Each rule looks at one short leaf block (a line on screen) and its words, in several languages; prose never matches
 * because every rule has a length cap far below a sentence-long paragraph.
 */
import type { RemovedBlock } from './article';
import { normalizeText } from './normalize-text';
import { collectTextBlocks, hasMedia, linkTextLength } from './text-blocks';

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
const CREDIT_RE = new RegExp(
  `^(?:${['photo', 'photos', 'photo credit', 'photo credits', 'photograph', 'image', 'images', 'image source', 'image credit', 'picture', 'credit', 'credits',
    'source image', 'foto', 'fotos', 'bild', 'crédit', 'crédito', 'crédit photo', 'الصورة', 'صورة', 'تصوير', 'مصدر الصورة', 'צילום', 'קרדיט', 'عکس', 'منبع تصویر']
    .map(normalizeText).join('|')})(?: |$)`,
);
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
  const link = el.tagName === 'A' ? el : el.querySelector('a');
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
  const next = el.nextElementSibling;
  const text = (next?.textContent ?? '').trim();
  return !!next && text.length >= ENTRY_DESCRIPTION_CHARS && linkTextLength(next) < DESCRIPTION_LINK_SHARE * text.length;
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
    'hide caption', 'toggle caption', 'no posts', 'no posts found', 'العودة إلى الأعلى', 'العودة للأعلى', 'الانتقال إلى المحتوى',
    'חזרה למעלה', 'דלג לתוכן', 'بازگشت به بالا', 'رفتن به محتوا'].map(normalizeText),
);

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
  // Lone links in lists and headings are tables of contents and section titles: they stay.
  if (text.length <= MAX_CTA_CHARS && linkShare >= CTA_LINK_SHARE && !LIST_OR_HEADING_TAGS.test(tag)) return 'call-to-action';
  return null;
}

/** Remove boilerplate lines under root (the article Readability picked). */
export function removeBoilerplateLines(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const block of collectTextBlocks(root, false)) {
    if (block.text.length > MAX_CREDIT_CHARS || !root.contains(block.element)) continue;
    block.key = normalizeText(block.text);
    const el = block.element;
    if (hasMedia(el)) continue;
    const linkShare = linkTextLength(el) / Math.max(1, block.text.length);
    const kind = boilerplateLineKind(block.text, block.key, linkShare, el.tagName);
    if (kind === 'call-to-action' && (isIndexEntry(el) || isEntryTitle(el))) continue;
    if (kind) {
      removed.push({ kind, text: block.text });
      el.remove();
    }
  }
  return removed;
}
