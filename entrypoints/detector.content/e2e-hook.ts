/**
 * Test-only: compiled in only by `wxt build --mode e2e` (npm run build:e2e), never in the shipped zips
 * (scripts/production-bundle.test.ts checks). A browser test that cannot reach the background page
 * (Firefox) dispatches `qari-e2e` on the page's window; this forwards it to the background's e2e hook
 * for this tab and dispatches `qari-e2e-result` with the answer as JSON. Only <html> gets an attribute
 * (data-qari-e2e="ready"), so tests comparing the page's body see it untouched.
 */
import { browser } from 'wxt/browser';
import { E2E_MESSAGE_TYPE, type E2eAction, type E2eMessage } from '../background/e2e-hook';

export const E2E_EVENT = 'qari-e2e';
export const E2E_RESULT_EVENT = 'qari-e2e-result';
export const E2E_READY_ATTRIBUTE = 'data-qari-e2e';

/** The event's detail, as JSON: an id the test picks to match the result, and what to do. */
export interface E2eRequest {
  id: string;
  action: E2eAction;
}

/** The result event's detail, as JSON. */
export type E2eResult = { id: string; ok: true; value: unknown } | { id: string; ok: false; error: string };

function parseRequest(detail: unknown): E2eRequest | undefined {
  try {
    const request = JSON.parse(String(detail)) as Partial<E2eRequest>;
    return typeof request.id === 'string' && typeof request.action === 'string' ? (request as E2eRequest) : undefined;
  } catch {
    return undefined;
  }
}

export function installE2eHook(): void {
  window.addEventListener(E2E_EVENT, (event) => {
    const request = parseRequest((event as CustomEvent).detail);
    if (!request) return;
    const message: E2eMessage = { type: E2E_MESSAGE_TYPE, action: request.action };
    browser.runtime
      .sendMessage(message)
      .then(
        (value): E2eResult => ({ id: request.id, ok: true, value: value ?? null }),
        (error: unknown): E2eResult => ({ id: request.id, ok: false, error: String(error) }),
      )
      // A string detail crosses from the content script's world to the page's in every browser.
      .then((result) => window.dispatchEvent(new CustomEvent(E2E_RESULT_EVENT, { detail: JSON.stringify(result) })));
  });
  document.documentElement.setAttribute(E2E_READY_ATTRIBUTE, 'ready');
}
