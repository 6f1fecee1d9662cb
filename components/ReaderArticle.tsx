import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ExtractedArticle } from '../utils/article';
import { formatArticleDate, formatReadingTime } from '../utils/format-reading-time';
import { articleScript } from './article-script';
import { fromUser } from './from-user';
import { inlineImageText } from './prepare-article-html';
import { t, uiDir, uiLang } from './i18n';

export interface ReaderArticleProps {
  article: ExtractedArticle;
  /** The article's content made ready for the reader (prepareArticle), put in place as the article renders. */
  content: DocumentFragment;
  hostname?: string;
  /** Called when the reader asks to go back to the original page (it is the page underneath). */
  onClose?(): void;
}

function siteLabel(article: ExtractedArticle, hostname?: string): string | null {
  if (article.siteName) return article.siteName;
  if (hostname) return hostname.replace(/^www\./, '');
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function ArticleMeta(props: { article: ExtractedArticle }) {
  const { article } = props;
  const date = article.publishedTime ? formatArticleDate(article.publishedTime, article.lang) : null;
  const items = [
    article.byline && <span class="qari-byline">{article.byline}</span>,
    date && article.publishedTime && <time dateTime={article.publishedTime}>{date}</time>,
    <span class="qari-reading-time">{formatReadingTime(article.readingMinutes, article.lang)}</span>,
  ].filter(Boolean);
  return (
    <p class="qari-meta">
      {items.map((item, i) => (
        <span class="qari-meta-item" key={i}>
          {item}
        </span>
      ))}
    </p>
  );
}

/** The box a media element that failed to load takes with it: its link, <picture> or <figure> when it held nothing else to read. */
function brokenMediaBox(media: Element): Element {
  let box: Element = media;
  for (;;) {
    const parent = box.parentElement;
    if (!parent || parent.classList.contains('qari-content') || !parent.matches('a, picture, figure, span, div')) return box;
    // What the parent holds besides this box: a caption alone doesn't stand without its picture.
    const others = Array.from(parent.childNodes).filter((node) => {
      if (node === box || (node as Element).localName === 'source' || (node as Element).localName === 'figcaption') return false;
      if (node.nodeType === Node.TEXT_NODE) return /\S/.test(node.textContent ?? '');
      return node.nodeType === Node.ELEMENT_NODE && !(node as Element).classList.contains('qari-broken');
    });
    if (others.length) return box;
    box = parent;
  }
}

/**
 * An image that fails to load (gone, hotlink-protected, a placeholder whose real source is lost) leaves no
 * empty box the size of the picture in the article: it goes, with the figure or link that held only it.
 * `error` does not bubble: this listens in the capture phase on the article's content.
 */
function hideBrokenMedia(event: Event): void {
  const target = event.target as Element | null;
  if (!target || !(target.localName === 'img' || target.localName === 'video')) return;
  // An emoji or a formula in a line of text leaves its alt in the line: the sentence keeps its word. (An icon's alt
  // names the picture, "Facebook logo": it goes as a picture does.)
  const text = target.matches('.qari-emoji, .qari-tex') ? inlineImageText(target) : '';
  if (text) {
    target.replaceWith(target.ownerDocument.createTextNode(text));
    return;
  }
  brokenMediaBox(target).classList.add('qari-broken');
}

// The text size a formula drawn as an image is drawn for: a browser's default, at which MediaWiki sizes its formulas (in ex).
const FORMULA_TEXT_PX = 16;

/**
 * A formula drawn as an image is drawn for text of the page's size: it is shown in proportion to the reader's text
 * instead, so it grows with the text size and stays legible at the largest. `load` does not bubble: this listens in the
 * capture phase, as hideBrokenMedia does.
 */
function sizeFormula(event: Event): void {
  const img = event.target as HTMLImageElement | null;
  if (img?.localName !== 'img' || !img.classList.contains('qari-tex') || !img.naturalHeight) return;
  img.style.blockSize = `${img.naturalHeight / FORMULA_TEXT_PX}em`;
}

export function ReaderArticle(props: ReaderArticleProps) {
  const { article } = props;
  const contentRef = useRef<HTMLDivElement>(null);
  // A layout effect runs within the render, before the browser paints: the article never shows empty.
  useLayoutEffect(() => {
    contentRef.current?.replaceChildren(props.content);
  }, [props.content]);
  const site = siteLabel(article, props.hostname);
  return (
    <article class="qari-article" dir={article.dir} lang={article.lang} data-script={articleScript(article)}>
      <header class="qari-article-header">
        {site && <p class="qari-site">{site}</p>}
        <h1 class="qari-title">{article.title}</h1>
        <ArticleMeta article={article} />
        <p class="qari-original">
          <a
            href={article.url}
            lang={uiLang()}
            dir={uiDir()}
            target={props.onClose ? undefined : '_blank'}
            rel="noopener noreferrer"
            onClick={(event) => {
              if (!props.onClose || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              if (fromUser(event)) props.onClose();
            }}
          >
            {t('view_original')}
          </a>
        </p>
      </header>
      <div class="qari-content" ref={contentRef} onErrorCapture={hideBrokenMedia} onLoadCapture={sizeFormula} />
    </article>
  );
}
