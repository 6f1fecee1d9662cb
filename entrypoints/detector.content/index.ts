import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { detectPage } from '@/utils/detect-page';
import { isToTabMessage, type ReaderState, type ToBackgroundMessage, type ToTabMessage } from '@/utils/messages';
import { getReaderApi, type ReaderApi } from '@/utils/reader-api';

async function loadReader(): Promise<ReaderApi> {
  const existing = getReaderApi();
  if (existing) return existing;
  await import(/* @vite-ignore */ browser.runtime.getURL('/reader.js'));
  const api = getReaderApi();
  if (!api) throw new Error('Qari: the reader module did not load');
  return api;
}

async function handle(message: ToTabMessage): Promise<ReaderState> {
  if (message.type === 'qari:state') return getReaderApi()?.state() ?? { open: false };
  if (message.type === 'qari:close') return getReaderApi()?.close() ?? { open: false };
  const api = await loadReader();
  return message.type === 'qari:open' ? api.open() : api.toggle();
}

function tell(message: ToBackgroundMessage): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isToTabMessage(message)) return undefined;
      return handle(message).catch((error: unknown) => {
        console.warn('Qari:', error);
        return { open: false } satisfies ReaderState;
      });
    });
    const verdict = detectPage(document);
    tell({ type: 'qari:verdict', url: location.href, verdict });
    if (import.meta.env.MODE === 'e2e') void import('./e2e-hook').then((hook) => hook.installE2eHook());
    ctx.onInvalidated(() => getReaderApi()?.close());
  },
});
