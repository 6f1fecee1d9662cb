import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from './extract-article';
import { unwrapSectionBoxes } from './section-boxes';

const para = (topic: string, i: number) =>
  `<div class="paragraph"><p>${topic} ${i}: the backend now builds more of the standard library, and the failing tests list is shorter than last month, with ${i} fixes merged.</p></div>`;
const list = (topic: string) =>
  `<div class="ulist"><ul>${Array.from({ length: 8 }, (_, i) => `<li><p><a href="/pull/${i}">${topic} item ${i}</a> (thanks to a contributor)</p></li>`).join('')}</ul></div>`;
const short = (text: string) => `<div class="paragraph"><p>${text}</p></div>`;
const code = '<div class="listingblock"><pre><code>./y.sh prepare\n./y.sh build --sysroot\n./y.sh test --release</code></pre></div>';
const section = (title: string, body: string) => `<div class="sect1"><h2>${title}</h2><div class="sectionbody">${body}</div></div>`;
// Asciidoctor's page (WCXB 0389): each section in a box of its own; the story's sections are mostly lists and code,
// the last one, the thanks, is three paragraphs, and Readability scores it best.
const report = () =>
  new JSDOM(
    `<html><head><title>Progress report 39</title></head><body><main><article><h1>Progress report 39</h1><div class="content">` +
      section('What is it', para('What is it', 0)) +
      section('State of the work', short('What has been done these past months:') + list('Done') + short('And in GCC:') + list('Merged')) +
      section('How to contribute', short('Try it on your crate:') + code + list('Good first issue')) +
      section('Thanks for your support', [0, 1, 2].map((i) => para('Thanks for your support', i)).join('')) +
      `</div></article></main></body></html>`,
    { url: 'https://blog.example/report-39' },
  ).window.document;

describe('an article written in boxed sections', () => {
  it('shows every section, not the one Readability scores best', () => {
    const article = extractArticle(report())!;
    for (const text of ['What is it 0', 'Done item 5', './y.sh build', 'Thanks for your support 2']) expect(article.textContent).toContain(text);
    expect(article.textContent.indexOf('What is it 0')).toBeLessThan(article.textContent.indexOf('Thanks for your support 0'));
  });

  it('takes the boxes apart, keeping what they hold in order', () => {
    const doc = report();
    const before = doc.querySelector('.content')!.textContent;
    expect(unwrapSectionBoxes(doc.body)).toBe(4);
    expect(doc.querySelectorAll('.sect1')).toHaveLength(0);
    expect(doc.querySelector('.content')!.textContent).toBe(before);
  });

  it('leaves teaser cards, a pair of panels and boxes without headings as they are', () => {
    const card = (i: number) => `<div class="card"><h3><a href="/story-${i}">Story number ${i} of the front page, a long linked headline</a></h3><p>A teaser.</p></div>`;
    const cards = new JSDOM(`<body><div class="grid">${Array.from({ length: 12 }, (_, i) => card(i)).join('')}</div></body>`).window.document;
    expect(unwrapSectionBoxes(cards.body)).toBe(0);
    const six = (title: string) => section(title, Array.from({ length: 6 }, (_, i) => para(title, i)).join(''));
    const pair = new JSDOM(`<body><div>${six('One')}${six('Two')}</div></body>`).window.document;
    expect(unwrapSectionBoxes(pair.body)).toBe(0);
    const plain = new JSDOM(`<body><div>${Array.from({ length: 4 }, (_, i) => `<div class="box">${para('Box', i).repeat(3)}</div>`).join('')}</div></body>`).window.document;
    expect(unwrapSectionBoxes(plain.body)).toBe(0);
  });
});
