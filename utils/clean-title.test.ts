import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanTitle, pageHeadings } from './clean-title';

describe('cleanTitle', () => {
  it('takes the page’s own headline when it is the title without the site’s parts', () => {
    const title = 'Top 7 Innovative Kitchen Appliance Trends | Blog | Encore Realty';
    expect(cleanTitle(title, { headings: ['Blog', 'Top 7 Innovative Kitchen Appliance Trends'] })).toBe('Top 7 Innovative Kitchen Appliance Trends');
    expect(cleanTitle('Encore Realty | Top 7 Kitchen Trends', { headings: ['Top 7 kitchen trends'] })).toBe('Top 7 Kitchen Trends');
    // Headings asked for lazily: found only when the title has a part to take off.
    let asked = 0;
    const lazy = () => (asked++, ['Top 7 kitchen trends']);
    expect(cleanTitle('Encore Realty | Top 7 Kitchen Trends', { headings: lazy })).toBe('Top 7 Kitchen Trends');
    expect(cleanTitle('Top 7 Kitchen Trends', { headings: lazy })).toBe('Top 7 Kitchen Trends');
    expect(asked).toBe(1);
  });

  it('drops the site’s name at either end, known from the page or from its hostname', () => {
    expect(cleanTitle('חיפה תשתול 12 אלף עצים עד 2030 - הכרמל היום', { siteName: 'הכרמל היום' })).toBe('חיפה תשתול 12 אלף עצים עד 2030');
    expect(cleanTitle('Top 7 Kitchen Trends | Blog | Encore Realty', { url: 'https://www.encorerealty.com/blog/top-7' })).toBe('Top 7 Kitchen Trends | Blog');
    expect(cleanTitle('The Verge — Phones get bigger again', { url: 'https://www.theverge.com/x' })).toBe('Phones get bigger again');
    // Arabic spelling variants of the site's name still match (normalised like every other comparison).
    expect(cleanTitle('داعش ينتقل إلى أفريقيا - صدى البلد', { siteName: 'صدي البلد' })).toBe('داعش ينتقل إلى أفريقيا');
  });

  it('keeps separators that belong to the headline', () => {
    const arabic = 'داعش ينتقل إلى أفريقيا..التحالف الدولي: التنظيم لم يهزم بعد|وأمريكا توجه رسالة خاصة';
    expect(cleanTitle(arabic, { siteName: 'صدى البلد', url: 'https://www.elbalad.news/5285431' })).toBe(arabic);
    expect(cleanTitle('Spider-Man 2 review - a swing and a miss', { siteName: 'Games Weekly' })).toBe('Spider-Man 2 review - a swing and a miss');
    expect(cleanTitle('Why we left AWS | Part 2', { url: 'https://blog.example.com/aws' })).toBe('Why we left AWS | Part 2');
  });

  it('changes nothing without evidence: no heading that matches, no site name, an IP address for a host', () => {
    expect(cleanTitle('Minutes of the meeting | Town council', {})).toBe('Minutes of the meeting | Town council');
    expect(cleanTitle('Minutes | Town council', { url: 'http://127.0.0.1:8080/x', headings: ['Something else'] })).toBe('Minutes | Town council');
    expect(cleanTitle('  One\u3000title  ', { siteName: 'One' })).toBe('One\u3000title');
  });
});

describe('pageHeadings', () => {
  it('leaves out the site’s own heading: a logo, the page header, a link to the home page', () => {
    const { document } = new JSDOM(
      `<header id="header"><h1><a href="/">V8</a></h1></header>
       <div class="topbar__logo"><h1>痞客邦 PIXNET</h1></div>
       <div class="header"><h1 class="heading"><a href="index.html"><span>evolve extension for Mercurial</span></a></h1></div>
       <article><header><h1>Shared Mutable History</h1></header><h2><a href="https://blog.example/post#part-2">Part two</a></h2></article>
       <h2><a href="https://blog.example/post">Linked to itself</a></h2>`,
      { url: 'https://blog.example/post' },
    ).window;
    expect(pageHeadings(document)).toEqual(['Shared Mutable History', 'Part two', 'Linked to itself']);
    // With the site's headings left out, the title keeps its headline, not the site's name.
    expect(cleanTitle('Shared Mutable History — evolve extension for Mercurial', { headings: pageHeadings(document) })).toBe('Shared Mutable History');
    expect(cleanTitle('standalone WebAssembly binaries · V8', { headings: pageHeadings(document) })).toBe('standalone WebAssembly binaries · V8');
  });

  it('reads the first h1 and h2 texts, leaving out the empty and the overlong', () => {
    const { document } = new JSDOM(`<h1> Headline
      here </h1><h2></h2><h2>${'x'.repeat(400)}</h2><h3>Not this</h3><h2>Section</h2>`).window;
    expect(pageHeadings(document)).toEqual(['Headline here', 'Section']);
  });
});
