import { useEffect, useRef, useState } from 'preact/hooks';
import { BOUNDS, normalizeHostname } from '../../utils/settings';
import { fieldErrorText, tr } from './options-text';

export interface SiteListEditorProps {
  name: 'autoOpenSites' | 'neverOpenSites';
  title: string;
  hint: string;
  inputLabel: string;
  sites: readonly string[];
  /** The other list: a site cannot be in both. */
  otherSites: readonly string[];
  /** Saves the new list; resolves true when it was saved. */
  onChange(next: string[]): Promise<boolean>;
  /** An error from saving (too big to sync, storage), shown next to the list. */
  error?: string;
}

type Checked = { ok: true; hosts: string[] } | { ok: false; error: string };

/** Checks what was typed or pasted (one site or several, split by spaces, commas or lines): all good, or nothing added. */
function checkInput(typed: string, sites: readonly string[], otherSites: readonly string[]): Checked {
  const parts = typed.split(/[\s,،]+/).filter(Boolean);
  if (!parts.length) return { ok: false, error: tr('options_error_hostEmpty') };
  const hosts: string[] = [];
  for (const part of parts) {
    const r = normalizeHostname(part);
    if (!r.ok) return { ok: false, error: fieldErrorText(r) };
    if (sites.includes(r.value)) return { ok: false, error: tr('options_error_hostDuplicate', [r.value]) };
    if (otherSites.includes(r.value)) return { ok: false, error: tr('options_error_hostInOtherList', [r.value]) };
    if (!hosts.includes(r.value)) hosts.push(r.value);
  }
  if (sites.length + hosts.length > BOUNDS.siteList.maxItems) return { ok: false, error: tr('options_error_listTooLong', [BOUNDS.siteList.maxItems]) };
  return { ok: true, hosts };
}

export function SiteListEditor(props: SiteListEditorProps) {
  const { name, sites } = props;
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = `${name}-input`;
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const shown = error ?? props.error ?? null;
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // After a removal, keyboard focus goes to the next site's remove button (or the field), not to the page's start.
  const focusAfterRemoval = useRef<number | null>(null);
  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.site-remove') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? inputRef.current)?.focus();
  }, [sites]);

  const add = async () => {
    const r = checkInput(typed, sites, props.otherSites);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setBusy(true);
    const saved = await props.onChange([...sites, ...r.hosts]);
    setBusy(false);
    if (saved) setTyped('');
  };

  return (
    <fieldset class="setting site-list" aria-describedby={`${name}-about`}>
      <legend class="setting-label">{props.title}</legend>
      <p class="setting-hint" id={`${name}-about`}>
        {props.hint}
      </p>
      <form
        class="site-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
        noValidate
      >
        <label for={inputId} class="visually-hidden-label">
          {props.inputLabel}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          inputMode="url"
          dir="ltr"
          autocomplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={typed}
          aria-invalid={shown ? 'true' : undefined}
          aria-describedby={`${hintId}${shown ? ` ${errorId}` : ''}`}
          onInput={(e) => {
            setTyped((e.currentTarget as HTMLInputElement).value);
            if (error) setError(null);
          }}
        />
        <button type="submit" disabled={busy}>
          {tr('options_add')}
        </button>
      </form>
      <p class="setting-hint" id={hintId}>
        {tr('options_site_input_hint')}
      </p>
      {shown && (
        <p class="field-error" id={errorId} role="alert">
          {shown}
        </p>
      )}
      {sites.length ? (
        <ul class="sites" aria-label={props.title} ref={listRef}>
          {sites.map((site, index) => (
            <li key={site}>
              <bdi dir="ltr" class="site-name">
                {site}
              </bdi>
              <button
                type="button"
                class="site-remove"
                aria-label={tr('options_remove_site', [site])}
                title={tr('options_remove_site', [site])}
                onClick={() => {
                  setError(null);
                  focusAfterRemoval.current = index;
                  void props.onChange(sites.filter((s) => s !== site));
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="sites-empty">{tr('options_sites_empty')}</p>
      )}
    </fieldset>
  );
}
