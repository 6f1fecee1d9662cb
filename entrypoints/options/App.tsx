import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  BOUNDS,
  SCRIPTS,
  defaultSettings,
  loadSettings,
  replaceSettings,
  resetSettings,
  saveSettings,
  validatePatch,
  watchSettings,
  type FontChoice,
  type SaveResult,
  type Script,
  type Settings,
  type TextAlign,
  type Theme,
} from '../../utils/settings';
import { BackupSection } from './BackupSection';
import { KeyboardSection } from './KeyboardSection';
import { NumberSetting } from './NumberSetting';
import { fieldErrorText, tr } from './options-text';
import { ReaderPreview } from './ReaderPreview';
import type { CommandsApi } from './shortcut';
import { SiteListEditor } from './SiteListEditor';

export interface AppProps {
  commands?: CommandsApi;
  openTab?(url: string): Promise<unknown>;
  isMac?: boolean;
}

type Errors = Partial<Record<keyof Settings | '', string>>;

const THEMES: Theme[] = ['auto', 'light', 'sepia', 'dark'];
const ALIGNS: TextAlign[] = ['start', 'justify'];
const FONT_CHOICES: FontChoice[] = ['serif', 'sans'];

function errorsOf(result: Extract<SaveResult, { ok: false }>): Errors {
  const out: Errors = {};
  for (const [key, message] of Object.entries(result.errors)) {
    const code = result.codes?.[key];
    out[key as keyof Errors] = code ? fieldErrorText(code) : message;
  }
  return out;
}

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

