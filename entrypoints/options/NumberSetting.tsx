import { useEffect, useRef, useState } from 'preact/hooks';
import { validateField, type FieldError, type Settings } from '../../utils/settings';
import { fieldErrorText, tr } from './options-text';

type NumberKey = 'fontSize' | 'lineHeight' | 'contentWidth' | 'speechRate';

export interface NumberSettingProps {
  name: NumberKey;
  label: string;
  unit: string;
  value: number;
  bounds: { min: number; max: number; step: number };
  /** A valid value while it changes (slider drag, typing): shown in the preview at once. */
  onPreview(value: number): void;
  /** A valid value the user settled on: saved. */
  onCommit(value: number): void;
  /** An error from saving (storage), shown like a validation error. */
  error?: string;
  note?: string;
}

/** Reads what a user typed, in Western or Arabic-Indic digits, with "." "," or "٫" as the decimal mark. */
export function parseTypedNumber(text: string): number {
  const ascii = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u066b,]/g, '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(ascii)) return Number.NaN;
  return Number(ascii);
}

const COMMIT_DELAY_MS = 300;

function roundToStep(value: number, step: number): number {
  const digits = step < 1 ? 1 : 0;
  return Number(value.toFixed(digits));
}

export function NumberSetting(props: NumberSettingProps) {
  const { name, label, unit, value, bounds } = props;
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const id = `setting-${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  // A new value from outside (saved, reset, imported, another device) replaces what is in the field;
  // the field's own value is left as typed ("٢٢", "1.50").
  const shownValue = useRef(value);
  const typedRef = useRef(text);
  typedRef.current = text;
  useEffect(() => {
    if (shownValue.current === value) return;
    shownValue.current = value;
    if (parseTypedNumber(typedRef.current) === value) return;
    setText(String(value));
    setError(null);
  }, [value]);

  // Typing and arrow keys save once the user pauses: browser sync takes at most 120 writes a minute.
  const pendingCommit = useRef<{ timer: ReturnType<typeof setTimeout>; value: number } | null>(null);
  const commitSoon = (next: number) => {
    if (pendingCommit.current) clearTimeout(pendingCommit.current.timer);
    pendingCommit.current = { value: next, timer: setTimeout(flushCommit, COMMIT_DELAY_MS) };
  };
  const flushCommit = () => {
    const pending = pendingCommit.current;
    if (!pending) return;
    clearTimeout(pending.timer);
    pendingCommit.current = null;
    props.onCommit(pending.value);
  };
  useEffect(() => flushCommit, []);

  const check = (typed: string): { ok: true; value: number } | { ok: false; error: FieldError | null } => {
    if (!typed.trim()) return { ok: false, error: null };
    const r = validateField(name, parseTypedNumber(typed));
    return r.ok ? { ok: true, value: r.value as number } : { ok: false, error: r };
  };

  /** While typing: a value too small may still grow ("1" on the way to "18"), so only a hopeless one is flagged. */
  const onInput = (typed: string) => {
    setText(typed);
    const r = check(typed);
    if (r.ok) {
      setError(null);
      props.onPreview(r.value);
      commitSoon(r.value);
    } else if (r.error && (r.error.code === 'notNumber' || parseTypedNumber(typed) > bounds.max)) {
      setError(fieldErrorText(r.error));
    } else {
      setError(null);
    }
  };

  /** On leaving the field or pressing Enter, any problem is shown. */
  const onSettle = () => {
    flushCommit();
    const r = check(text);
    if (r.ok) return;
    setError(r.error ? fieldErrorText(r.error) : tr('options_error_notNumber', [], 'Enter a number.'));
  };

  const step = (direction: 1 | -1) => {
    const current = check(text);
    const base = current.ok ? current.value : value;
    const next = roundToStep(Math.min(bounds.max, Math.max(bounds.min, base + direction * bounds.step)), bounds.step);
    setText(String(next));
    setError(null);
    props.onPreview(next);
    commitSoon(next);
  };

  const shown = error ?? props.error ?? null;
  const sliderValue = check(text);

  return (
    <div class="setting setting-number">
      <label class="setting-label" for={id}>
        {label}
      </label>
      <div class="number-row">
        <input
          type="range"
          class="number-slider"
          min={bounds.min}
          max={bounds.max}
          step={bounds.step}
          value={sliderValue.ok ? sliderValue.value : value}
          aria-label={label}
          aria-valuetext={`${sliderValue.ok ? sliderValue.value : value} ${unit}`}
          onInput={(e) => {
            const v = Number((e.currentTarget as HTMLInputElement).value);
            setText(String(v));
            setError(null);
            props.onPreview(v);
          }}
          onChange={(e) => props.onCommit(Number((e.currentTarget as HTMLInputElement).value))}
        />
        <span class="number-box">
          <input
            id={id}
            name={name}
            type="text"
            inputMode="decimal"
            dir="ltr"
            autocomplete="off"
            spellcheck={false}
            class="number-input"
            value={text}
            aria-invalid={shown ? 'true' : undefined}
            aria-describedby={`${hintId}${shown ? ` ${errorId}` : ''}`}
            onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
            onBlur={onSettle}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onSettle();
              else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                e.preventDefault();
                step(e.key === 'ArrowUp' ? 1 : -1);
              }
            }}
          />
          <span class="number-unit">{unit}</span>
        </span>
      </div>
      <p class="setting-hint" id={hintId}>
        {tr('options_range_hint', [bounds.min, bounds.max])}
        {props.note ? ` · ${props.note}` : ''}
      </p>
      {shown && (
        <p class="field-error" id={errorId} role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}
