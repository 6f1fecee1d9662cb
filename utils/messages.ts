/**
 * Every message between Qari's contexts, declared once.
 * Only extension contexts can send these (runtime messaging); a page's own scripts cannot.
 */
import type { TextDirection } from './article';

/** The error a tab answers with when its reader could not load or open there; the background reads it as "can't open here". */
export const READER_FAILED = 'qari:reader-failed';

/** What the detector found on a page. */
export interface PageVerdict {
  isArticle: boolean;
  cluttered: boolean;
  /** Why, in a few words, for logs and tests. */
  reasons: string[];
  ms: number;
}

/** Background → content script (tabs.sendMessage). */
export type ToTabMessage =
  | { type: 'qari:toggle' }
  | { type: 'qari:open' }
  | { type: 'qari:close' }
  | { type: 'qari:state' };

/** The content script's answer to a ToTabMessage. */
export interface ReaderState {
  open: boolean;
  /** false when the reader opened but found no article. */
  hasArticle?: boolean;
  /** true when there was no article because the page is too large to read safely (the reader says so). */
  tooLarge?: boolean;
  dir?: TextDirection;
  lang?: string;
}

/** Content script → background (runtime.sendMessage). */
export type ToBackgroundMessage =
  | { type: 'qari:verdict'; url: string; verdict: PageVerdict }
  | { type: 'qari:reader-state'; state: ReaderState }
  | { type: 'qari:open-options' };

export function isToTabMessage(value: unknown): value is ToTabMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    ['qari:toggle', 'qari:open', 'qari:close', 'qari:state'].includes((value as { type: string }).type)
  );
}

export function isToBackgroundMessage(value: unknown): value is ToBackgroundMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['qari:verdict', 'qari:reader-state', 'qari:open-options'].includes((value as { type?: string }).type ?? '')
  );
}
