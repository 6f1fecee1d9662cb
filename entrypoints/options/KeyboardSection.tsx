import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CHROME_SHORTCUTS_URL, canEditInPlace, readShortcut, resetShortcut, shortcutFromKeyEvent, updateShortcut, type CommandsApi } from './shortcut';
import { shortcutErrorText, tr } from './options-text';

export interface KeyboardSectionProps {
  commands?: CommandsApi;
  /** Opens a browser page in a new tab (Chrome's shortcut settings). */
  openTab?(url: string): Promise<unknown>;
  isMac?: boolean;
}

function ShortcutKeys(props: { shortcut: string | null | undefined }) {
  if (props.shortcut === undefined) return <span class="shortcut-keys">…</span>;
  if (props.shortcut === null) return <span class="shortcut-keys">{tr('options_shortcut_unknown')}</span>;
  if (props.shortcut === '') return <span class="shortcut-keys">{tr('options_shortcut_none')}</span>;
  const keys = props.shortcut.split('+');
  return (
    <kbd class="shortcut-keys" dir="ltr" data-testid="current-shortcut">
      {keys.map((key, i) => (
        <Fragment key={i}>
          {i > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

export function KeyboardSection(props: KeyboardSectionProps) {
  const { commands, openTab } = props;
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const editable = canEditInPlace(commands);

  const refresh = () =>
    readShortcut(commands)
      .then((value) => {
        setShortcut(value);
        return value;
      })
      .catch(() => {
        setShortcut(null);
        return null;
      });

  useEffect(() => {
    void refresh().then((value) => setDraft(value ?? ''));
    // Coming back from Chrome's shortcut page: show what the user set there.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [commands]);

  const save = async () => {
    if (!commands) return;
    setStatus('');
    const r = await updateShortcut(commands, draft);
    if (!r.ok) {
      setError(shortcutErrorText(r.code, r.detail));
      return;
    }
    setError(null);
    setDraft(r.shortcut);
    await refresh();
    setStatus(r.shortcut ? tr('options_shortcut_saved') : tr('options_shortcut_removed'));
  };

  return (
    <div class="setting keyboard">
      <p class="setting-label" id="shortcut-label">
        {tr('options_shortcut_label')}
      </p>
      <p class="shortcut-current">
        {tr('options_shortcut_current')} <ShortcutKeys shortcut={shortcut} />
      </p>
      {editable ? (
        <form
          class="shortcut-edit"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label for="shortcut-input" class="setting-sublabel">
            {tr('options_shortcut_input')}
          </label>
          <div class="shortcut-row">
            <input
              id="shortcut-input"
              type="text"
              dir="ltr"
              autocomplete="off"
              spellcheck={false}
              placeholder="Ctrl+Shift+U"
              value={draft}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={`shortcut-hint${error ? ' shortcut-error' : ''}`}
              onInput={(e) => {
                setDraft((e.currentTarget as HTMLInputElement).value);
                setError(null);
              }}
              onKeyDown={(e) => {
                // Pressing a combination records it; plain typing, Tab and Enter behave as usual.
                if (!(e.ctrlKey || e.altKey || e.metaKey) && !/^F\d+$/.test(e.key)) return;
                const pressed = shortcutFromKeyEvent(e, props.isMac);
                if (!pressed) return;
                e.preventDefault();
                setDraft(pressed);
                setError(null);
              }}
            />
            <button type="submit">{tr('options_shortcut_save')}</button>
            <button
              type="button"
              class="secondary"
              onClick={async () => {
                if (!commands) return;
                try {
                  const value = await resetShortcut(commands);
                  setShortcut(value);
                  setDraft(value ?? '');
                  setError(null);
                  setStatus(tr('options_shortcut_saved'));
                } catch (e) {
                  setError(shortcutErrorText('shortcutRefused', e instanceof Error ? e.message : String(e)));
                }
              }}
            >
              {tr('options_shortcut_reset')}
            </button>
          </div>
          <p class="setting-hint" id="shortcut-hint">
            {tr('options_shortcut_input_hint')}
          </p>
        </form>
      ) : (
        <div class="shortcut-chrome">
          <button
            type="button"
            aria-describedby="shortcut-chrome-hint"
            onClick={async () => {
              setError(null);
              try {
                await openTab?.(CHROME_SHORTCUTS_URL);
              } catch (e) {
                setError(tr('options_shortcut_open_failed', [e instanceof Error ? e.message : String(e)]));
              }
            }}
          >
            {tr('options_shortcut_chrome_change')}
          </button>
          <p class="setting-hint" id="shortcut-chrome-hint">
            {tr('options_shortcut_chrome_hint')}
          </p>
        </div>
      )}
      {error && (
        <p class="field-error" id="shortcut-error" role="alert">
          {error}
        </p>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
