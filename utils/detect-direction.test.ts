import { describe, expect, it } from 'vitest';
import { countScripts, detectDirection, detectLanguage, directionOfText, isRtlLanguage, languageOfText } from './detect-direction';

function doc(htmlAttrs = '', bodyAttrs = '', head = ''): Document {
  return new DOMParser().parseFromString(`<html ${htmlAttrs}><head>${head}</head><body ${bodyAttrs}></body></html>`, 'text/html');
}

const AR = 'اجتمع وزراء التحالف الدولي لمحاربة داعش أمس في مدينة مراكش المغربية للتأكيد على مواصلة القتال';
const HE = 'עיריית חיפה אישרה אתמול תוכנית רב־שנתית בהיקף של 85 מיליון שקל לשתילת 12 אלף עצים';
const FA = 'نمایشگاه بین‌المللی کتاب تهران پس از ده روز، عصر شنبه به کار خود پایان داد و بازدیدکنندگان';
const UR = 'پاکستان کے وزیر اعظم نے کہا ہے کہ حکومت ملک میں مہنگائی کم کرنے کے لیے اقدامات کر رہی ہے';
const EN = 'The city council voted on Tuesday night to build a permanent flood barrier along the river';

describe('script of the text', () => {
  it('classifies Arabic, Hebrew, Persian, Urdu, Syriac, Thaana and N\'Ko as rtl', () => {
    expect(directionOfText(AR)).toBe('rtl');
    expect(directionOfText(HE)).toBe('rtl');
    expect(directionOfText('ܐܢܐ ܟܬܒܬ ܗܕܐ ܐܓܪܬܐ ܠܘܬ ܐܚܝ ܕܒܡܕܝܢܬܐ ܪܒܬܐ')).toBe('rtl');
    expect(directionOfText('ދިވެހިރާއްޖެއަކީ ކުދި ޖަޒީރާތަކެއްގެ ޤައުމެކެވެ')).toBe('rtl');
    expect(directionOfText('ߒ ߓߘߊ߫ ߛߓߍߘߋ߲ ߠߊߘߏ߲߬ ߞߊ߬ ߕߊ߬ ߡߍ߲ ߠߎ߬ ߦߋ߫')).toBe('rtl');
    expect(directionOfText(EN)).toBe('ltr');
    expect(directionOfText('Привет мир, это русский текст для проверки')).toBe('ltr');
  });

  it('says nothing about too little text', () => {
    expect(directionOfText('OK')).toBeNull();
    expect(directionOfText('123 456')).toBeNull();
  });

  it('stays rtl for Arabic text that quotes Latin names', () => {
    expect(directionOfText(`${AR} (Reuters, CNN) ${AR}`)).toBe('rtl');
  });

  it('tells Arabic, Persian, Urdu and Hebrew apart', () => {
    expect(languageOfText(AR)).toBe('ar');
    expect(languageOfText(FA)).toBe('fa');
    expect(languageOfText(UR)).toBe('ur');
    expect(languageOfText(HE)).toBe('he');
    expect(languageOfText(EN)).toBeNull();
    expect(countScripts(FA).persianLetters).toBeGreaterThan(0);
  });

  it('knows rtl language tags', () => {
    for (const t of ['ar', 'ar-EG', 'he', 'iw', 'fa-IR', 'ur', 'ps', 'yi', 'ckb', 'dv', 'syr', 'ku-Arab', 'pa-Arab']) expect(isRtlLanguage(t), t).toBe(true);
    for (const t of ['en', 'en-US', 'fr', 'az-Latn', 'tr', '', null]) expect(isRtlLanguage(t), String(t)).toBe(false);
  });
});

describe('detectLanguage', () => {
  it('prefers the article lang, then html/body, then Content-Language, then the text', () => {
    expect(detectLanguage({ document: doc('lang="en"'), articleLang: 'he', text: HE })).toBe('he');
    expect(detectLanguage({ document: doc('lang="ar"'), text: AR })).toBe('ar');
    expect(detectLanguage({ document: doc('', 'lang="he"'), text: HE })).toBe('he');
    expect(detectLanguage({ document: doc('', '', '<meta http-equiv="Content-Language" content="fa, en">'), text: FA })).toBe('fa');
    expect(detectLanguage({ document: doc(), text: AR })).toBe('ar');
    expect(detectLanguage({ document: doc(), text: EN })).toBe('und');
  });

  it('follows the text on a mislabelled page', () => {
    expect(detectLanguage({ document: doc('lang="en-US"'), text: FA })).toBe('fa');
    expect(detectLanguage({ document: doc('lang="en-US"'), text: AR })).toBe('ar');
    expect(detectLanguage({ document: doc('lang="ar"'), text: EN })).toBe('und');
  });
});

describe('detectDirection', () => {
  it('takes dir from the article and its ancestors first', () => {
    expect(detectDirection({ document: doc(), articleDir: 'rtl', text: EN })).toBe('rtl');
    expect(detectDirection({ document: doc('dir="rtl"'), text: 'Lorem ipsum dolor sit amet, consectetur adipisicing elit' })).toBe('rtl');
  });

  it('gives rtl to a lang="he" or lang="ar" page with no dir anywhere (Readability issue 258)', () => {
    expect(detectDirection({ document: doc('lang="he"'), text: HE, lang: 'he' })).toBe('rtl');
    expect(detectDirection({ document: doc('lang="ar"'), text: AR, lang: 'ar' })).toBe('rtl');
  });

  it('follows the text on a mislabelled page and over a template dir="ltr"', () => {
    expect(detectDirection({ document: doc('lang="en-US"'), text: FA, lang: 'fa' })).toBe('rtl');
    expect(detectDirection({ document: doc('dir="ltr"'), text: AR })).toBe('rtl');
  });

  it('uses the computed direction given by a browser when there is no dir attribute', () => {
    expect(detectDirection({ document: doc(), text: 'Hi', computedDir: 'rtl' })).toBe('rtl');
    expect(detectDirection({ document: doc(), text: EN, computedDir: 'rtl' })).toBe('ltr');
  });

  it('falls back to the language, then ltr', () => {
    expect(detectDirection({ document: doc(), text: '12', lang: 'ar' })).toBe('rtl');
    expect(detectDirection({ document: doc(), text: '12' })).toBe('ltr');
  });
});
