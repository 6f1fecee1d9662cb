import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { BOUNDS, siteInList, type FontChoice, type Settings, type Theme } from '../utils/settings';
import type { ArticleScript } from './article-script';
import { CloseIcon, ContentsIcon, ListenIcon, MinusIcon, PlusIcon, SettingsIcon, StopIcon } from './icons';
import type { ContentsEntry } from './article-contents';
import { fromUser } from './from-user';
import { t, uiLang, type MessageKey } from './i18n';

export interface ReaderToolbarProps {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  onClose?(): void;
  hostname?: string;
  script: ArticleScript;
  /** Without an article there is nothing to size or style: only the close button shows. */
  closeOnly?: boolean;
  /** Read aloud, when a voice on this device speaks the article's language. */
  readAloud?: { playing: boolean; onToggle(): void };
  /** The article's sections, when it has enough of them for a Contents list (see article-contents.ts). */
  contents?: ArticleContents;
}

export interface ArticleContents {
  entries: ContentsEntry[];
  /** The article's direction and language: the headings are its text. */
  dir: 'ltr' | 'rtl';
  lang: string;
  /** The entry whose section is being read, -1 before the first. */
  current(): number;
  onGo(entry: ContentsEntry): void;
}

type Panel = 'display' | 'contents';
const PANEL_TOGGLE: Record<Panel, string> = { display: '.qari-settings-toggle', contents: '.qari-contents-toggle' };

