import { describe, expect, it } from 'vitest';
import { revealStreamedSegments } from './reveal-hidden-content';
import { removeHiddenAndNamedBoxes } from './remove-clutter-boxes';
import { extractArticle } from './extract-article';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

const PROSE = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the guide, long enough to be prose that a reader came to read today.</p>`).join('');

describe('revealStreamedSegments', () => {
  it('moves a streamed Suspense boundary into its place and drops its fallback', () => {
    const doc = page(`<main><p>Install the support package:</p><!--$?--><template id="B:3"></template><div class="skeleton">Loading…</div><!--/$--><p>Then run it.</p></main>
      <div hidden id="S:3"><pre><code>npm i @mostly-adequate/support</code></pre></div>`);
    expect(revealStreamedSegments(doc.body)).toBe(1);
    const main = doc.querySelector('main')!;
    expect(main.textContent).toMatch(/support package:npm i @mostly-adequate\/supportThen run it\./);
    expect(doc.body.textContent).not.toContain('Loading');
    expect(doc.querySelector('[hidden], template')).toBeNull();
  });

  it('fills a placeholder, and keeps a fallback it cannot delimit (a page saved without comments)', () => {
    const doc = page(`<main><template id="P:a"></template><template id="B:0"></template><div class="pulse"></div></main>
      <div hidden id="S:0"><article>Body</article></div><div hidden id="S:a"><h1>Title</h1></div>`);
    expect(revealStreamedSegments(doc.body)).toBe(2);
    expect(Array.from(doc.querySelector('main')!.children).map((c) => c.tagName)).toEqual(['H1', 'ARTICLE', 'DIV']);
  });

  it('leaves other hidden blocks alone', () => {
    const doc = page(`<main>${PROSE}</main><div hidden id="S:1">not streamed: no template</div><div hidden id="menu">menu</div>`);
    expect(revealStreamedSegments(doc.body)).toBe(0);
    expect(doc.querySelectorAll('[hidden]')).toHaveLength(2);
  });

  it('lets the article read the streamed code sample', () => {
    const doc = page(`<article><h1>Guide</h1>${PROSE}<!--$?--><template id="B:0"></template><!--/$-->${PROSE}</article>
      <div hidden id="S:0"><pre><code>nvm install 20.2.0</code></pre></div>`);
    expect(extractArticle(doc, { url: 'https://example.org/guide' })?.textContent).toContain('nvm install 20.2.0');
  });
});

describe('hidden tab panels', () => {
  it('are shown: every alternative of a tab group stays', () => {
    const doc = page(`<article>${PROSE}<div role="tablist"><button>Windows</button><button>macOS</button></div>
      <section role="tabpanel">Run the installer.</section>
      <section role="tabpanel" aria-hidden="true" hidden="hidden">Use Homebrew: brew install azure-functions-core-tools</section>
      <div role="tabpanel" style="display:none">go mod init example</div><div hidden>a hidden note</div></article>`);
    const removed = removeHiddenAndNamedBoxes(doc.body);
    expect(doc.body.textContent).toContain('brew install');
    expect(doc.body.textContent).toContain('go mod init');
    expect(doc.body.textContent).not.toContain('hidden note');
    expect(removed.map((r) => r.text)).toEqual(['a hidden note']);
    const article = extractArticle(doc, { url: 'https://example.org/guide' });
    expect(article?.textContent).toContain('brew install');
    expect(article?.textContent).toContain('go mod init');
  });
});
