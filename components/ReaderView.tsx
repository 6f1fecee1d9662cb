import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExtractedArticle } from '../utils/article';
import type { Settings } from '../utils/settings';
import { articleScript } from './article-script';
import { contentsOf, currentEntry, type ContentsEntry } from './article-contents';
import { fromUser } from './from-user';
import { t, uiDir, uiLang } from './i18n';
import { NoArticleMessage, PreparingMessage } from './NoArticleMessage';
import { prepareArticle } from './prepare-article-html';
import { ReadAloud, firstVisible, spokenBlocks, voiceFor, type Synth } from './read-aloud';
import { ReaderArticle } from './ReaderArticle';
import { ReaderToolbar } from './ReaderToolbar';
import { ReadingProgress } from './ReadingProgress';

export interface ReaderViewProps {
  article: ExtractedArticle | null;
  /** Why there is no article, when it is not simply that none was found: too large to read, or a list of headlines. */
  noArticleReason?: 'too-large' | 'list';
  /** A list of headlines was held back: shows it, when the reader asks. */
  onShowAnyway?(): void;
  /** No article yet: a long page's extraction is about to start. */
  preparing?: boolean;
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  onClose(): void;
  hostname?: string;
  /** Inside the options page: no close button, no focus trap, nothing grabs focus. */
  preview?: boolean;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** What Tab can reach, in order: one stop per radio group (its checked radio), nothing hidden or disabled. */
function tabStops(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => {
    if ((el as HTMLButtonElement).disabled || el.getClientRects().length === 0) return false;
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) {
      const group = container.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`);
      return !Array.from(group).some((radio) => radio.checked) && group[0] === el;
    }
    return true;
  });
}

function activeIn(container: HTMLElement): Element | null {
  const root = container.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/** Keeps Tab and Shift+Tab cycling inside the reader; from the reading position (the scroller) Tab starts at the toolbar. */
function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  const stops = tabStops(container);
  if (stops.length === 0) return;
  const index = stops.indexOf(activeIn(container) as HTMLElement);
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  if (index === -1) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  } else if (event.shiftKey && index === 0) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && index === stops.length - 1) {
    event.preventDefault();
    first.focus();
  }
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** In-page #anchors scroll within the reader instead of moving the page underneath. */
function followAnchor(event: MouseEvent, container: HTMLElement): void {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link || !container.contains(link)) return;
  event.preventDefault();
  const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
  const root = container.getRootNode() as Document | ShadowRoot;
  const target = id ? root.getElementById?.(id) ?? container.querySelector(`[name="${CSS.escape(id)}"]`) : container.querySelector('article');
  target?.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
}

/**
 * Go to a section from the Contents list: its heading at the top of the reader, and the focus on it, so that reading
 * on with a screen reader or the keyboard goes on from there.
 */
function goToSection(entry: ContentsEntry): void {
  const { heading } = entry;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

/** The window's speech synthesiser, where the browser has one. */
function windowSynth(): (Synth & EventTarget) | null {
  return typeof speechSynthesis === 'object' && speechSynthesis && typeof SpeechSynthesisUtterance === 'function' ? speechSynthesis : null;
}

/**
 * Read aloud for the article shown: offered when a voice speaks the article's language (the voices load late in
 * Chrome: the list is read again when it changes). Reading starts at the first block in view, goes on to the end,
 * and stops when the reader closes or shows another article.
 */
function useReadAloud(article: ExtractedArticle | null, scrollerRef: RefObject<HTMLElement>, off: boolean, speechRate: number) {
  const synth = off || !article ? null : windowSynth();
  // Read for each utterance, so a change of speed while reading is heard from the next paragraph.
  const rate = useRef(speechRate);
  rate.current = speechRate;
  const lang = article?.lang ?? 'und';
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  // English phrases inside an Arabic, Persian, Urdu or Hebrew article are read in an English voice, where there is one.
  const [latinVoice, setLatinVoice] = useState<SpeechSynthesisVoice | null>(null);
  const otherScript = articleScript(article) !== 'latin';
  const [playing, setPlaying] = useState(false);
  const reading = useRef<ReadAloud | null>(null);

  useEffect(() => {
    if (!synth) return undefined;
    const pick = () => {
      const voices = synth.getVoices();
      setVoice(voiceFor(voices, lang));
      setLatinVoice(otherScript ? voiceFor(voices, 'en') : null);
    };
    pick();
    synth.addEventListener('voiceschanged', pick);
    return () => synth.removeEventListener('voiceschanged', pick);
  }, [synth, lang, otherScript]);

  useEffect(() => () => reading.current?.stop(), [article?.contentHtml]);

  if (!synth || !voice) return undefined;
  return {
    playing,
    onToggle() {
      if (reading.current?.playing) {
        reading.current.stop();
        return;
      }
      const scroller = scrollerRef.current;
      const title = scroller?.querySelector('.qari-title');
      const content = scroller?.querySelector('.qari-content');
      if (!content) return;
      const blocks = [...(title ? [title] : []), ...spokenBlocks(content)];
      reading.current = new ReadAloud({
        synth,
        utterance: (text) => new SpeechSynthesisUtterance(text),
        lang,
        voice,
        onPlayingChange: setPlaying,
        onBlock: (block) => block.scrollIntoView?.({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' }),
        rate: () => rate.current,
        latinVoice,
      });
      reading.current.start(blocks, firstVisible(blocks, scroller));
    },
  };
}

export function ReaderView(props: ReaderViewProps) {
  const { article, noArticleReason, onShowAnyway, preparing, settings, onChange, onClose, hostname, preview } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLElement>(null);
  const readAloud = useReadAloud(article, scrollerRef, !!preview, settings.speechRate);
  // The content is prepared here, not where it is shown, so the toolbar knows the article's sections as it renders.
  const content = useMemo(
    () => (article ? prepareArticle(article.contentHtml, { title: article.title, url: article.url, dir: article.dir, tableLabel: t('table_scroll') }) : null),
    [article?.contentHtml, article?.title, article?.url, article?.dir],
  );
  const contents = useMemo(() => (content ? contentsOf(content) : []), [content]);

  useEffect(() => {
    if (!preview) scrollerRef.current?.focus({ preventScroll: true });
  }, [preview]);

  const vars = {
    '--qari-font-size': `${settings.fontSize}px`,
    '--qari-line-height': String(settings.lineHeight),
    '--qari-content-width': `${settings.contentWidth}ch`,
  };

  return (
    <div
      ref={rootRef}
      class={`qari-root${preview ? ' qari-preview' : ''}`}
      style={vars}
      dir={uiDir()}
      lang={uiLang()}
      data-theme={settings.theme}
      data-align={settings.textAlign}
      data-font-arabic={settings.fontFamily.arabic}
      data-font-hebrew={settings.fontFamily.hebrew}
      data-font-latin={settings.fontFamily.latin}
      role={preview ? undefined : 'dialog'}
      aria-modal={preview ? undefined : 'true'}
      aria-label={t('reader_label')}
      tabIndex={preview ? undefined : -1}
      onKeyDown={(event) => {
        if (preview || !rootRef.current || !fromUser(event)) return;
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        } else if (event.key === 'Tab') {
          trapTab(event, rootRef.current);
        }
      }}
      onClick={(event) => rootRef.current && followAnchor(event, rootRef.current)}
    >
      <ReaderToolbar
        settings={settings}
        onChange={onChange}
        onClose={preview ? undefined : onClose}
        hostname={hostname}
        script={articleScript(article)}
        closeOnly={!article && !preview}
        readAloud={readAloud}
        contents={article && contents.length ? { entries: contents, dir: article.dir, lang: article.lang, current: () => currentEntry(contents, scrollerRef.current), onGo: goToSection } : undefined}
      />
      {article && <ReadingProgress scrollerRef={scrollerRef} dir={article.dir} content={article.contentHtml} />}
      {/* In the options page's preview the page has its own <main>: the preview is a plain region there. */}
      <Scroller preview={preview} scrollerRef={scrollerRef}>
        {article ? (
          <ReaderArticle article={article} content={content!} hostname={hostname} onClose={preview ? undefined : onClose} />
        ) : preparing ? (
          <PreparingMessage />
        ) : (
          <NoArticleMessage reason={noArticleReason} onClose={preview ? undefined : onClose} onShowAnyway={preview ? undefined : onShowAnyway} />
        )}
      </Scroller>
    </div>
  );
}

function Scroller({ preview, scrollerRef, children }: { preview?: boolean; scrollerRef: RefObject<HTMLElement>; children: ComponentChildren }) {
  return preview ? (
    <div class="qari-scroller" ref={scrollerRef as RefObject<HTMLDivElement>}>
      {children}
    </div>
  ) : (
    <main class="qari-scroller" ref={scrollerRef} tabIndex={-1}>
      {children}
    </main>
  );
}
