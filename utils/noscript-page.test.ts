import { describe, expect, it } from 'vitest';
import { revealNoscriptPage } from './noscript-page';

function page(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc.body;
}

const POSTS = Array.from({ length: 6 }, (_, i) => `<div class="post"><span>user${i}</span><p>Reply ${i}: I had the same problem after the update, and rolling back the add-on fixed it for me.</p></div>`).join('');

describe('revealNoscriptPage', () => {
  it('puts a thread that only exists inside <noscript> in its place', () => {
    const body = page(`<header><a href="/">Forum</a></header><noscript data-path="/t/1">${POSTS}</noscript><script>boot()</script>`);
    expect(revealNoscriptPage(body)).toBe(true);
    expect(body.querySelector('noscript')).toBeNull();
    expect(body.querySelectorAll('.post')).toHaveLength(6);
  });

  it('parses the noscript text a browser with scripts on leaves as raw markup', () => {
    const body = page('<header>Forum</header>');
    const noscript = body.ownerDocument.createElement('noscript');
    noscript.textContent = `${POSTS}<script>alert(1)</script>`;
    body.append(noscript);
    expect(revealNoscriptPage(body)).toBe(true);
    expect(body.querySelectorAll('.post p')).toHaveLength(6);
  });

  it('leaves a page that has text of its own alone', () => {
    const article = Array.from({ length: 8 }, () => '<p>The council voted on Tuesday to extend the tram line to the harbour by 2027.</p>').join('');
    const body = page(`<article>${article}</article><noscript>${POSTS}</noscript>`);
    expect(revealNoscriptPage(body)).toBe(false);
    expect(body.querySelector('noscript')).not.toBeNull();
  });

  it('leaves a small noscript (a fallback image, an "enable JavaScript" line) alone', () => {
    const body = page('<div id="app"></div><noscript>You need to enable JavaScript to run this app.</noscript>');
    expect(revealNoscriptPage(body)).toBe(false);
  });
});