/** The Contents list: one button per section, the one being read marked; choosing one closes the list and goes there. */
function ContentsPanel(props: { contents: ArticleContents; onChosen(): void }) {
  const { contents } = props;
  const current = contents.current();
  return (
    <nav class="qari-panel qari-contents" id="qari-contents" aria-label={t('contents')}>
      <ol dir={contents.dir} lang={contents.lang === 'und' ? undefined : contents.lang}>
        {contents.entries.map((entry, i) => (
          <li class={entry.level === 3 ? 'qari-contents-sub' : undefined} key={i}>
            <button
              type="button"
              aria-current={i === current ? 'location' : undefined}
              onClick={(event) => {
                if (!fromUser(event)) return;
                props.onChosen();
                contents.onGo(entry);
              }}
            >
              {entry.text}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Font-size steps of 2px: small enough to fine-tune, few enough presses to go from 12 to 40. */
const FONT_STEP = 2;
const THEMES: { value: Theme; label: MessageKey }[] = [
  { value: 'auto', label: 'theme_auto' },
  { value: 'light', label: 'theme_light' },
  { value: 'sepia', label: 'theme_sepia' },
  { value: 'dark', label: 'theme_dark' },
];
const FONT_LABEL: Record<ArticleScript, MessageKey> = {
  arabic: 'font_family_for_arabic',
  hebrew: 'font_family_for_hebrew',
  latin: 'font_family_for_latin',
};

function clamp(value: number, bounds: { min: number; max: number }): number {
  return Math.min(bounds.max, Math.max(bounds.min, value));
}

/** Rounds away floating-point noise (1.6 + 0.1 = 1.7000000000000002) so saved values stay valid and readable. */
function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function formatNumber(value: number, digits = 1): string {
  return new Intl.NumberFormat(uiLang(), { maximumFractionDigits: digits }).format(value);
}

function ToolButton(props: { label: string; onClick(): void; disabled?: boolean; children: ComponentChildren; class?: string; expanded?: boolean; controls?: string }) {
  return (
    <button
      type="button"
      class={`qari-tool ${props.class ?? ''}`}
      aria-label={props.label}
      title={props.label}
      aria-disabled={props.disabled ? 'true' : undefined}
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      onClick={(event) => {
        if (!props.disabled && fromUser(event)) props.onClick();
      }}
    >
      {props.children}
    </button>
  );
}

function Stepper(props: { label: string; lessLabel: string; moreLabel: string; value: number; display: string; bounds: { min: number; max: number; step: number }; onStep(value: number): void }) {
  const { value, bounds } = props;
  return (
    <div class="qari-stepper" role="group" aria-label={props.label}>
      <span class="qari-stepper-label" aria-hidden="true">{props.label}</span>
      <ToolButton label={props.lessLabel} disabled={value <= bounds.min} onClick={() => props.onStep(round(clamp(value - bounds.step, bounds), 2))}>
        <MinusIcon />
      </ToolButton>
      <output class="qari-stepper-value" aria-live="polite">{props.display}</output>
      <ToolButton label={props.moreLabel} disabled={value >= bounds.max} onClick={() => props.onStep(round(clamp(value + bounds.step, bounds), 2))}>
        <PlusIcon />
      </ToolButton>
    </div>
  );
}

function ChoiceGroup<T extends string>(props: { legend: string; name: string; value: T; options: { value: T; label: string }[]; onPick(value: T): void; swatches?: boolean }) {
  return (
    <fieldset class="qari-choices">
      <legend>{props.legend}</legend>
      <div class="qari-choice-row">
        {props.options.map((option) => (
          <label class={`qari-choice ${props.swatches ? `qari-swatch qari-swatch-${option.value}` : ''}`} key={option.value}>
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onClick={(event) => {
                // Arrow keys in the group and Space arrive as trusted clicks too; a page script's click is undone.
                if (!fromUser(event)) event.preventDefault();
                else if (props.value !== option.value) props.onPick(option.value);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Hostnames to store and remove for "always open on this site": the site itself, and any parent entry that covers it. */
function toggleSite(list: readonly string[], hostname: string, on: boolean): string[] {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  if (on) return list.includes(host) ? [...list] : [...list, host];
  return list.filter((entry) => !siteInList(host, [entry]));
}

export function ReaderToolbar(props: ReaderToolbarProps) {
  const { settings, onChange, hostname, script } = props;
  const [panel, setPanel] = useState<Panel | null>(null);
  const expanded = panel === 'display';
  const togglePanel = (which: Panel) => setPanel(panel === which ? null : which);
  const toggleRef = useRef<HTMLDivElement>(null);
  const alwaysOpen = hostname ? siteInList(hostname, settings.autoOpenSites) : false;
  const font = settings.fontFamily[script];

  return (
    <div
      class="qari-toolbar"
      role="group"
      aria-label={t('reader_controls')}
      ref={toggleRef}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !panel || !fromUser(event)) return;
        event.stopPropagation();
        setPanel(null);
        toggleRef.current?.querySelector<HTMLElement>(PANEL_TOGGLE[panel])?.focus();
      }}
    >
      <div class="qari-toolbar-row">
        {props.onClose && (
          <ToolButton class="qari-close" label={t('close_reader')} onClick={props.onClose}>
            <CloseIcon />
          </ToolButton>
        )}
        <span class="qari-toolbar-spacer" />
        {!props.closeOnly && (
          <>
            {props.readAloud && (
              <ToolButton
                class="qari-listen"
                label={t(props.readAloud.playing ? 'read_aloud_stop' : 'read_aloud')}
                onClick={props.readAloud.onToggle}
              >
                {props.readAloud.playing ? <StopIcon /> : <ListenIcon />}
              </ToolButton>
            )}
            {props.contents && (
              <ToolButton class="qari-contents-toggle" label={t('contents')} expanded={panel === 'contents'} controls="qari-contents" onClick={() => togglePanel('contents')}>
                <ContentsIcon />
              </ToolButton>
            )}
            <div class="qari-size" role="group" aria-label={t('text_size_value', String(settings.fontSize))}>
              <ToolButton class="qari-smaller" label={t('text_smaller')} disabled={settings.fontSize <= BOUNDS.fontSize.min} onClick={() => onChange({ fontSize: clamp(settings.fontSize - FONT_STEP, BOUNDS.fontSize) })}>
                <span class="qari-glyph qari-glyph-small" aria-hidden="true">A</span>
                <MinusIcon />
              </ToolButton>
              <ToolButton class="qari-larger" label={t('text_larger')} disabled={settings.fontSize >= BOUNDS.fontSize.max} onClick={() => onChange({ fontSize: clamp(settings.fontSize + FONT_STEP, BOUNDS.fontSize) })}>
                <span class="qari-glyph" aria-hidden="true">A</span>
                <PlusIcon />
              </ToolButton>
            </div>
            <ToolButton class="qari-settings-toggle" label={t('display_settings')} expanded={expanded} controls="qari-display-settings" onClick={() => togglePanel('display')}>
              <SettingsIcon />
            </ToolButton>
          </>
        )}
      </div>
      {panel === 'contents' && props.contents && !props.closeOnly && <ContentsPanel contents={props.contents} onChosen={() => setPanel(null)} />}
      {expanded && !props.closeOnly && (
        <div class="qari-panel" id="qari-display-settings" role="group" aria-label={t('display_settings')}>
          <Stepper
            label={t('line_height')}
            lessLabel={t('line_height_less')}
            moreLabel={t('line_height_more')}
            value={settings.lineHeight}
            display={formatNumber(settings.lineHeight)}
            bounds={BOUNDS.lineHeight}
            onStep={(lineHeight) => onChange({ lineHeight })}
          />
          <Stepper
            label={t('content_width')}
            lessLabel={t('content_width_narrower')}
            moreLabel={t('content_width_wider')}
            value={settings.contentWidth}
            display={formatNumber(settings.contentWidth)}
            bounds={BOUNDS.contentWidth}
            onStep={(contentWidth) => onChange({ contentWidth })}
          />
          {props.readAloud && (
            <Stepper
              label={t('read_aloud_speed')}
              lessLabel={t('read_aloud_slower')}
              moreLabel={t('read_aloud_faster')}
              value={settings.speechRate}
              display={`${formatNumber(settings.speechRate, 2)}×`}
              bounds={BOUNDS.speechRate}
              onStep={(speechRate) => onChange({ speechRate })}
            />
          )}
          <ChoiceGroup<FontChoice>
            legend={t(FONT_LABEL[script])}
            name="qari-font"
            value={font}
            options={[
              { value: 'serif', label: t('font_serif') },
              { value: 'sans', label: t('font_sans') },
            ]}
            onPick={(choice) => onChange({ fontFamily: { ...settings.fontFamily, [script]: choice } })}
          />
          <ChoiceGroup<Theme>
            legend={t('theme')}
            name="qari-theme"
            value={settings.theme}
            swatches
            options={THEMES.map((theme) => ({ value: theme.value, label: t(theme.label) }))}
            onPick={(theme) => onChange({ theme })}
          />
          {hostname && (
            <label class="qari-check">
              <input
                type="checkbox"
                checked={alwaysOpen}
                onClick={(event) => {
                  if (!fromUser(event)) event.preventDefault();
                  else onChange({ autoOpenSites: toggleSite(settings.autoOpenSites, hostname, !alwaysOpen) });
                }}
              />
              <span>{t('always_open_site')}</span>
              <span class="qari-check-host" dir="ltr">{hostname.replace(/^www\./, '')}</span>
            </label>
          )}
        </div>
      )}
    </div>
  );
}
