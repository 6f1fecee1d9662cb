import { useState } from 'preact/hooks';
import type { SaveResult, Settings } from '../../utils/settings';
import { MAX_IMPORT_BYTES, parseSettingsFile, settingsFileName, stringifySettingsFile } from '../../utils/settings-import';
import { ConfirmDialog } from './ConfirmDialog';
import { fieldErrorText, importErrorText, tr } from './options-text';

export interface BackupSectionProps {
  settings: Settings;
  /** Writes a whole new set of settings (import). */
  onReplace(settings: Settings): Promise<SaveResult>;
  onReset(): Promise<SaveResult>;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** File.text() where there is one; FileReader elsewhere (older engines, jsdom). */
function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

function saveErrorText(result: Extract<SaveResult, { ok: false }>): string {
  const [key, message] = Object.entries(result.errors)[0] ?? ['', ''];
  const code = result.codes?.[key];
  return code ? fieldErrorText(code) : (message ?? '');
}

export function BackupSection(props: BackupSectionProps) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  const importFile = async (file: File) => {
    setStatus('');
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_IMPORT_BYTES) {
      setError(importErrorText({ ok: false, code: 'tooLarge', error: '', params: [Math.ceil(file.size / 1024), MAX_IMPORT_BYTES / 1024] }));
      return;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setError(tr('options_import_refused', [tr('options_import_unreadable', [detail])]));
      return;
    }
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) {
      setError(importErrorText(parsed));
      return;
    }
    const saved = await props.onReplace(parsed.settings);
    if (!saved.ok) {
      setError(tr('options_import_refused', [saveErrorText(saved)]));
      return;
    }
    setError(null);
    setStatus(tr('options_imported', [file.name]));
  };

  return (
    <div class="setting backup">
      <div class="backup-row">
        <button
          type="button"
          aria-describedby="export-hint"
          onClick={() => {
            const name = settingsFileName();
            download(name, stringifySettingsFile(props.settings));
            setError(null);
            setStatus(tr('options_exported', [name]));
          }}
        >
          {tr('options_export')}
        </button>
        <p class="setting-hint" id="export-hint">
          {tr('options_export_hint')}
        </p>
      </div>
      <div class="backup-row">
        <label class="button-like" for="import-file">
          {tr('options_import')}
        </label>
        <input
          id="import-file"
          class="file-input"
          type="file"
          accept=".json,application/json"
          aria-describedby={`import-hint${error ? ' import-error' : ''}`}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void importFile(file).finally(() => (input.value = ''));
          }}
        />
        <p class="setting-hint" id="import-hint">
          {tr('options_import_hint')}
        </p>
        {error && (
          <p class="field-error" id="import-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div class="backup-row">
        <button type="button" class="danger-outline" onClick={() => setConfirming(true)}>
          {tr('options_reset')}
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
      {confirming && (
        <ConfirmDialog
          title={tr('options_reset_title')}
          body={tr('options_reset_body')}
          confirmLabel={tr('options_reset_confirm')}
          cancelLabel={tr('options_cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            setConfirming(false);
            const r = await props.onReset();
            if (r.ok) {
              setError(null);
              setStatus(tr('options_reset_done'));
            } else {
              setError(saveErrorText(r));
            }
          }}
        />
      )}
    </div>
  );
}
