import { test, expect, browserSession, clickToolbarIcon } from './fixture';
import type { CDPSession } from '@playwright/test';

// Stopping the service worker needs a browser-level DevTools session (see browserSession in the fixture).
test.use({ extraLaunchArgs: ['--remote-debugging-port=0'] });

async function workerTargets(session: CDPSession, extensionId: string): Promise<{ targetId: string }[]> {
  const { targetInfos } = (await session.send('Target.getTargets' as never)) as unknown as { targetInfos: { type: string; targetId: string; url: string }[] };
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
}

/** Stops Qari's service worker as Chromium does after 30 seconds without events (Target.closeTarget on its target). */
async function stopServiceWorker(session: CDPSession, extensionId: string): Promise<void> {
  const [target] = await workerTargets(session, extensionId);
  if (!target) throw new Error('Qari has no running service worker');
  await session.send('Target.closeTarget' as never, { targetId: target.targetId } as never);
  await expect.poll(async () => (await workerTargets(session, extensionId)).length).toBe(0);
}

test('a reader left open while the worker is stopped closes with the icon still saying the page is an article', async ({ context, page, qari }) => {
  const browser = await browserSession(context);
  try {
    await qari.openSeed('elbalad-isis-africa');
    const tabId = await qari.tabId();
    await qari.toggle();
    expect((await qari.reader()).hosts).toBe(1);

    await stopServiceWorker(browser.session, qari.extensionId);

    // The reader closes from the page; its message starts a new worker, which must still know the page.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await qari.reader()).hosts).toBe(0);
    await expect.poll(async () => (await workerTargets(browser.session, qari.extensionId)).length).toBe(1);

    // Playwright keeps no handle on a restarted worker: read the icon from an extension page instead.
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${qari.extensionId}/options.html`);
    const icon = () => probe.evaluate(async (tabId) => ({ title: await chrome.action.getTitle({ tabId }), badge: await chrome.action.getBadgeText({ tabId }) }), tabId);
    await expect.poll(icon).toEqual({ title: 'Open in reader view', badge: '●' });
    await probe.close();

    // And a click on the toolbar icon still opens the page's reader through the new worker.
    await clickToolbarIcon(browser.session, page, qari.extensionId);
    await expect.poll(async () => (await qari.reader()).hosts).toBe(1);
  } finally {
    await browser.close();
  }
});
