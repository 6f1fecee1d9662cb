import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './sanitize-article';

const win = window as Window & typeof globalThis;
const clean = (html: string) => sanitizeArticleHtml(html, win);

describe('sanitizeArticle', () => {
  it('keeps what reading needs: dir, lang, figures, pictures, srcset, tables, code, quotes, time, abbr, sup/sub', () => {
    const html = `<div dir="rtl" lang="ar"><figure><picture><source srcset="a.webp 1x" type="image/webp"><img src="https://x/a.jpg" srcset="https://x/a.jpg 1x, https://x/b.jpg 2x" alt="صورة"></picture><figcaption>تعليق</figcaption></figure>
      <table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>
      <pre dir="ltr"><code>let x = 1;</code></pre><blockquote cite="https://x/q"><p>q</p><cite>Someone</cite></blockquote>
      <time datetime="2024-01-01">1 Jan</time><abbr title="World Health Organization">WHO</abbr> H<sub>2</sub>O x<sup>2</sup></div>`;
    const out = clean(html);
    for (const s of ['dir="rtl"', 'lang="ar"', '<figure>', '<figcaption>', '<picture>', '<source srcset="a.webp 1x"', 'srcset="https://x/a.jpg 1x, https://x/b.jpg 2x"', '<table>', 'scope="col"', 'colspan="2"', '<pre dir="ltr">', '<code>', '<blockquote cite="https://x/q">', '<cite>', '<time datetime="2024-01-01">', '<abbr title="World Health Organization">', '<sub>', '<sup>']) {
      expect(out, s).toContain(s);
    }
  });

  it('drops scripts, handlers, javascript: and data: links, forms, frames, styles, svg and payloads hidden in math', () => {
    const out = clean(`<p onclick="alert(1)">a</p><script>alert(2)</script><img src="x" onerror="alert(3)"><a href="javascript:alert(4)">j</a>
      <a href="data:text/html,<script>alert(5)</script>">d</a><form action="javascript:alert(6)"><button formaction="javascript:alert(7)">b</button><input value="i"></form>
      <iframe srcdoc="<script>alert(8)</script>"></iframe><style>p{display:none}</style><p style="color:red">s</p><svg onload="alert(9)"><script>alert(10)</script></svg>
      <math><mtext><table><mglyph><style><img src=x onerror="alert(11)"></style></mglyph></table></mtext></math><object data="javascript:alert(12)"></object><embed src="javascript:alert(13)">
      <details open ontoggle="alert(14)"><summary>s</summary></details><meta http-equiv="refresh" content="0;url=javascript:alert(15)"><base href="http://evil.invalid/">
      <a href="vbscript:msgbox(16)">v</a><img src="data:image/png;base64,iVBORw0KGgo=" alt="ok">`);
    expect(out).not.toMatch(/alert|onerror|onclick|ontoggle|onload|javascript:|vbscript:|<script|<form|<button|<input|<iframe|<style|style=|<svg|<mglyph|<object|<embed|<meta|<base|data:text/);
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(out).toContain('<summary>s</summary>');
  });

  it('keeps a formula written in MathML (KaTeX, MathJax) and drops its TeX annotation, colours and links', () => {
    const out = clean(
      '<p>Energy: <span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow>' +
        '<annotation encoding="application/x-tex">E=mc^2</annotation></semantics></math></span></p>' +
        '<p><math><mfrac linethickness="2px" mathcolor="red" href="javascript:alert(1)"><mn>1</mn><mn>2</mn></mfrac><maction actiontype="toggle"><mi>x</mi></maction></math></p>',
    );
    expect(out).toContain('<math display="block"><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow></math>');
    expect(out).toContain('<mfrac linethickness="2px"><mn>1</mn><mn>2</mn></mfrac>');
    expect(out).not.toMatch(/annotation|E=mc\^2|mathcolor|href|alert|maction/);
  });

  it('makes links open safely', () => {
    expect(clean('<a href="https://example.com/">x</a>')).toBe('<a href="https://example.com/" rel="noopener noreferrer">x</a>');
  });
});
