/**
 * Loads the reader module (reader.js: Readability, DOMPurify, Preact, the UI and its CSS) only when the
 * reader opens. It is a web-accessible ES module imported from this content script, so it runs in the
 * same isolated world and needs no user gesture, no activeTab and no scripting permission: the toolbar
 * click, the keyboard command, auto-open and tests all come through here.
 */
import { browser } from 'wxt/browser';
import type { ReaderState, ToTabMessage } from '@/utils/messages';
import { getReaderApi, type ReaderApi } from '@/utils/reader-api';

export async function loadReader(): Promise<ReaderApi> {
  // Importing the same URL twice runs the module once: the browser's module map keeps it.
  if (!getReaderApi()) await import(/* @vite-ignore */ browser.runtime.getURL('/reader.js'));
  const api = getReaderApi();
  if (!api) throw new Error('the reader module did not load');
  return api;
}

export function readerIsOpen(): boolean {
  return getReaderApi()?.state().open ?? false;
}

/** Answers the background's messages; closing or asking never loads the reader. */
export async function handleTabMessage(message: ToTabMessage): Promise<ReaderState> {
  if (message.type === 'qari:state') return getReaderApi()?.state() ?? { open: false };
  if (message.type === 'qari:close') return getReaderApi()?.close() ?? { open: false };
  const api = await loadReader();
  return message.type === 'qari:open' ? api.open() : api.toggle();
}
