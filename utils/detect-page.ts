/**
 * The always-on detector's verdict on a page: is it an article, and is it cluttered?
 * Runs on every page at document_idle, so it must stay cheap and small: no Readability, no DOMPurify.
 */
import { isProbablyReaderable } from '@mozilla/readability/Readability-readerable.js';
import type { PageVerdict } from './messages';

export function detectPage(doc: Document, now: () => number = () => performance.now()): PageVerdict {
  const start = now();
  const reasons: string[] = [];
  let isArticle = false;
  try {
    isArticle = isProbablyReaderable(doc);
  } catch {
    reasons.push('error');
  }
  reasons.push(isArticle ? 'readerable' : 'not-readerable');
  return { isArticle, cluttered: false, reasons, ms: now() - start };
}
