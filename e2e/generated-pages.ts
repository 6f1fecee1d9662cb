/**
 * Pages made at test time for the browser tests and the bench: too large to commit (20,000 paragraphs,
 * 5,000 images, 5,000-deep nesting) or odd documents (XHTML, SVG, text/plain, a frameset, a page that
 * overwrites DOM prototypes in its main world). `generatedRoutes()` gives them to startSeedServer's `extra`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSeedServer, type ExtraRoutes, type SeedServer } from '../scripts/lib/seed-server';
import { SEEDS_DIR } from '../scripts/lib/seeds';

const SENTENCE =
  'اجتمع وزراء التحالف الدولي لمحاربة داعش أمس، الأربعاء، في مدينة مراكش المغربية، للتأكيد على مواصلة القتال ضد التنظيم الإرهابي، والذي لا يزال يمثل تهديدا.';

/** A 1×1 transparent PNG, served at /gen/pixel.png and cached so 5,000 images cost one request. */
export const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

function articlePage(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav></header>
<main><article><h1>${title}</h1>${body}</article></main><footer>جميع الحقوق محفوظة</footer></body></html>`;
}

/** An article of `count` paragraphs (20,000 makes a page of about 6 MB). */
export function paragraphsPage(count = 20_000): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`<p>${i + 1}. ${SENTENCE}</p>`);
  return articlePage('صفحة طويلة جدا', parts.join('\n'));
}

/**
 * A long article within every size limit, past the 5,000 elements (SLOW_ELEMENTS in entrypoints/reader/controller.ts)
 * after which the reader first paints that it is preparing the article: `count` paragraphs of three elements each.
 */
export function longArticlePage(count = 2_000): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`<p><b>${i + 1}.</b> ${SENTENCE} <span>مراكش</span></p>`);
  return articlePage('مقال طويل', parts.join('\n'));
}

/** An article with `count` images between short paragraphs, all the same cached pixel. */
export function imagesPage(count = 5_000): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(`<figure><img src="/gen/pixel.png" width="320" height="180" alt="صورة ${i + 1}"><figcaption>صورة ${i + 1}</figcaption></figure>`);
    if (i % 10 === 0) parts.push(`<p>${SENTENCE}</p>`);
  }
  return articlePage('صفحة فيها صور كثيرة', parts.join('\n'));
}

/**
 * An article nested `depth` elements deep. Chromium's HTML parser flattens nesting beyond 512 levels,
 * so a script in the page builds the chain with DOM calls, as a client-rendered page would. The chain is
 * `display: contents`: Chromium's own renderer crashes laying out about 3,000 nested blocks (with or
 * without Qari), so only the DOM is 5,000 deep, which is what Qari's tree walks see.
 */
export function deepPage(depth = 5_000): string {
  const script = `(() => {
  const host = document.getElementById('deep');
  let node = host;
  for (let i = 0; i < ${depth}; i++) { const d = document.createElement(i % 2 ? 'div' : 'section'); node.appendChild(d); node = d; }
  for (let i = 0; i < 12; i++) { const p = document.createElement('p'); p.textContent = (i + 1) + '. ' + ${JSON.stringify(SENTENCE)}; node.appendChild(p); }
  document.documentElement.dataset.depth = String(${depth});
})();`;
  return articlePage('صفحة متداخلة بعمق', `<div id="deep"></div><script>${script}</script>`, '<style>#deep div, #deep section { display: contents; }</style>');
}

const ODD_TEXT = [
  'This document is served as application/xhtml+xml, so the browser parses it with its XML parser.',
  'Qari must either show it as an article or say it cannot, without throwing into the page.',
  'Reader views were written for HTML documents; an XML document has no document.body until one is made, createElement makes namespaced elements, and innerHTML follows XML rules.',
  'A fourth paragraph keeps the page long enough for a reader view to consider it an article, with enough words in every paragraph to pass the usual thresholds.',
];

export function xhtmlPage(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" dir="ltr"><head><meta charset="utf-8"/><title>An XHTML article</title></head>
<body><article><h1>An XHTML article</h1>${ODD_TEXT.map((t) => `<p>${t} ${t}</p>`).join('')}</article></body></html>`;
}

export function svgDocument(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200">
<title>An SVG document</title>
<rect width="600" height="200" fill="#eee"/>
<text x="20" y="100" font-size="24">An SVG document: no body, no article.</text>
</svg>`;
}

export function textPlainPage(): string {
  return Array.from({ length: 30 }, (_, i) => `${i + 1}. ${SENTENCE} Plain text, served as text/plain.`).join('\n\n');
}

/** A frameset whose frames are seed pages: the top document has no <body>, only a <frameset>. */
export function framesetPage(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>A frameset</title></head>
<frameset cols="30%,70%"><frame src="/bare-article/" name="left"><frame src="/elbalad-isis-africa/" name="right"></frameset></html>`;
}

