import { describe, expect, it } from 'vitest';
import { candidateShape, isTeaserList } from './is-article-page';
import { divWith } from './html-fixture';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} is prose: the council voted on Tuesday to build a permanent barrier along the river, officials said, and <a href="/x">one link</a>.</p>`).join('');
const teasers = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/n/${i}">Headline number ${i} about the news</a> <span>2 hours ago</span></li>`).join('');

describe('candidateShape and isTeaserList', () => {
  it('measures prose, links and teasers', () => {
    const shape = candidateShape(divWith(prose(3) + `<ul>${teasers(4)}</ul>`));
    expect(shape.items).toBe(7);
    expect(shape.linkedItems).toBe(4);
    expect(shape.proseChars).toBeGreaterThan(300);
    expect(shape.linkDensity).toBeGreaterThan(0);
  });

  it('calls an article an article, even with a related list at its end', () => {
    expect(isTeaserList(candidateShape(divWith(prose(8) + `<ul>${teasers(8)}</ul>`)))).toBe(false);
  });

  it('calls a list of headlines a list', () => {
    expect(isTeaserList(candidateShape(divWith(`<ul>${teasers(20)}</ul>`)))).toBe(true);
    expect(isTeaserList(candidateShape(divWith(prose(1) + `<ul>${teasers(12)}</ul>`)))).toBe(true);
  });

  it('needs less evidence when the page is not readerable', () => {
    const dates = Array.from({ length: 6 }, (_, i) => `<p>June ${i + 1}</p>`).join('');
    const shape = candidateShape(divWith(prose(2) + `<ul>${teasers(6)}</ul>` + dates));
    expect(isTeaserList(shape, true)).toBe(false);
    expect(isTeaserList(shape, false)).toBe(true);
  });

  it('calls an empty candidate no article', () => {
    expect(isTeaserList(candidateShape(divWith('')))).toBe(true);
  });

  it('counts as teasers only links that read as headlines', () => {
    const shape = candidateShape(divWith(`<ul>${teasers(3)}<li><a href="/ada">Ada</a></li><li><a href="/x">ALGOL 68</a></li></ul><p><a href="/zh">国务院常务会议研究部署经济工作</a></p>`));
    expect(shape.linkedItems).toBe(6);
    expect(shape.teasers).toBe(4);
  });

  it('shows a long index of names (a Wikipedia list, a catalogue, standings) but not a front page of headlines', () => {
    const names = Array.from({ length: 60 }, (_, i) => `<li><a href="/wiki/L${i}">Language ${i}</a></li>`).join('');
    expect(isTeaserList(candidateShape(divWith(`<ul>${names}</ul>`)), false)).toBe(false);
    expect(isTeaserList(candidateShape(divWith(`<ul>${teasers(60)}</ul>`)), false)).toBe(true);
    // A site footer has as many short links, but in short lists under their headings: no article.
    const footer = Array.from({ length: 6 }, (_, k) => `<h4>Group ${k}</h4><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/f${k}/${i}">Link ${i}</a></li>`).join('')}</ul>`).join('');
    expect(candidateShape(divWith(footer)).longestList).toBe(8);
    expect(isTeaserList(candidateShape(divWith(footer)), false)).toBe(true);
    // A short menu that Readability took for the content is still no article.
    const menu = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('');
    expect(isTeaserList(candidateShape(divWith(`<ul>${menu}</ul>`)))).toBe(true);
  });

  it('shows a short index page of a few linked sections with their descriptions', () => {
    const sections = Array.from({ length: 4 }, (_, i) => `<h2><a href="/s${i}">Choosing where your workflow runs ${i}</a></h2><p>You can specify the compute environment your jobs run in.</p>`).join('');
    expect(isTeaserList(candidateShape(divWith(sections)), false)).toBe(false);
  });

  it('shows a listicle whose linked titles sit over their own descriptions', () => {
    const projects = Array.from({ length: 8 }, (_, i) => `<h3><a href="/p${i}">Project ${i}</a></h3><img src="/p${i}.jpg"><p>Sand the boards, glue them and finish with two coats of oil.</p>`).join('');
    const shape = candidateShape(divWith(projects));
    expect(shape.linkDensity).toBeLessThan(0.3);
    expect(isTeaserList(shape, true)).toBe(false);
    expect(isTeaserList(shape, false)).toBe(false);
  });
});
