/**
 * The reader's keyboard shortcut. Plain functions that take the commands API, so tests can pass a
 * stub (WXT's fake browser has no `commands`). Chrome edits shortcuts only on its own page;
 * Firefox lets an extension change them with commands.update.
 */

export const TOGGLE_COMMAND = 'toggle-reader';
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

export interface CommandInfo {
  name?: string;
  shortcut?: string;
  description?: string;
}

export interface CommandsApi {
  getAll(): Promise<CommandInfo[]>;
  update?(detail: { name: string; shortcut?: string }): Promise<void>;
  reset?(name: string): Promise<void>;
}

/** The toggle command's current shortcut: '' when the user removed it, null when unknown. */
export async function readShortcut(commands: CommandsApi | undefined): Promise<string | null> {
  if (!commands?.getAll) return null;
  const all = await commands.getAll();
  const command = all.find((c) => c.name === TOGGLE_COMMAND);
  return command ? (command.shortcut ?? '') : null;
}

/** Whether this browser lets the page change the shortcut itself (Firefox), rather than on a browser page (Chrome). */
export function canEditInPlace(commands: CommandsApi | undefined): boolean {
  return typeof commands?.update === 'function';
}

const MODIFIERS = ['Ctrl', 'Alt', 'Command', 'MacCtrl'];
const FUNCTION_KEY = /^F([1-9]|1[0-9])$/;
const MEDIA_KEYS = ['MediaNextTrack', 'MediaPlayPause', 'MediaPrevTrack', 'MediaStop'];
const NAMED_KEYS = ['Comma', 'Period', 'Home', 'End', 'PageUp', 'PageDown', 'Space', 'Insert', 'Delete', 'Up', 'Down', 'Left', 'Right'];

export type ShortcutErrorCode = 'shortcutEmpty' | 'shortcutNoKey' | 'shortcutNoModifier' | 'shortcutBadKey' | 'shortcutBadModifier' | 'shortcutRefused';
export type ShortcutCheck = { ok: true; value: string } | { ok: false; code: ShortcutErrorCode; detail?: string };

function canonicalPart(part: string): string {
  const lower = part.toLowerCase();
  const all = [...MODIFIERS, 'Shift', ...MEDIA_KEYS, ...NAMED_KEYS];
  const named = all.find((k) => k.toLowerCase() === lower);
  if (named) return named;
  if (lower === 'control') return 'Ctrl';
  if (lower === 'cmd') return 'Command';
  if (/^f\d{1,2}$/.test(lower)) return lower.toUpperCase();
  if (/^[a-z0-9]$/.test(lower)) return lower.toUpperCase();
  return part;
}

/**
 * Checks a shortcut in the format of the manifest's `commands` key ("Ctrl+Shift+U"): one or two
 * modifiers, one of them Ctrl, Alt, Command or MacCtrl (Shift only alongside), then one key;
 * a function key or media key may stand alone.
 */
export function checkShortcut(input: string): ShortcutCheck {
  const parts = input
    .split('+')
    .map((p) => p.trim())
    .filter(Boolean)
    .map(canonicalPart);
  if (!parts.length) return { ok: false, code: 'shortcutEmpty' };
  const key = parts[parts.length - 1]!;
  const modifiers = parts.slice(0, -1);
  const isKey = /^[A-Z0-9]$/.test(key) || FUNCTION_KEY.test(key) || MEDIA_KEYS.includes(key) || NAMED_KEYS.includes(key);
  if (!isKey) {
    if (key === 'Shift' || MODIFIERS.includes(key)) return { ok: false, code: 'shortcutNoKey' };
    return { ok: false, code: 'shortcutBadKey', detail: key };
  }
  for (const m of modifiers) if (m !== 'Shift' && !MODIFIERS.includes(m)) return { ok: false, code: 'shortcutBadModifier', detail: m };
  if (modifiers.length > 2 || new Set(modifiers).size !== modifiers.length) return { ok: false, code: 'shortcutBadModifier', detail: modifiers.join('+') };
  const standsAlone = FUNCTION_KEY.test(key) || MEDIA_KEYS.includes(key);
  if (!standsAlone && !modifiers.some((m) => MODIFIERS.includes(m))) return { ok: false, code: 'shortcutNoModifier' };
  if (MEDIA_KEYS.includes(key) && modifiers.length) return { ok: false, code: 'shortcutBadModifier', detail: modifiers.join('+') };
  return { ok: true, value: [...modifiers, key].join('+') };
}

/** Builds a shortcut string from a key press, for a field that records what the user presses. */
export function shortcutFromKeyEvent(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>, isMac = false): string | null {
  const parts: string[] = [];
  if (e.ctrlKey) parts.push(isMac ? 'MacCtrl' : 'Ctrl');
  if (e.altKey) parts.push('Alt');
  if (e.metaKey) parts.push('Command');
  if (e.shiftKey) parts.push('Shift');
  const code = e.code ?? '';
  let key: string | null = null;
  if (/^Key[A-Z]$/.test(code)) key = code.slice(3);
  else if (/^Digit[0-9]$/.test(code)) key = code.slice(5);
  else if (/^F([1-9]|1[0-9])$/.test(code)) key = code;
  else {
    const byCode: Record<string, string> = {
      Comma: 'Comma',
      Period: 'Period',
      Home: 'Home',
      End: 'End',
      PageUp: 'PageUp',
      PageDown: 'PageDown',
      Space: 'Space',
      Insert: 'Insert',
      Delete: 'Delete',
      ArrowUp: 'Up',
      ArrowDown: 'Down',
      ArrowLeft: 'Left',
      ArrowRight: 'Right',
    };
    key = byCode[code] ?? null;
  }
  if (!key) return null;
  return [...parts, key].join('+');
}

export type UpdateResult = { ok: true; shortcut: string } | { ok: false; code: ShortcutErrorCode; detail?: string };

/** Sets the shortcut (Firefox). An empty input removes it. Refused input never reaches the browser. */
export async function updateShortcut(commands: CommandsApi, input: string): Promise<UpdateResult> {
  if (!commands.update) return { ok: false, code: 'shortcutRefused', detail: 'commands.update is not available in this browser' };
  let shortcut = '';
  if (input.trim()) {
    const checked = checkShortcut(input);
    if (!checked.ok) return checked;
    shortcut = checked.value;
  }
  try {
    await commands.update({ name: TOGGLE_COMMAND, shortcut });
    return { ok: true, shortcut };
  } catch (e) {
    return { ok: false, code: 'shortcutRefused', detail: e instanceof Error ? e.message : String(e) };
  }
}

/** Puts the manifest's suggested shortcut back (Firefox). */
export async function resetShortcut(commands: CommandsApi): Promise<string | null> {
  await commands.reset?.(TOGGLE_COMMAND);
  return readShortcut(commands);
}
