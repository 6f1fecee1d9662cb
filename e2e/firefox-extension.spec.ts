/**
 * Qari as Firefox installed it: the manifest it read, the shortcut it registered (and that it is not
 * Firefox's own Reader View key), the toolbar button.
 */
import { expect, test } from './firefox-fixture';

test('Firefox installs Qari under its gecko id, as Manifest V3 with the toolbar button on the navbar', async ({ qari }) => {
  expect(qari.extensionId).toBe('qari@qari-reader.org');
  await qari.openSeed('elbalad-isis-africa');
  const manifest = await qari.manifest();
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.browser_specific_settings?.gecko?.id).toBe('qari@qari-reader.org');
  expect(manifest.browser_specific_settings?.gecko?.strict_min_version).toMatch(/^\d+\.0$/);
  expect(manifest.action?.default_area).toBe('navbar');
  expect(manifest.commands?.['toggle-reader']).toBeTruthy();
});

test('Firefox registers the toggle-reader shortcut the manifest suggests, and it is not Reader View’s Ctrl+Alt+R', async ({ qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  const suggested = (await qari.manifest()).commands['toggle-reader'].suggested_key as Record<string, string>;
  const platform = ({ darwin: 'mac', win32: 'windows', linux: 'linux' } as Record<string, string>)[process.platform] ?? 'default';
  const expected = suggested[platform] ?? suggested.default;
  expect(expected, 'the manifest suggests a key').toBeTruthy();
  const commands = await qari.commands();
  // Firefox leaves a command without a key when it can't use the suggestion; Qari's must have its key.
  expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBe(expected);
  // Firefox's Reader View: Ctrl+Alt+R (Cmd+Alt+R on a Mac, also F9 on Windows). No Qari command may take it.
  for (const command of commands) expect(command.shortcut ?? '').not.toMatch(/^((Ctrl|Command|MacCtrl)\+Alt\+R|F9)$/);
});

test('the options page opens in its own tab in Firefox and shows its settings', async ({ qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  const options = await qari.openOptions();
  try {
    await options.waitForSelector('#app *', { timeout: 10_000 });
    const shown = await options.evaluate(() => ({
      text: document.body.innerText.trim(),
      controls: document.querySelectorAll('input, select, button').length,
    }));
    expect(shown.text.length).toBeGreaterThan(0);
    expect(shown.controls).toBeGreaterThan(0);
  } finally {
    await options.close();
  }
});