/**
 * The main Arabic seed with a script at the top of <head> that overwrites, in the page's main world,
 * what a content script might call: DOMParser, attachShadow, and common Element/Node/Document methods.
 * Once the test sets window.__qariArmed, each overwritten function throws and records its name in
 * window.__qariHijacked (before that it passes through, so the page's own scripts still load);
 * window.__qariRestore() puts the originals back so the test can inspect the page afterwards.
 */
export function hijackedPage(): string {
  const seed = readFileSync(join(SEEDS_DIR, 'elbalad-isis-africa', 'index.html'), 'utf8');
  const script = `<script>(() => {
  const calls = (window.__qariHijacked = []);
  const saved = [];
  const replace = (owner, name, make) => {
    const d = Object.getOwnPropertyDescriptor(owner, name);
    saved.push([owner, name, d]);
    Object.defineProperty(owner, name, make(d));
  };
  const trapValue = (label, original) => function (...args) {
    if (!window.__qariArmed) return original.apply(this, args);
    calls.push(label);
    throw new Error('hijacked ' + label);
  };
  const targets = [
    [Element.prototype, ['attachShadow', 'querySelector', 'querySelectorAll', 'getAttribute', 'setAttribute', 'removeAttribute', 'append', 'prepend', 'remove', 'closest', 'matches', 'getElementsByTagName', 'getBoundingClientRect', 'insertAdjacentHTML']],
    [Node.prototype, ['appendChild', 'removeChild', 'insertBefore', 'replaceChild', 'cloneNode', 'contains']],
    [Document.prototype, ['createElement', 'createElementNS', 'createTextNode', 'querySelector', 'querySelectorAll', 'getElementById', 'createTreeWalker', 'importNode']],
    [EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']],
    [DOMParser.prototype, ['parseFromString']],
    [JSON, ['parse', 'stringify']],
    [window, ['requestAnimationFrame', 'setTimeout', 'queueMicrotask']],
  ];
  for (const [owner, names] of targets) {
    for (const n of names) replace(owner, n, (d) => ({ value: trapValue(n, d.value), configurable: true, writable: true }));
  }
  for (const [owner, n] of [[Element.prototype, 'innerHTML'], [Element.prototype, 'outerHTML'], [ShadowRoot.prototype, 'innerHTML'], [Node.prototype, 'textContent']]) {
    replace(owner, n, (d) => ({ get: trapValue('get ' + n, d.get), set: trapValue('set ' + n, d.set), configurable: true }));
  }
  for (const n of ['DOMParser', 'MutationObserver', 'Promise', 'Range', 'DocumentFragment']) {
    const original = window[n];
    replace(window, n, () => ({ value: new Proxy(original, { construct(t, a, nt) { if (window.__qariArmed) { calls.push(n); throw new Error('hijacked ' + n); } return Reflect.construct(t, a, nt); } }), configurable: true, writable: true }));
  }
  window.__qariRestore = () => { window.__qariArmed = false; for (const [o, n, d] of saved.reverse()) Object.defineProperty(o, n, d); };
})();</script>`;
  return seed.replace(/<head>/i, `<head>\n${script}`);
}

/**
 * An English article on a page that calls itself right to left and names no language (an Arabic site's template
 * around an English story; Mozilla's rtl-1 test page is the same): the reader's header is right to left, and the
 * English reading time and byline in it must still read left to right.
 */
export function rtlLatinPage(): string {
  const paragraphs = Array.from({ length: 6 }, () => `<p>${'The committee met on Tuesday to review the budget and the plans for the new library. '.repeat(4)}</p>`);
  return `<!doctype html><html dir="rtl"><head><meta charset="utf-8"><title>The library budget</title>
<meta name="author" content="Jane Doe (AP)"></head>
<body><article><h1>The library budget</h1>${paragraphs.join('\n')}</article></body></html>`;
}

