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

test('the toggle-reader shortcut is registered as Alt+Shift+R, not Reader View’s Ctrl+Alt+R', async ({ qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  const commands = await qari.commands();
  const toggle = commands.find((c) => c.name === 'toggle-reader');
  expect(toggle?.shortcut).toBe('Alt+Shift+R');
  // Firefox's Reader View: Ctrl+Alt+R (Cmd+Alt+R on a Mac). No Qari command may take it.
  for (const command of commands) expect(command.shortcut ?? '').not.toMatch(/^(Ctrl|Command|MacCtrl)\+Alt\+R$/);
});
