import { describe, expect, it } from 'vitest';
import { isStaffCredit, removeStaffCredits } from './remove-staff-credits';
import { normalizeText } from './normalize-text';

function body(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc.body;
}

describe('isStaffCredit', () => {
  const credit = (s: string) => isStaffCredit(normalizeText(s));
  it('recognises role/name pairs in several languages', () => {
    expect(credit('الإشراف العام إلهام أبو الفتح رئيس التحرير أحمــد صبـري')).toBe(true);
    expect(credit('رئيس التحرير: أحمد صبري')).toBe(true);
    expect(credit('Editor-in-Chief: Margaret Oyelaran · Managing Editor: Tom Reidy')).toBe(true);
    expect(credit('עורך ראשי: אבי שטרן | סגנית העורך: נועה ברק')).toBe(true);
    expect(credit('سردبیر: حمید رضایی')).toBe(true);
    expect(credit('مدیر مسئول: علی احمدی - سردبیر: حمید رضایی')).toBe(true);
  });

  it('does not take prose that mentions a role for a credit', () => {
    expect(credit('The managing editor of the paper said on Tuesday that the newsroom would move to a new building next spring.')).toBe(false);
    expect(credit('قال رئيس التحرير في تصريحات خاصة إن الصحيفة ستنتقل إلى مقر جديد في العاصمة الإدارية خلال العام المقبل')).toBe(false);
    expect(credit('Letter to the editor')).toBe(false);
    expect(credit('المدير العام لمنظمة الصحة العالمية تيدروس')).toBe(false);
  });
});

describe('removeStaffCredits', () => {
  it('removes a masthead inside the article container, once, as one block', () => {
    const root = body(`<article><div class="box"><span>الإشراف العام</span><span>إلهام أبو الفتح</span>
      <span>رئيس التحرير</span><span>أحمد صبري</span></div><h1>عنوان الخبر</h1><p>نص الخبر الطويل هنا عن الاجتماع الوزاري للتحالف.</p></article>`);
    const removed = removeStaffCredits(root);
    expect(root.querySelector('.box')).toBeNull();
    expect(root.textContent).toContain('نص الخبر');
    expect(removed).toHaveLength(1);
    expect(removed[0].kind).toBe('staff-credits');
  });

  it('stops growing at a container that holds more than credits', () => {
    const root = body(`<footer><p>Editor-in-Chief: Margaret Oyelaran</p><p>Managing Editor: Tom Reidy</p>
      <p>Riverbend Media Group publishes the Ellisport Courier and four other papers across the Tamsin Valley.</p></footer>`);
    removeStaffCredits(root);
    expect(root.textContent).not.toContain('Oyelaran');
    expect(root.textContent).not.toContain('Reidy');
    expect(root.textContent).toContain('Riverbend Media Group publishes');
  });
});
