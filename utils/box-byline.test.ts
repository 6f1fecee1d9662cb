import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { bylineOfBox, looksLikeName, nameOfByline } from './box-byline';
import { extractArticle } from './extract-article';
import { divWith } from './html-fixture';

describe('nameOfByline', () => {
  it.each([
    ['Posted by Damien Walter', 'Damien Walter'],
    ['This post was written by Danielle Padula, Head of Marketing and Community Development', 'Danielle Padula'],
    ['Luke Kim December 17, 2025', 'Luke Kim'],
    ['Haley Hoekstra • March 12, 2025', 'Haley Hoekstra'],
    ['Brian Becker 7 min read', 'Brian Becker'],
    ['Luke Kim Wednesday, December 17, 2025', 'Luke Kim'],
    ['Luke Kim Saturday 20 Dec 2025', 'Luke Kim'],
    ['Luke Kim Thur, 18 Dec 2025', 'Luke Kim'],
    ['Lance Ryan (Content Manager)', 'Lance Ryan'],
    ['Authors: Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators', 'Julie Weisenhorn and Natalie Hoidal'],
    ['Rachel MacDonald Writer', 'Rachel MacDonald'],
    ['رپورٹ: عمران حیدر ·', 'عمران حیدر'],
    ['كتب: محمود عبد الرحيم', 'محمود عبد الرحيم'],
    ['מאת שירה לנדאו', 'שירה לנדאו'],
    ['AFP', 'AFP'],
  ])('%s → %s', (line, name) => {
    expect(nameOfByline(line)).toBe(name);
  });

  it.each([
    'Posted by',
    'August 28, 2025 • 5 min read',
    'Sat, 20 Dec, 2025 - 06:36',
    'DECEMBER 27, 2024',
    'Newsdesk news@businessweekly.co.uk',
    'Government Websites by CivicPlus®',
    'Visit the Apple Store',
    'From Apple',
    'Lifestyle',
    'Mental Health DECEMBER 22, 2022 Updated: JANUARY 02, 2026',
    'This article was Written By Our Product Research Team Get to know them!',
    'billed annually, or $50/mo billed monthly',
  ])('takes no name from %s', (line) => {
    expect(nameOfByline(line)).toBeNull();
  });

  it('reads a name as a few capitalised words, or words of a script without case', () => {
    expect(looksLikeName('Alan Woinski and Kim Woinski')).toBe(true);
    expect(looksLikeName('Ludwig van Beethoven')).toBe(true);
    expect(looksLikeName('crazy lennys')).toBe(false);
    expect(looksLikeName('One Two Three Four Five Six Seven')).toBe(false);
    expect(looksLikeName('أحمد صبري')).toBe(true);
  });
});

describe('bylineOfBox', () => {
  it('reads a box Readability would take as a byline: its itemprop name, else its text without the <time>', () => {
    const named = divWith('<div class="byline">By <span itemprop="name">Jane Doe</span>, Staff Writer</div>').firstElementChild!;
    expect(bylineOfBox(named)).toBe('Jane Doe');
    const timed = divWith('<div id="post-author"><span>Luke Kim</span><time datetime="2025-12-17">December 17, 2025</time></div>').firstElementChild!;
    expect(bylineOfBox(timed)).toBe('Luke Kim');
    const prop = divWith('<p itemprop="author">Mark Denney</p>').firstElementChild!;
    expect(bylineOfBox(prop)).toBe('Mark Denney');
  });

  it('reads nothing from a box not named a byline, or one of 100 characters or more', () => {
    expect(bylineOfBox(divWith('<div class="share">Jane Doe</div>').firstElementChild!)).toBeNull();
    expect(bylineOfBox(divWith(`<div class="author-bio">Jane Doe ${'writes about cities and rivers. '.repeat(4)}</div>`).firstElementChild!)).toBeNull();
  });

  it('reads nothing from a line about the author or from the author of a testimonial, a quotation or a comment', () => {
    for (const box of [
      '<div class="dynamic-author-description">Licensed Q Arabica Grader, M.A. Journalism</div>',
      '<div class="author-bio">Staff Writer</div>',
      '<div class="testimonial_rotator_author_info"><p>Lynn B., ResumeSpice client</p></div>',
      '<cite class="quote-author">Ada Lovelace</cite>',
      '<div class="comment-author">Jane Doe</div>',
    ]) {
      expect(bylineOfBox(divWith(box).firstElementChild!), box).toBeNull();
    }
    expect(bylineOfBox(divWith('<div class="author-name">Asser Christensen</div>').firstElementChild!)).toBe('Asser Christensen');
    const wholeBox = '<div class="author-box author-box--biography-yes"><h4>Ahmet Serhan</h4><a>Author’s Profile</a></div>';
    expect(bylineOfBox(divWith(wholeBox).firstElementChild!)).toBe('Ahmet Serhan');
  });
});

describe('the pipeline’s byline', () => {
  const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the council voted on Tuesday night to build a permanent flood barrier along the river, a project officials say will protect thousands of homes.</p>`).join('');
  const doc = (head: string) =>
    new JSDOM(`<html><head><title>Flood barrier</title>${head}</head><body><article><h1>Flood barrier</h1><div class="byline">By Hannah Kestrel · <time datetime="2024-03-11">March 11, 2024</time></div>${STORY}</article></body></html>`, { url: 'https://example.com/news/1' }).window.document;

  it('falls back on the byline box the clean-up removed when the page names no author', () => {
    const article = extractArticle(doc(''))!;
    expect(article.byline).toBe('Hannah Kestrel');
    expect(article.textContent).not.toContain('Hannah Kestrel');
    expect(article.removed).toContainEqual({ kind: 'clutter-box', text: 'By Hannah Kestrel · March 11, 2024' });
  });

  it('takes the author the page’s metadata names first', () => {
    expect(extractArticle(doc('<meta name="author" content="H. Kestrel">'))!.byline).toBe('H. Kestrel');
  });
});

describe('the Urdu seed page', () => {
  it('names its reporter from the byline box, the page’s only byline', async () => {
    const { listSeeds, readSeedHtml } = await import('../scripts/lib/seeds');
    const seed = listSeeds().find((s) => s.slug === 'urdu-article')!;
    const doc = new JSDOM(readSeedHtml(seed), { url: 'https://www.subh-e-nau.example/sports/5490' }).window.document;
    expect(extractArticle(doc)!.byline).toBe('عمران حیدر');
  });
});