function Choice<T extends string>(props: { name: string; legend: string; value: T; options: { value: T; label: string }[]; onChange(value: T): void }) {
  return (
    <fieldset class="setting choice">
      <legend class="setting-label">{props.legend}</legend>
      <div class="choice-options">
        {props.options.map((option) => (
          <label key={option.value} class="choice-option">
            <input type="radio" name={props.name} value={option.value} checked={props.value === option.value} onChange={() => props.onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Toggle(props: { id: string; label: string; hint?: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div class="setting toggle">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <div>
        <label for={props.id}>{props.label}</label>
        {props.hint && (
          <p class="setting-hint" id={`${props.id}-hint`}>
            {props.hint}
          </p>
        )}
      </div>
    </div>
  );
}

const FONT_LABELS: Record<Script, string> = { arabic: 'options_font_arabic', hebrew: 'options_font_hebrew', latin: 'options_font_latin' };

export function App(props: AppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const saving = useRef<{ count: number; latest: Settings | null }>({ count: 0, latest: null });

  useEffect(() => {
    let alive = true;
    loadSettings()
      .then((loaded) => alive && setSettings(loaded))
      .catch((e: unknown) => {
        if (!alive) return;
        setSettings(defaultSettings());
        setErrors({ '': tr('options_error_load', [e instanceof Error ? e.message : String(e)]) });
      });
    // Changes from an open reader's toolbar or from another device show up here too. While this page's
    // own saves are under way, the echo of an earlier one would undo a later change on screen: keep the
    // last value seen and show it when they are done.
    const stop = watchSettings((next) => {
      if (!alive) return;
      if (saving.current.count > 0) saving.current.latest = next;
      else setSettings(next);
    });
    return () => {
      alive = false;
      stop();
    };
  }, []);

  if (!settings) {
    return (
      <main class="page">
        <p class="loading">{tr('options_loading')}</p>
      </main>
    );
  }

  const preview = (patch: Partial<Settings>) => setSettings((current) => (current ? { ...current, ...patch } : current));

  /** Validates, shows the change at once, saves it; on any problem nothing is written and the message sits by the field. */
  const commit = async (change: Partial<Settings>): Promise<boolean> => {
    // A change of one script's font ({ arabic: 'serif' }, as the preview's toolbar sends) keeps the others.
    const patch = change.fontFamily ? { ...change, fontFamily: { ...settings.fontFamily, ...change.fontFamily } } : change;
    const keys = Object.keys(patch) as (keyof Settings)[];
    const checked = validatePatch(patch);
    if (!checked.ok) {
      setErrors((e) => ({ ...e, ...errorsOf(checked) }));
      return false;
    }
    preview(checked.value);
    setStatus('');
    saving.current.count++;
    const result = await saveSettings(checked.value).finally(() => {
      saving.current.count--;
      const latest = saving.current.latest;
      if (saving.current.count === 0 && latest) {
        saving.current.latest = null;
        setSettings(latest);
      }
    });
    if (result.ok) {
      setErrors((e) => {
        const next = { ...e };
        for (const key of [...keys, '' as const]) delete next[key];
        return next;
      });
      setStatus(tr('options_saved'));
      return true;
    }
    setErrors((e) => ({ ...e, ...errorsOf(result) }));
    // Show what is really stored, not the change that failed.
    loadSettings().then(setSettings, () => undefined);
    return false;
  };

  const replaceAll = async (next: Settings): Promise<SaveResult> => {
    const result = await replaceSettings(next);
    if (result.ok) {
      setSettings(result.settings);
      setErrors({});
    }
    return result;
  };

  const resetAll = async (): Promise<SaveResult> => {
    const result = await resetSettings();
    if (result.ok) {
      setSettings(result.settings);
      setErrors({});
    }
    return result;
  };

  return (
    <main class="page">
      <header class="page-header">
        <h1>{tr('options_page_title')}</h1>
        <p class="intro">{tr('options_intro')}</p>
        <nav class="section-nav" aria-label={tr('options_sections')}>
          <a href="#reading">{tr('options_section_reading')}</a>
          <a href="#appearance">{tr('options_section_appearance')}</a>
          <a href="#sites">{tr('options_section_sites')}</a>
          <a href="#keyboard">{tr('options_section_keyboard')}</a>
          <a href="#backup">{tr('options_section_backup')}</a>
        </nav>
      </header>

      {errors[''] && (
        <p class="banner-error" role="alert">
          {errors['']}
        </p>
      )}

      <div class="layout">
        <div class="form-column">
          <Section id="reading" title={tr('options_section_reading')}>
            <NumberSetting
              name="fontSize"
              label={tr('options_font_size')}
              unit={tr('options_unit_px')}
              value={settings.fontSize}
              bounds={BOUNDS.fontSize}
              onPreview={(fontSize) => preview({ fontSize })}
              onCommit={(fontSize) => void commit({ fontSize })}
              error={errors.fontSize}
            />
            <NumberSetting
              name="lineHeight"
              label={tr('options_line_height')}
              unit=""
              value={settings.lineHeight}
              bounds={BOUNDS.lineHeight}
              note={tr('options_line_height_note')}
              onPreview={(lineHeight) => preview({ lineHeight })}
              onCommit={(lineHeight) => void commit({ lineHeight })}
              error={errors.lineHeight}
            />
            <NumberSetting
              name="contentWidth"
              label={tr('options_content_width')}
              unit={tr('options_unit_ch')}
              value={settings.contentWidth}
              bounds={BOUNDS.contentWidth}
              onPreview={(contentWidth) => preview({ contentWidth })}
              onCommit={(contentWidth) => void commit({ contentWidth })}
              error={errors.contentWidth}
            />
            <Choice
              name="textAlign"
              legend={tr('options_text_align')}
              value={settings.textAlign}
              options={ALIGNS.map((value) => ({ value, label: tr(`options_align_${value}`) }))}
              onChange={(textAlign) => void commit({ textAlign })}
            />
            <Toggle id="showImages" label={tr('options_show_images')} checked={settings.showImages} onChange={(showImages) => void commit({ showImages })} />
            <Toggle
              id="removeRepeatedBlocks"
              label={tr('options_remove_repeated')}
              hint={tr('options_remove_repeated_hint')}
              checked={settings.removeRepeatedBlocks}
              onChange={(removeRepeatedBlocks) => void commit({ removeRepeatedBlocks })}
            />
            <NumberSetting
              name="speechRate"
              label={tr('options_speech_rate')}
              unit={tr('options_unit_times')}
              value={settings.speechRate}
              bounds={BOUNDS.speechRate}
              note={tr('options_speech_rate_note')}
              onPreview={(speechRate) => preview({ speechRate })}
              onCommit={(speechRate) => void commit({ speechRate })}
              error={errors.speechRate}
            />
          </Section>

          <Section id="appearance" title={tr('options_section_appearance')}>
            <Choice
              name="theme"
              legend={tr('options_theme')}
              value={settings.theme}
              options={THEMES.map((value) => ({ value, label: tr(`options_theme_${value}`) }))}
              onChange={(theme) => void commit({ theme })}
            />
            <fieldset class="setting fonts" aria-describedby="fonts-hint">
              <legend class="setting-label">{tr('options_fonts')}</legend>
              <p class="setting-hint" id="fonts-hint">
                {tr('options_fonts_hint')}
              </p>
              {SCRIPTS.map((script) => (
                <div class="font-row" key={script}>
                  <label for={`font-${script}`}>{tr(FONT_LABELS[script])}</label>
                  <select
                    id={`font-${script}`}
                    value={settings.fontFamily[script]}
                    onChange={(e) => void commit({ fontFamily: { ...settings.fontFamily, [script]: (e.currentTarget as HTMLSelectElement).value as FontChoice } })}
                  >
                    {FONT_CHOICES.map((font) => (
                      <option key={font} value={font}>
                        {tr(`options_font_${font}`)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </fieldset>
          </Section>

          <Section id="sites" title={tr('options_section_sites')}>
            <SiteListEditor
              name="autoOpenSites"
              title={tr('options_auto_sites')}
              hint={tr('options_auto_sites_hint')}
              inputLabel={tr('options_auto_site_input')}
              sites={settings.autoOpenSites}
              otherSites={settings.neverOpenSites}
              onChange={(autoOpenSites) => commit({ autoOpenSites })}
              error={errors.autoOpenSites}
            />
            <SiteListEditor
              name="neverOpenSites"
              title={tr('options_never_sites')}
              hint={tr('options_never_sites_hint')}
              inputLabel={tr('options_never_site_input')}
              sites={settings.neverOpenSites}
              otherSites={settings.autoOpenSites}
              onChange={(neverOpenSites) => commit({ neverOpenSites })}
              error={errors.neverOpenSites}
            />
          </Section>

          <Section id="keyboard" title={tr('options_section_keyboard')}>
            <KeyboardSection commands={props.commands} openTab={props.openTab} isMac={props.isMac} />
          </Section>

          <Section id="backup" title={tr('options_section_backup')}>
            <BackupSection settings={settings} onReplace={replaceAll} onReset={resetAll} />
          </Section>
        </div>

        <aside class="preview-column" aria-labelledby="preview-title">
          <h2 id="preview-title">{tr('options_preview')}</h2>
          <p class="setting-hint">{tr('options_preview_hint')}</p>
          <ReaderPreview settings={settings} onChange={(patch) => void commit(patch)} label={tr('options_preview')} />
        </aside>
      </div>
      <p class="status save-status" role="status">
        {status}
      </p>
    </main>
  );
}
