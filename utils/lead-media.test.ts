import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from './extract-article';
import { findLead, placeLeadMedia, placeLeadText } from './lead-media';

const STORY = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i}: the council voted on Tuesday night to build a permanent flood barrier along the river, a project officials say will protect thousands of homes.</p>`,
).join('');

function page(between: string, title = 'Flood barrier approved') {
  return new JSDOM(
    `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${between}<div class="story">${STORY}</div></article></body></html>`,
    { url: 'https://example.com/news/1' },
  ).window.document;
}

const FIGURE = '<figure><img src="/river.jpg" alt="" width="800" height="450"><figcaption>The river at dawn, where the barrier will stand.</figcaption></figure>';

describe('the lead picture', () => {
  it('between the headline and the story, left out by Readability, opens the article with its caption', () => {
    const article = extractArticle(page(`<p class="standfirst">Work starts in May.</p>${FIGURE}`))!;
    expect(article.contentHtml.indexOf('<figure')).toBeGreaterThanOrEqual(0);
    expect(article.contentHtml.indexOf('<figure')).toBeLessThan(article.contentHtml.indexOf('Paragraph 0'));
    // Where it stood on the page: after the standfirst Readability kept, before the story.
    expect(article.textContent.startsWith('Work starts in May.\nThe river at dawn, where the barrier will stand.')).toBe(true);
    expect(article.contentHtml).toContain('src="https://example.com/river.jpg"');
  });

  it('is not an avatar or an icon beside the byline', () => {
    const doc = page('<div class="meta"><img src="/jane.jpg" width="40" height="40" alt="">Jane Doe</div>');
    expect(findLead(doc.body)!.media).toBeNull();
    expect(extractArticle(doc)!.contentHtml).not.toContain('jane.jpg');
  });

  it('is not a picture below the first paragraph, nor one under another page heading', () => {
    const below = new JSDOM(`<body><article><h1>Flood barrier approved</h1>${STORY.slice(0, 200)}${FIGURE}</article></body>`).window.document;
    expect(findLead(below.body)!.media).toBeNull();
    const doc = page(FIGURE, 'Weather today');
    const lead = findLead(doc.body)!;
    expect(lead.media!.localName).toBe('figure');
    const content = doc.createElement('div');
    content.append(lead.next!);
    expect(placeLeadMedia(content, lead, 'Flood barrier approved')).toBe(false);
    expect(placeLeadMedia(content, lead, 'Weather today')).toBe(true);
    expect(content.firstElementChild).toBe(lead.media);
  });

  it('is not added when the article already shows a picture before its first paragraph', () => {
    const doc = page(FIGURE);
    const lead = findLead(doc.body)!;
    const content = doc.createElement('div');
    content.innerHTML = '<div id="readability-page-1"><img src="/other.jpg"></div>';
    content.firstElementChild!.append(lead.next!);
    expect(placeLeadMedia(content, lead, 'Flood barrier approved')).toBe(false);
    expect(content.contains(lead.media!)).toBe(false);
  });
});

const DEK = 'The council has approved a permanent flood barrier for the river, and work on it starts in May.';
const SECOND = 'Residents asked for the barrier after the floods of last winter reached the market square.';
// An introduction in a box of its own, which Readability does not join to the story's box (GearLab's reviews).
const intro = (...paragraphs: string[]) => `<div class="intro">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;

describe('the opening paragraphs', () => {
  it('an introduction between the headline and the story, left out by Readability, opens the article, on the side of the lead picture it stood', () => {
    const plain = extractArticle(page(intro(DEK, SECOND)))!;
    expect(plain.textContent.startsWith(`${DEK}\n${SECOND}\nParagraph 0`)).toBe(true);
    const before = extractArticle(page(`${intro(DEK, SECOND)}${FIGURE}`))!.contentHtml;
    expect(before.indexOf(SECOND)).toBeLessThan(before.indexOf('<figure'));
    expect(before.indexOf('<figure')).toBeLessThan(before.indexOf('Paragraph 0'));
    const after = extractArticle(page(`${FIGURE}${intro(DEK, SECOND)}`))!.contentHtml;
    expect(after.indexOf('<figure')).toBeGreaterThanOrEqual(0);
    expect(after.indexOf('<figure')).toBeLessThan(after.indexOf(DEK));
    expect(after.indexOf(SECOND)).toBeLessThan(after.indexOf('Paragraph 0'));
  });

  it('in a script written without spaces, an opening is counted in characters, not words', () => {
    const title = '市议会批准建设永久防洪屏障';
    const dek = '市议会周二晚间投票决定沿河修建一道永久防洪屏障，官员表示，这项工程将保护数千户家庭免受洪水侵袭，工程预计明年五月动工。';
    const story = Array.from({ length: 6 }, (_, i) => `<p>第${i}段：去年冬天的洪水淹没了市场广场，居民们随后多次要求修建屏障，议会经过数月讨论，终于在本周作出决定。</p>`).join('');
    const doc = new JSDOM(
      `<html lang="zh"><head><title>${title}</title></head><body><article><h1>${title}</h1><div class="intro"><p>${dek}</p><p>2025年12月17日 星期三 · 市政新闻 · 记者 王小明</p></div><div class="story">${story}</div></article></body></html>`,
    ).window.document;
    const lead = findLead(doc.body);
    const content = doc.createElement('div');
    content.append(doc.querySelector('.story')!);
    const placed = placeLeadText(content, lead, title);
    expect(placed.map((p) => p.textContent)).toEqual([dek]);
    expect(content.firstElementChild?.textContent).toBe(dek);
  });

  it('are not a pitch, a row of tags or a short label, nor a long text before the part Readability took', () => {
    const pitch = 'We may earn commission from links on this page, but we only recommend products we back.';
    const row = 'Essay - Published: 2025.12.17 | artificial-intelligence | create | programming |';
    const story = (doc: Document) => {
      const content = doc.createElement('div');
      content.append(doc.querySelector('.story')!);
      return content;
    };
    const notOpening = page(intro(pitch, row, 'Reading time: four minutes.', DEK));
    const found = findLead(notOpening.body);
    const placed = placeLeadText(story(notOpening), found, 'Flood barrier approved');
    expect(placed.map((p) => p.textContent)).toEqual([DEK]);

    const doc = page(intro(...Array.from({ length: 5 }, (_, i) => `Opening paragraph ${i} of a guide, which goes on for quite a while before its story.`)));
    const lead = findLead(doc.body)!;
    const content = story(doc);
    expect(placeLeadText(content, lead, 'Flood barrier approved')).toEqual([]);
    lead.paragraphs.splice(0, 1);
    expect(placeLeadText(content, lead, 'Weather today')).toEqual([]);
    expect(placeLeadText(content, lead, 'Flood barrier approved')).toHaveLength(4);
    expect(content.querySelector('p')?.textContent).toContain('Opening paragraph 1');
  });
});
