/** The reader's complete stylesheet for a shadow root, and a CSP-proof way to apply it. */
import articleCss from './ReaderArticle.css?inline';
import emptyCss from './NoArticleMessage.css?inline';
import toolbarCss from './ReaderToolbar.css?inline';
import viewCss from './ReaderView.css?inline';

export const READER_CSS: string = [viewCss, toolbarCss, articleCss, emptyCss].join('\n');

/**
 * Applies `css` to a shadow root or document through a constructable stylesheet, which a page's
 * `style-src 'none'` cannot block; falls back to a <style> element where those are missing.
 * Returns a function that takes the styles away again.
 */
export function adoptStyles(root: ShadowRoot | Document, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const before = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...before, sheet];
    if (root.adoptedStyleSheets.includes(sheet)) {
      return () => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // Older engines, or Firefox's content-script sandbox refusing a sheet built there: use <style> instead.
  }
  const doc = root instanceof Document ? root : root.ownerDocument;
  const style = doc.createElement('style');
  // Text set by the content script itself is checked against the extension's CSP in Firefox, not the page's (bug 1706787).
  style.textContent = css;
  (root instanceof Document ? root.documentElement : root).appendChild(style);
  return () => style.remove();
}
