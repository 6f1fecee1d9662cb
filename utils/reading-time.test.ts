import { describe, expect, it } from 'vitest';
import { charsPerMinute, readingMinutes } from './reading-time';

describe('readingMinutes', () => {
  it('uses the reading speed of the language', () => {
    expect(charsPerMinute('ar')).toBe(612);
    expect(charsPerMinute('he-IL')).toBe(833);
    expect(charsPerMinute('en-US')).toBe(987);
    expect(charsPerMinute('fa')).toBe(612);
    expect(charsPerMinute('und')).toBe(987);
  });

  it('counts characters, whitespace runs as one', () => {
    expect(readingMinutes('ا'.repeat(6120), 'ar')).toBe(10);
    expect(readingMinutes('a'.repeat(9870), 'en')).toBe(10);
    expect(readingMinutes('a   b', 'en')).toBe(1);
    expect(readingMinutes('   ', 'en')).toBe(0);
  });

  it('gives the same text more minutes in Arabic than in English', () => {
    const text = 'x'.repeat(5000);
    expect(readingMinutes(text, 'ar')).toBeGreaterThan(readingMinutes(text, 'en'));
  });
});
