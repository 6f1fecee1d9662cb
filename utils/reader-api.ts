/**
 * The contract between the always-on detector content script and the reader module (reader.js),
 * which the detector loads on demand with a dynamic import of a web-accessible resource.
 * Both run in the content script's isolated world: the page's own scripts cannot see this global.
 */
import type { ReaderState } from './messages';

export interface ReaderApi {
  /** Opens the reader (extracting the article from a copy of the page), or closes it when open. */
  toggle(): Promise<ReaderState>;
  open(): Promise<ReaderState>;
  /** Closes the reader and gives the page back exactly as it was (scroll position and focus too). */
  close(): ReaderState;
  state(): ReaderState;
}

/** The reader module sets this property of the isolated world's globalThis when it loads. */
export const READER_API_KEY = '__qariReaderApi';

export function getReaderApi(): ReaderApi | undefined {
  return (globalThis as Record<string, unknown>)[READER_API_KEY] as ReaderApi | undefined;
}

export function setReaderApi(api: ReaderApi): void {
  Object.defineProperty(globalThis, READER_API_KEY, { value: api, configurable: true });
}
