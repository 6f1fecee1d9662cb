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

/**
 * The reader module's API, if it has loaded in this world. Only an own property of globalThis counts:
 * a page element named like the key (<div id="__qariReaderApi">) shows through window's named
 * properties in the isolated world too, and must neither pass for the reader nor keep it from loading.
 */
export function getReaderApi(scope: object = globalThis): ReaderApi | undefined {
  const api = Object.getOwnPropertyDescriptor(scope, READER_API_KEY)?.value as Partial<ReaderApi> | undefined;
  return typeof api?.toggle === 'function' ? (api as ReaderApi) : undefined;
}

export function setReaderApi(api: ReaderApi, scope: object = globalThis): void {
  Object.defineProperty(scope, READER_API_KEY, { value: api, configurable: true });
}
