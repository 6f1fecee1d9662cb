import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { READER_API_KEY, getReaderApi, setReaderApi, type ReaderApi } from './reader-api';

const api: ReaderApi = {
  toggle: async () => ({ open: true }),
  open: async () => ({ open: true }),
  close: () => ({ open: false }),
  state: () => ({ open: false }),
};

describe('getReaderApi', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[READER_API_KEY];
    document.body.innerHTML = '';
  });

  it('is undefined until the reader module sets it, then returns it', () => {
    expect(getReaderApi()).toBeUndefined();
    setReaderApi(api);
    expect(getReaderApi()).toBe(api);
  });

  it('does not take a page element named like the key for the reader', () => {
    const { window } = new JSDOM(`<div id="${READER_API_KEY}"></div>`);
    // The element shows through the window's named properties, as it does in a content script's world.
    expect((window as unknown as Record<string, unknown>)[READER_API_KEY]).toBeInstanceOf(window.HTMLDivElement);
    expect(getReaderApi(window)).toBeUndefined();
    setReaderApi(api, window);
    expect(getReaderApi(window)).toBe(api);
  });

  it('ignores an own property that is not a reader API', () => {
    (globalThis as Record<string, unknown>)[READER_API_KEY] = { toggle: 'not a function' };
    expect(getReaderApi()).toBeUndefined();
  });
});
