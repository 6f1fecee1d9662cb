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