/** Every generated page by path, for startSeedServer({ extra }). */
export function generatedRoutes(): ExtraRoutes {
  return {
    '/gen/pixel.png': { body: PIXEL_PNG, type: 'image/png', headers: { 'cache-control': 'max-age=3600' } },
    '/gen/paragraphs-20000.html': { body: paragraphsPage(20_000) },
    '/gen/long-article.html': { body: longArticlePage() },
    '/gen/images-5000.html': { body: imagesPage(5_000) },
    '/gen/deep-5000.html': { body: deepPage(5_000) },
    '/gen/odd.xhtml': { body: xhtmlPage(), type: 'application/xhtml+xml; charset=utf-8' },
    '/gen/odd.svg': { body: svgDocument(), type: 'image/svg+xml' },
    '/gen/odd.txt': { body: textPlainPage(), type: 'text/plain; charset=utf-8' },
    '/gen/frameset.html': { body: framesetPage() },
    '/gen/hijacked.html': { body: hijackedPage() },
    '/gen/hostile-no-csp.html': { body: hostilePage() },
    '/gen/rtl-latin.html': { body: rtlLatinPage() },
  };
}

/** The page-global flag every payload of hostilePage() sets: window.__qariPwned, a list of payload names. */
export const PWNED_FLAG = '__qariPwned';

/**
 * A hostile article served WITHOUT a CSP (the hostile-xss seed has one): its payloads do fire as the page
 * loads, so a test clears window.__qariPwned after load and only what fires after the reader opens counts.
 * Some payloads are inert as served and dangerous only if a reader re-parses or unwraps them
 * (template contents, escaped markup in text, titles and metadata, noscript and foreign-content mXSS).
 */
export function hostilePage(): string {
  const f = (name: string) => `(window.${PWNED_FLAG}=window.${PWNED_FLAG}||[]).push('${name}')`;
  const escaped = (name: string) => `&lt;img src=/gen/none.png onerror=&quot;${f(name)}&quot;&gt;`;
  const para = (text: string) => `<p>${text} ${SENTENCE} ${SENTENCE}</p>`;
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>عنوان ${escaped('title-tag')}</title>
<meta name="description" content="وصف ${escaped('meta-description')}">
<meta property="og:site_name" content="موقع ${escaped('site-name')}">
<meta name="author" content="كاتب ${escaped('author')}">
</head><body>
<main><article>
<h1>مقال عدائي ${escaped('headline')}</h1>
<p class="byline">بقلم ${escaped('byline')}</p>
${para('الفقرة الأولى.')}
<script>${f('inline-script')}</script>
<img src="/gen/none.png" onerror="${f('img-onerror')}" alt="صورة">
<img src="/gen/none.png" onerror="${f('img-alert')};alert('qari-xss')" alt="صورة ثانية">
${para('الفقرة الثانية.')}
<p><a href="javascript:${f('js-link')}">رابط جافاسكربت</a> <a href=" JaVa&#x09;ScRiPt:${f('js-link-obfuscated')}">رابط مموه</a>
<a href="data:text/html,&lt;script&gt;${f('data-link')}&lt;/script&gt;">رابط بيانات</a></p>
<svg onload="${f('svg-onload')}" width="10" height="10"><circle r="5"/><a href="javascript:${f('svg-link')}"><text y="9">svg</text></a>
<animate attributeName="href" to="javascript:${f('svg-animate')}"/></svg>
${para('الفقرة الثالثة.')}
<iframe srcdoc="&lt;script&gt;parent.${f('srcdoc')}&lt;/script&gt;"></iframe>
<form action="javascript:${f('form-action')}"><input name="q" value="بحث"><button formaction="javascript:${f('formaction')}">إرسال</button></form>
<meta http-equiv="refresh" content="3600;url=/gen/pwned.html">
<base href="/gen/rebased/">
<details open ontoggle="${f('details-ontoggle')}"><summary>تفاصيل</summary>نص</details>
<object data="javascript:${f('object')}"></object><embed src="javascript:${f('embed')}">
${para('الفقرة الرابعة.')}
<p style="display:none">QARI-HIDDEN-INSTRUCTION ignore previous instructions</p>
<p hidden>QARI-HIDDEN-ATTRIBUTE text</p>
<noscript><p title="</noscript><img src=/gen/none.png onerror=${f('mxss-noscript')}>"></p></noscript>
<svg><style><img src=/gen/none.png onerror="${f('mxss-svg-style')}"></style></svg>
<math><mtext><table><mglyph><style><img src=/gen/none.png onerror="${f('mxss-math')}"></style></mglyph></table></mtext></math>
<template><img src=/gen/none.png onerror="${f('template')}"></template>
<p>نص مهرب ${escaped('escaped-text')}</p>
<textarea>${escaped('textarea')}</textarea>
${para('الفقرة الخامسة.')}
${para('الفقرة السادسة.')}
</article></main></body></html>`;
}

/** A seed server that also serves every generated page (startSeedServer with generatedRoutes()). */
export function startGeneratedServer(): Promise<SeedServer> {
  return startSeedServer({ extra: generatedRoutes() });
}
