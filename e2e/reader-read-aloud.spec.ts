/**
 * Read aloud with a real synthesiser: Chromium on Linux speaks through Speech Dispatcher (here with espeak-ng's
 * voices, see speech-server.ts) when started with --enable-speech-dispatcher. A real click starts it: browsers let a
 * page speak only after a user gesture.
 */
import { test, expect } from './fixture';
import { startSpeechServer, type SpeechServer } from './speech-server';

test.use({ extraLaunchArgs: ['--enable-speech-dispatcher'] });

let speech: SpeechServer;
const before = process.env.SPEECHD_ADDRESS;
test.beforeAll(async () => {
  speech = await startSpeechServer();
  // The browser launched for each test reads it from the environment.
  process.env.SPEECHD_ADDRESS = speech.address;
});
test.afterAll(async () => {
  if (before === undefined) delete process.env.SPEECHD_ADDRESS;
  else process.env.SPEECHD_ADDRESS = before;
  await speech?.stop();
});

test('reads the Arabic article aloud from its headline on, block after block, and stops on the second click and on close', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  const reader = page.locator('qari-reader');
  // The voices load after the reader opens; the button comes with an Arabic one.
  const listen = reader.getByRole('button', { name: 'Read aloud' });
  await expect(listen).toBeVisible({ timeout: 10_000 });
  await listen.click();
  await expect(reader.locator('.qari-title.qari-speaking')).toHaveCount(1);
  expect(await page.evaluate('speechSynthesis.speaking')).toBe(true);
  // The headline ends and the article is read on in its order: the lead picture's caption, then the first paragraph.
  await expect(reader.locator('.qari-content .qari-speaking')).toHaveText('الاجتماع الوزاري للتحالف الدولي', { timeout: 20_000 });
  await expect(reader.locator('.qari-title')).not.toHaveClass(/qari-speaking/);
  await expect(reader.locator('.qari-content .qari-speaking')).toHaveText(/^اجتمع وزراء التحالف الدولي/, { timeout: 20_000 });
  expect(await reader.locator('.qari-speaking').count()).toBe(1);
  await reader.getByRole('button', { name: 'Stop reading aloud' }).click();
  await expect(reader.locator('.qari-speaking')).toHaveCount(0);
  await expect.poll(() => page.evaluate('speechSynthesis.speaking')).toBe(false);

  // Reading again, then closing the reader: the voice stops with it.
  await reader.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => page.evaluate('speechSynthesis.speaking')).toBe(true);
  await qari.toggle();
  await expect(page.locator('qari-reader')).toHaveCount(0);
  await expect.poll(() => page.evaluate('speechSynthesis.speaking')).toBe(false);
});

test('reads at the speed set in the reader: the headline takes far longer at half speed than at twice the speed', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  const reader = page.locator('qari-reader');
  const listen = reader.getByRole('button', { name: 'Read aloud', exact: true });
  await expect(listen).toBeVisible({ timeout: 10_000 });
  await reader.getByRole('button', { name: 'Display settings' }).click();
  const speed = reader.getByRole('group', { name: 'Read-aloud speed' });

  /** Sets the speed with the panel's buttons, then reads from the top and times the headline. */
  async function headlineSeconds(label: 'Read aloud slower' | 'Read aloud faster', shown: string): Promise<number> {
    const button = reader.getByRole('button', { name: label });
    while ((await button.getAttribute('aria-disabled')) !== 'true') await button.click();
    await expect(speed.locator('output')).toHaveText(shown);
    await reader.locator('.qari-scroller').evaluate((el) => el.scrollTo(0, 0));
    await reader.getByRole('button', { name: 'Read aloud', exact: true }).click();
    await expect(reader.locator('.qari-title.qari-speaking')).toHaveCount(1);
    const started = Date.now();
    await expect(reader.locator('.qari-content .qari-speaking')).toHaveCount(1, { timeout: 30_000 });
    const seconds = (Date.now() - started) / 1000;
    await reader.getByRole('button', { name: 'Stop reading aloud' }).click();
    await expect.poll(() => page.evaluate('speechSynthesis.speaking')).toBe(false);
    return seconds;
  }

  const slow = await headlineSeconds('Read aloud slower', '0.5×');
  const fast = await headlineSeconds('Read aloud faster', '2×');
  // Four times the pace, but each utterance also waits about two seconds for the synthesiser at any speed (here 12.4 s
  // against 4.8): at one speed for both, the two times would be about the same.
  expect(slow).toBeGreaterThan(fast * 1.5);
  const stored = await qari.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { speechRate: number }).speechRate);
  expect(stored).toBe(2);
});
