import { describe, expect, it } from 'vitest';
import { removeDateline } from './remove-dateline';
import { divWith } from './html-fixture';

const STORY = 'Two weeks ago our order service started returning errors during the lunchtime peak, and nothing had been deployed for days. '.repeat(3);

describe('removeDateline', () => {
  it("takes the page's date and reading time from the top when the header shows the same date", () => {
    const root = divWith(`<p><time datetime="2024-03-11">March 11, 2024</time> · 9 min read</p><p>${STORY}</p>`);
    const result = removeDateline(root, '2024-03-11T08:00:00+02:00', null);
    expect(result.removed).toEqual([{ kind: 'dateline', text: 'March 11, 2024 · 9 min read' }]);
    expect(result.publishedTime).toBe('2024-03-11T08:00:00+02:00');
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('reads the byline, weekdays, day-first dates and reading times in words as the header says them', () => {
    for (const line of [
      'By The Meetingnotes Team | 6 mins | February 28, 2026',
      'Tuesday, February 28, 2026',
      'Sat, 28 Feb 2026',
      '28 Feb 2026 — 3 MIN. READ',
      '8 minutes',
      '٥ دقائق للقراءة',
    ]) {
      const root = divWith(`<div>${line}</div><p>${STORY}</p>`);
      expect(removeDateline(root, '2026-02-28', 'The Meetingnotes Team').removed, line).toHaveLength(1);
      expect(root.textContent).not.toContain(line);
    }
  });

  it('reads a weekday cut short, with or without its full stop', () => {
    for (const line of ['Thur. February 26, 2026', 'Thurs, 26 Feb 2026', 'Thu February 26 2026']) {
      const root = divWith(`<div>${line}</div><p>${STORY}</p>`);
      expect(removeDateline(root, '2026-02-26', null).removed, line).toHaveLength(1);
    }
  });

  it('keeps a line that says more than the header or else: another date, an update, a place, another byline', () => {
    for (const [line, byline] of [
      ['March 12, 2024 · 9 min read', null],
      ['Updated: March 11, 2024', null],
      ['HAIFA · March 11, 2024', null],
      ['Jane Doe | March 11, 2024', null],
      ['By Jane Doe | March 11, 2024', 'John Smith'],
      ['Chapter 1', null],
    ] as const) {
      const root = divWith(`<p>${line}</p><p>${STORY}</p>`);
      expect(removeDateline(root, '2024-03-11', byline).removed, line).toEqual([]);
      expect(root.textContent).toContain(line);
    }
  });

  it('gives an article without a date or byline those of its dateline, and takes the line', () => {
    const withTime = divWith(`<p><time datetime="2024-03-11T09:30:00Z">March 11, 2024</time></p><p>${STORY}</p>`);
    expect(removeDateline(withTime, null, null)).toEqual({ removed: [{ kind: 'dateline', text: 'March 11, 2024' }], publishedTime: '2024-03-11T09:30:00Z', byline: null });
    const written = divWith(`<p>By Jane Doe · February 9, 2016</p><p>${STORY}</p>`);
    expect(removeDateline(written, null, null)).toEqual({ removed: [{ kind: 'dateline', text: 'By Jane Doe · February 9, 2016' }], publishedTime: '2016-02-09', byline: 'Jane Doe' });
  });

  it('takes no date for the article from a list of dated entries, or from below its opening line', () => {
    const events = divWith(`<p>Upcoming conferences.</p><p>March 16, 2026</p><h3>FABCON</h3><p>${STORY}</p><p>April 2, 2026</p><h3>RSA</h3>`);
    expect(removeDateline(events, null, null).removed).toEqual([]);
    const list = divWith(`<p>March 16, 2026</p><h3>FABCON</h3><p>April 2, 2026</p><h3>RSA</h3><p>${STORY}</p>`);
    expect(removeDateline(list, null, null).removed).toEqual([]);
    expect(list.textContent).toContain('March 16, 2026');
  });

  it('keeps a line of two dates when the article has none: a range, or a date and an update, is not one day to show', () => {
    const root = divWith(`<p>March 11, 2024 – March 15, 2024</p><p>${STORY}</p>`);
    expect(removeDateline(root, null, null)).toEqual({ removed: [], publishedTime: null, byline: null });
    expect(root.textContent).toContain('March 15, 2024');
  });

  it('looks only above the first paragraph of prose: a date line in the story stays', () => {
    const root = divWith(`<p>${STORY}</p><p>March 11, 2024 · 9 min read</p>`);
    expect(removeDateline(root, '2024-03-11', null).removed).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });
});
