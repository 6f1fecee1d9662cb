import { describe, expect, it } from 'vitest';
import { articleLocale, formatArticleDate, formatReadingTime } from './format-reading-time';

describe('formatReadingTime', () => {
  it('uses Arabic-Indic digits and all Arabic plural forms', () => {
    expect(formatReadingTime(1, 'ar')).toBe('دقيقة واحدة للقراءة');
    expect(formatReadingTime(2, 'ar')).toBe('دقيقتان للقراءة');
    expect(formatReadingTime(5, 'ar')).toBe('٥ دقائق للقراءة');
    expect(formatReadingTime(10, 'ar-EG')).toBe('١٠ دقائق للقراءة');
    expect(formatReadingTime(11, 'ar')).toBe('١١ دقيقة للقراءة');
    expect(formatReadingTime(100, 'ar')).toBe('١٠٠ دقيقة للقراءة');
  });

  it('keeps Latin digits for Maghreb Arabic and when the tag asks for them', () => {
    expect(formatReadingTime(5, 'ar-MA')).toBe('5 دقائق للقراءة');
    expect(formatReadingTime(5, 'ar-u-nu-latn')).toBe('5 دقائق للقراءة');
  });

  it('writes Persian, Hebrew and English in their own words and digits', () => {
    expect(formatReadingTime(4, 'fa')).toBe('۴ دقیقه مطالعه');
    expect(formatReadingTime(1, 'he')).toBe('דקת קריאה אחת');
    expect(formatReadingTime(6, 'he-IL')).toBe('6 דקות קריאה');
    expect(formatReadingTime(1, 'en')).toBe('1 min read');
    expect(formatReadingTime(7, 'en-GB')).toBe('7 min read');
  });

  it('writes an undetermined language ("und") as it writes none: in English', () => {
    expect(formatReadingTime(1, 'und')).toBe('1 min read');
    expect(formatReadingTime(3, '')).toBe('3 min read');
  });

  it('falls back to Intl unit names for other languages', () => {
    expect(formatReadingTime(4, 'de')).toBe('4 Minuten');
    expect(formatReadingTime(1, 'fr')).toBe('1 minute');
  });

  it('never says zero and survives bad input', () => {
    expect(formatReadingTime(0, 'en')).toBe('1 min read');
    expect(formatReadingTime(Number.NaN, 'en')).toBe('1 min read');
    expect(formatReadingTime(3, 'not a language!')).toBe('3 min read');
    expect(formatReadingTime(3, '')).toBe('3 min read');
  });
});

describe('articleLocale and formatArticleDate', () => {
  it('picks Arabic-Indic digits for Arabic dates', () => {
    expect(articleLocale('ar-EG')).toBe('ar-EG-u-nu-arab');
    expect(formatArticleDate('2022-05-12T10:00:00Z', 'ar')).toContain('٢٠٢٢');
    expect(formatArticleDate('2022-05-12T10:00:00Z', 'en')).toBe('May 12, 2022');
    expect(formatArticleDate('yesterday', 'en')).toBeNull();
  });

  it('shows a date without a time as the day written, in any time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC']) {
        process.env.TZ = tz;
        expect(formatArticleDate('2016-02-09', 'en'), tz).toBe('February 9, 2016');
      }
      process.env.TZ = 'America/Los_Angeles';
      expect(formatArticleDate('2016-02-09T23:30:00-08:00', 'en')).toBe('February 9, 2016');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
