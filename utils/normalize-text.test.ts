import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('removes tatweel so a stretched name matches the plain one', () => {
    expect(normalizeText('أحمــد صبـري')).toBe(normalizeText('أحمد صبري'));
  });

  it('finds the stretched name inside a role/name credit', () => {
    expect(normalizeText('رئيس التحرير: أحمد صبري').endsWith(normalizeText('أحمــد صبـري'))).toBe(true);
    expect(normalizeText('رئيس التحرير: أحمد صبري')).toBe('رئيس التحرير احمد صبري');
  });

  it('removes Arabic diacritics', () => {
    expect(normalizeText('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeText('القُرْآنُ')).toBe('القران');
  });

  it('unifies alef forms', () => {
    expect(normalizeText('أ إ آ ٱ ا')).toBe('ا ا ا ا ا');
    expect(normalizeText('الإشراف العام')).toBe(normalizeText('الاشراف العام'));
  });

  it('unifies yeh forms (alef maksura, Farsi yeh)', () => {
    expect(normalizeText('مصطفى')).toBe(normalizeText('مصطفي'));
    expect(normalizeText('سردبیر')).toBe(normalizeText('سردبير'));
  });

  it('applies NFKC (presentation forms become base letters)', () => {
    expect(normalizeText('\uFEDF\uFEE0\uFEEA')).toBe('لله');
    expect(normalizeText('ﬁne')).toBe('fine');
  });

  it('folds case and collapses spaces and punctuation', () => {
    expect(normalizeText('  Editor-in-Chief:   JOHN  Smith!! ')).toBe('editor in chief john smith');
    expect(normalizeText('«اقرأ أيضًا»')).toBe('اقرا ايضا');
  });

  it('drops icon-font glyphs (private-use code points) like punctuation', () => {
    expect(normalizeText('Verifying playbooks \uf0c1')).toBe('verifying playbooks');
  });

  it('removes Hebrew niqqud', () => {
    expect(normalizeText('שָׁלוֹם')).toBe('שלום');
  });
});
