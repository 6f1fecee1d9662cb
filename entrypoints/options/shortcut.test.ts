import { describe, expect, it, vi } from 'vitest';
import { canEditInPlace, checkShortcut, readShortcut, resetShortcut, shortcutFromKeyEvent, updateShortcut, type CommandsApi } from './shortcut';

function stub(shortcut = 'Alt+Shift+R', withUpdate = true): CommandsApi & { update: ReturnType<typeof vi.fn> } {
  let current = shortcut;
  return {
    getAll: vi.fn(async () => [{ name: '_execute_action', shortcut: '' }, { name: 'toggle-reader', shortcut: current, description: 'Open or close the reader view' }]),
    update: withUpdate
      ? vi.fn(async ({ shortcut: next }: { shortcut?: string }) => {
          current = next ?? current;
        })
      : (undefined as never),
    reset: vi.fn(async () => {
      current = 'Alt+Shift+R';
    }),
  };
}

describe('checkShortcut', () => {
  it.each([
    ['Ctrl+Shift+U', 'Ctrl+Shift+U'],
    ['alt+shift+r', 'Alt+Shift+R'],
    [' Ctrl + 5 ', 'Ctrl+5'],
    ['Command+Comma', 'Command+Comma'],
    ['MacCtrl+Alt+Up', 'MacCtrl+Alt+Up'],
    ['F7', 'F7'],
    ['Ctrl+F12', 'Ctrl+F12'],
    ['MediaPlayPause', 'MediaPlayPause'],
    ['control+y', 'Ctrl+Y'],
  ])('accepts %j as %j', (input, value) => {
    expect(checkShortcut(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'shortcutEmpty'],
    ['R', 'shortcutNoModifier'],
    ['Shift+R', 'shortcutNoModifier'],
    ['Ctrl+Shift', 'shortcutNoKey'],
    ['Ctrl+Enter', 'shortcutBadKey'],
    ['Ctrl+ش', 'shortcutBadKey'],
    ['Hyper+R', 'shortcutBadModifier'],
    ['Ctrl+Alt+Shift+R', 'shortcutBadModifier'],
    ['Ctrl+Ctrl+R', 'shortcutBadModifier'],
    ['Ctrl+MediaStop', 'shortcutBadModifier'],
  ])('refuses %j (%s)', (input, code) => {
    expect(checkShortcut(input)).toMatchObject({ ok: false, code });
  });
});

describe('shortcutFromKeyEvent', () => {
  const key = (over: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...over });

  it('reads the physical key, so an Arabic keyboard layout still gives a Latin letter', () => {
    expect(shortcutFromKeyEvent(key({ key: 'ق', code: 'KeyF', altKey: true, shiftKey: true }))).toBe('Alt+Shift+F');
  });

  it('names arrows, digits and function keys as the manifest does', () => {
    expect(shortcutFromKeyEvent(key({ code: 'ArrowLeft', ctrlKey: true }))).toBe('Ctrl+Left');
    expect(shortcutFromKeyEvent(key({ code: 'Digit3', ctrlKey: true }))).toBe('Ctrl+3');
    expect(shortcutFromKeyEvent(key({ code: 'F5' }))).toBe('F5');
    expect(shortcutFromKeyEvent(key({ code: 'KeyR', ctrlKey: true }), true)).toBe('MacCtrl+R');
  });

  it('gives nothing for a modifier alone', () => {
    expect(shortcutFromKeyEvent(key({ key: 'Control', code: 'ControlLeft', ctrlKey: true }))).toBeNull();
  });
});

describe('reading and changing the shortcut', () => {
  it('reads the toggle-reader command', async () => {
    expect(await readShortcut(stub('Ctrl+Shift+Y'))).toBe('Ctrl+Shift+Y');
    expect(await readShortcut({ getAll: async () => [{ name: 'toggle-reader' }] })).toBe('');
    expect(await readShortcut({ getAll: async () => [] })).toBeNull();
    expect(await readShortcut(undefined)).toBeNull();
  });

  it('knows Firefox (commands.update) from Chrome', () => {
    expect(canEditInPlace(stub())).toBe(true);
    expect(canEditInPlace({ getAll: async () => [] })).toBe(false);
  });

  it('updates with the canonical form, and never sends a bad one', async () => {
    const commands = stub();
    expect(await updateShortcut(commands, 'ctrl+shift+u')).toEqual({ ok: true, shortcut: 'Ctrl+Shift+U' });
    expect(commands.update).toHaveBeenCalledWith({ name: 'toggle-reader', shortcut: 'Ctrl+Shift+U' });
    expect(await updateShortcut(commands, 'Shift+U')).toMatchObject({ ok: false, code: 'shortcutNoModifier' });
    expect(commands.update).toHaveBeenCalledTimes(1);
  });

  it('removes the shortcut for an empty input', async () => {
    const commands = stub();
    expect(await updateShortcut(commands, '  ')).toEqual({ ok: true, shortcut: '' });
    expect(commands.update).toHaveBeenCalledWith({ name: 'toggle-reader', shortcut: '' });
  });

  it('passes on what the browser refuses', async () => {
    const commands = stub();
    commands.update.mockRejectedValueOnce(new Error('Type error for parameter detail'));
    expect(await updateShortcut(commands, 'Ctrl+Y')).toEqual({ ok: false, code: 'shortcutRefused', detail: 'Type error for parameter detail' });
  });

  it('resets to the default', async () => {
    const commands = stub('Ctrl+1');
    expect(await resetShortcut(commands)).toBe('Alt+Shift+R');
  });
});
