/**
 * Read aloud in Firefox ESR, with a real synthesiser: Firefox on Linux speaks through Speech Dispatcher (see
 * speech-server.ts), which it finds through SPEECHD_ADDRESS. This test starts a Firefox of its own, so that it starts
 * with that address; a real click (puppeteer's, trusted) starts the reading.
 */
import { test as base, expect } from '@playwright/test';
import { startSeedServer } from '../scripts/lib/seed-server';
import { callHook, launchFirefoxWithExtension } from './firefox-fixture';
import { startSpeechServer } from './speech-server';

base('Firefox reads the Arabic article aloud in an Arabic voice, marks the block it reads, and stops on close', async () => {
  base.setTimeout(90_000);
  const speech = await startSpeechServer();
  const server = await startSeedServer();
  const before = process.env.SPEECHD_ADDRESS;
  process.env.SPEECHD_ADDRESS = speech.address;
  const { browser } = await launchFirefoxWithExtension().finally(() => {
    if (before === undefined) delete process.env.SPEECHD_ADDRESS;
    else process.env.SPEECHD_ADDRESS = before;
  });
  try {
    const tab = (await browser.pages())[0] ?? (await browser.newPage());
    await tab.goto(server.url('/elbalad-isis-africa/'));
    await expect.poll(async () => (await callHook<{ url?: string } | null>(tab, 'tab-state'))?.url ?? null, { timeout: 10_000 }).toBe(tab.url());
    expect(await callHook(tab, 'toggle')).toMatchObject({ open: true, hasArticle: true });
    const listen = tab.locator('qari-reader >>> button[aria-label="Read aloud"]');
    await listen.setTimeout(10_000).wait();
    await listen.click();
    const speaking = () => tab.evaluate(() => document.querySelector('qari-reader')?.shadowRoot?.querySelector('.qari-speaking')?.textContent ?? null);
    await expect.poll(speaking).toBe('داعش ينتقل إلى أفريقيا..التحالف الدولي: التنظيم لم يهزم بعد|وأمريكا توجه رسالة خاصة');
    await expect.poll(() => tab.evaluate(() => speechSynthesis.speaking)).toBe(true);
    await expect.poll(speaking, { timeout: 30_000 }).toBe('الاجتماع الوزاري للتحالف الدولي');
    expect(await callHook(tab, 'toggle')).toMatchObject({ open: false });
    await expect.poll(() => tab.evaluate(() => speechSynthesis.speaking)).toBe(false);
  } finally {
    await browser.close();
    await server.close();
    await speech.stop();
  }
});
