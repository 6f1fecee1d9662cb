/**
 * Staff credits: a block made of role/name pairs ("رئيس التحرير أحمد صبري", "Editor-in-Chief Jane Doe") is a
 * masthead even when it appears once and sits inside the article container. Found by vocabulary and shape,
 * never by a site's selectors.
 */
import type { RemovedBlock } from './article';
import { normalizeText } from './normalize-text';
import { collectTextBlocks, squash, type TextBlock } from './text-blocks';

/** Masthead roles, in the languages Qari is made for and a few more. Only compound roles: a bare "editor" or "publisher" is an ordinary word in articles. */
const ROLES = [
  // Arabic
  'رئيس التحرير', 'نائب رئيس التحرير', 'مدير التحرير', 'مدير عام التحرير', 'سكرتير التحرير', 'الإشراف العام', 'المشرف العام',
  'رئيس التحرير التنفيذي', 'مدير التحرير التنفيذي', 'رئيسة التحرير', 'مديرة التحرير', 'صاحب الامتياز',
  // English
  'editor-in-chief', 'editor in chief', 'chief editor', 'managing editor', 'executive editor', 'deputy editor', 'editorial director',
  'editor at large',
  // Hebrew
  'עורך ראשי', 'עורכת ראשית', 'עורך אחראי', 'עורכת אחראית', 'עורך משנה', 'סגן העורך', 'סגנית העורך', 'סגן עורך', 'סגנית עורך',
  // Persian
  'سردبیر', 'مدیر مسئول', 'صاحب امتیاز', 'دبیر سرویس', 'جانشین سردبیر',
  // Urdu
  'مدیر اعلیٰ', 'چیف ایڈیٹر', 'ایڈیٹر انچیف', 'مینیجنگ ایڈیٹر',
  // French, Spanish, German, Turkish
  'rédacteur en chef', 'rédactrice en chef', 'directeur de la publication', 'directeur de la rédaction', 'redactor jefe', 'director editorial',
  'editor en jefe', 'chefredakteur', 'chefredakteurin', 'genel yayın yönetmeni',
].map(normalizeText);

/** Roles that are also news vocabulary ("رئيس مجلس الإدارة" of a company, a "general manager" in a caption): they count only beside a masthead role. */
const SHARED_ROLES = [
  'رئيس مجلس الإدارة', 'رئيس مجلس الادارة والعضو المنتدب', 'العضو المنتدب', 'المدير العام', 'المدير المسؤول', 'مدير عام',
  'publisher', 'news editor', 'senior editor', 'associate editor', 'copy editor', 'art director', 'creative director',
  'מנכ"ל', 'מו"ל', 'עורך', 'עורכת', 'مدیر', 'ایڈیٹر', 'directeur', 'herausgeber',
].map(normalizeText);

const alternation = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|');
const ROLE_RE = new RegExp(`(?:^| )(?:${alternation(ROLES)})(?= |$)`);
const ANY_ROLE_RE = new RegExp(`(?:^| )(?:${alternation([...ROLES, ...SHARED_ROLES])})(?= |$)`, 'g');

// A credit names people: after taking the roles out, at most this many words per role remain
// (four-part Arabic names such as "إلهام أبو الفتح" plus a title like "د.").
const MAX_NAME_WORDS_PER_ROLE = 5;
// One lone role with a name is a credit only when the whole block is this short ("رئيس التحرير: أحمد صبري");
// longer text around a role ("the managing editor said that...") is prose.
const MAX_SINGLE_CREDIT_WORDS = 8;
// A masthead block is small; climbing stops at containers with more text than this.
const MAX_CREDIT_CHARS = 600;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether normalised text reads as role/name pairs. */
export function isStaffCredit(key: string): boolean {
  if (!key || key.length > MAX_CREDIT_CHARS) return false;
  if (!ROLE_RE.test(key)) return false;
  let roles = 0;
  const rest = key.replace(ANY_ROLE_RE, () => {
    roles++;
    return ' ';
  });
  if (roles === 0) return false;
  const nameWords = rest.split(' ').filter(Boolean).length;
  if (roles === 1) return key.split(' ').length <= MAX_SINGLE_CREDIT_WORDS && nameWords <= MAX_NAME_WORDS_PER_ROLE;
  return nameWords <= MAX_NAME_WORDS_PER_ROLE * roles;
}

/** Remove staff-credit blocks under root: each leaf naming a role, grown to the largest ancestor that is still only credits. */
export function removeStaffCredits(root: Element, blocks: TextBlock[] = collectTextBlocks(root)): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const block of blocks) {
    if (!root.contains(block.element)) continue;
    if (!isStaffCredit(block.key)) continue;
    let target = block.element;
    for (let parent = target.parentElement; parent && parent !== root && parent.tagName !== 'BODY'; parent = parent.parentElement) {
      const text = parent.textContent ?? '';
      if (text.length > MAX_CREDIT_CHARS * 2 || !isStaffCredit(normalizeText(text))) break;
      target = parent;
    }
    removed.push({ kind: 'staff-credits', text: squash(target.textContent) });
    target.remove();
  }
  return removed;
}
