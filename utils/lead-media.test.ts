import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from './extract-article';
import { findLeadMedia, placeLeadMedia } from './lead-media';

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
    expect(article.textContent.startsWith('The river at dawn, where the barrier will stand.')).toBe(true);
    expect(article.contentHtml).toContain('src="https://example.com/river.jpg"');
  });

  it('is not an avatar or an icon beside the byline', () => {
    const doc = page('<div class="meta"><img src="/jane.jpg" width="40" height="40" alt="">Jane Doe</div>');
    expect(findLeadMedia(doc.body)).toBeNull();
    expect(extractArticle(doc)!.contentHtml).not.toContain('jane.jpg');
  });

  it('is not a picture below the first paragraph, nor one under another page heading', () => {
    const below = new JSDOM(`<body><article><h1>Flood barrier approved</h1>${STORY.slice(0, 200)}${FIGURE}</article></body>`).window.document;
    expect(findLeadMedia(below.body)).toBeNull();
    const doc = page(FIGURE, 'Weather today');
    const lead = findLeadMedia(doc.body)!;
    expect(lead.media.localName).toBe('figure');
    const content = doc.createElement('div');
    content.append(lead.next);
    expect(placeLeadMedia(content, lead, 'Flood barrier approved')).toBe(false);
    expect(placeLeadMedia(content, lead, 'Weather today')).toBe(true);
    expect(content.firstElementChild).toBe(lead.media);
  });

  it('is not added when the article already shows a picture before its first paragraph', () => {
    const doc = page(FIGURE);
    const lead = findLeadMedia(doc.body)!;
    const content = doc.createElement('div');
    content.innerHTML = '<div id="readability-page-1"><img src="/other.jpg"></div>';
    content.firstElementChild!.append(lead.next);
    expect(placeLeadMedia(content, lead, 'Flood barrier approved')).toBe(false);
    expect(content.contains(lead.media)).toBe(false);
  });
});
