/**
 * Run one extraction engine on a parsed page, the same way for both: the timed part starts from the parsed document,
 * includes the one clone each engine needs (Readability mutates its input) and ends with the article in hand.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract-article';
import { plainText } from '../../utils/plain-text';
import { readingMinutes } from '../../utils/reading-time';
import type { RemovedBlock } from '../../utils/article';
import { decodeHtml } from './decode-html';

export type Engine = 'qari' | 'readability';

export interface EngineResult {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  readingMinutes: number;
  html: string;
  text: string;
  removed: RemovedBlock[];
}

/** Read a saved page (.html or .html.gz) and decode it as a browser would. */
export function readPage(path: string): string {
  let bytes: Uint8Array = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  return decodeHtml(bytes).text;
}

// jsdom reports every stylesheet it cannot parse on the console; a corpus run would drown in them.
const quietConsole = new VirtualConsole();

/** Parse HTML into a jsdom window (no scripts, no resources). Close it with closePage when done. */
export function parsePage(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: quietConsole });
}

/**
 * Close a page from parsePage and let jsdom give its memory back. jsdom 27 frees a closed window only once the event
 * loop has turned: a loop that closes one window after another without turning it keeps every page it read (WCXB's
 * 793 article pages in one `extract` run grew the heap to 4 GB, then out of memory; with the turn, all 1,497 of its
 * pages leave it near 60 MB after a collection).
 */
export async function closePage(dom: JSDOM): Promise<void> {
  dom.window.close();
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Plain text of article HTML, made the same way for both engines. */
export function htmlToText(html: string, doc: Document): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return plainText(template.content);
}

/** Run an engine on a parsed document; returns the article (or null) and the time it took in milliseconds. */
export function runEngine(engine: Engine, doc: Document, url: string): { result: EngineResult | null; ms: number } {
  if (engine === 'qari') {
    const start = performance.now();
    const article = extractArticle(doc, { url });
    const ms = performance.now() - start;
    if (!article) return { result: null, ms };
    return {
      ms,
      result: {
        title: article.title,
        byline: article.byline,
        siteName: article.siteName,
        lang: article.lang,
        dir: article.dir,
        readingMinutes: article.readingMinutes,
        html: article.contentHtml,
        text: htmlToText(article.contentHtml, doc),
        removed: article.removed,
      },
    };
  }
  const start = performance.now();
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability(clone).parse();
  const ms = performance.now() - start;
  if (!article?.content) return { result: null, ms };
  const text = htmlToText(article.content, doc);
  return {
    ms,
    result: {
      title: article.title ?? null,
      byline: article.byline ?? null,
      siteName: article.siteName ?? null,
      lang: article.lang ?? null,
      dir: article.dir ?? null,
      readingMinutes: readingMinutes(text, article.lang),
      html: article.content,
      text,
      removed: [],
    },
  };
}
