/**
 * Read aloud: the article spoken with the browser's own speech synthesis (the voices the system has), block after
 * block from where the reader is, the block being read marked in the text. Plain DOM and Web Speech code, so the
 * reader and the unit tests (with a fake synthesiser) run the same thing.
 */

/** The part of the Web Speech API read aloud needs: `window.speechSynthesis` has it. */
export interface Synth {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
  readonly speaking: boolean;
}

/** The blocks read one after the other: the text a reader reads, not code, tables or a failed image's box. */
const SPOKEN = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, figcaption, blockquote';
const NOT_SPOKEN = 'pre, code, table, .qari-broken';
/** The class that marks the block being read. */
export const SPEAKING_CLASS = 'qari-speaking';
/**
 * Longest piece of text given to one utterance. Chrome stops some voices after about fifteen seconds of one
 * utterance (its long-standing bug with network voices), and speech runs at 12 to 15 characters a second: a block is
 * spoken sentence by sentence, sentences grouped up to this length so that short ones do not each pause, and a longer
 * sentence cut after a comma (or at a space).
 */
const MAX_CHUNK_CHARS = 160;
/**
 * How long a reading may go without a word from the synthesiser (no utterance started or ended) before it counts as
 * failed: a system whose speech service lists voices but never plays (no audio device, a stuck service) would otherwise
 * leave the button on "Stop" for good. A network voice takes a second or two to begin.
 */
export const SILENT_START_MS = 10_000;
const CLAUSE_END = /[,،;؛:]\s/gu;

/** A sentence longer than MAX_CHUNK_CHARS in pieces: each cut after the last comma, else at the last space, within the limit. */
function clauses(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_CHUNK_CHARS) {
    const head = rest.slice(0, MAX_CHUNK_CHARS + 1);
    let cut = -1;
    for (const match of head.matchAll(CLAUSE_END)) cut = match.index + 1;
    if (cut <= 0) cut = head.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_CHUNK_CHARS;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/**
 * The best voice for a language: one whose tag matches the language (he matches he-IL), a voice on this device
 * before a network one, the system's default before others. Null when no voice speaks the language: then the
 * reader offers no read aloud rather than reading Arabic with an English voice. Hebrew's old tag iw counts as he.
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const primary = (tag: string) => tag.toLowerCase().replace(/_/g, '-').split('-')[0]!.replace(/^iw$/, 'he');
  const wanted = primary(lang);
  if (!wanted || wanted === 'und') return null;
  const exact = lang.toLowerCase().replace(/_/g, '-');
  const matching = voices.filter((voice) => primary(voice.lang) === wanted);
  const rank = (voice: SpeechSynthesisVoice) =>
    (voice.lang.toLowerCase().replace(/_/g, '-') === exact ? 0 : 4) + (voice.localService ? 0 : 2) + (voice.default ? 0 : 1);
  return matching.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** The blocks to read under `root`, in order: the innermost of the spoken blocks (a list item's paragraphs, not the item). */
export function spokenBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(SPOKEN)).filter(
    (el) => !el.closest(NOT_SPOKEN) && !el.querySelector(SPOKEN) && /[\p{L}\p{N}]/u.test(el.textContent ?? ''),
  );
}

/** A block's text in pieces an utterance can carry: whole sentences, grouped up to MAX_CHUNK_CHARS. */
export function speechChunks(text: string, lang: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_CHUNK_CHARS) return clean ? [clean] : [];
  // Intl.Segmenter: Chrome 87, Firefox 125 (Qari needs 140).
  const segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
  const sentences = Array.from(segmenter.segment(clean), (s) => s.segment);
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences.flatMap(clauses)) {
    if (current.trim() && current.length + sentence.length > MAX_CHUNK_CHARS) {
      chunks.push(current.trim());
      current = '';
    }
    current += sentence;
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks;
}

/**
 * A run of Latin-script words inside text of another script: two words or more ("leg spin", "a mature street tree can
 * cool the air"), so that a single brand name stays in the sentence's voice rather than breaking it up.
 */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9'’.-]*(?:[\s,;:]+[A-Za-z][A-Za-z0-9'’.-]*)+/g;

/** Pieces of a chunk, each to be spoken in one voice: the Latin-script runs apart when `latin` is asked for. */
export function scriptPieces(text: string, latin: boolean): { text: string; latin: boolean }[] {
  if (!latin) return [{ text, latin: false }];
  const pieces: { text: string; latin: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const before = text.slice(at, match.index).trim();
    if (before) pieces.push({ text: before, latin: false });
    pieces.push({ text: match[0], latin: true });
    at = match.index + match[0].length;
  }
  const rest = text.slice(at).trim();
  if (rest) pieces.push({ text: rest, latin: false });
  // Marks alone (a closing quote and a full stop after an English quotation) are not worth an utterance of their own.
  return pieces.filter((piece) => /[\p{L}\p{N}]/u.test(piece.text));
}

export interface ReadAloudOptions {
  synth: Synth;
  /** Makes an utterance (the window's SpeechSynthesisUtterance; a test's fake). */
  utterance(text: string): SpeechSynthesisUtterance;
  lang: string;
  voice: SpeechSynthesisVoice | null;
  /** Told when reading starts and when it ends (finished, stopped, or the synthesiser failed). */
  onPlayingChange(playing: boolean): void;
  /** Told when a new block starts being read, to bring it into view. */
  onBlock?(block: Element): void;
  /** The speed for the next utterance (the reader's setting, which may change while it reads); 1 when not given. */
  rate?(): number;
  /**
   * A voice for English phrases inside an article in another script (an English quotation in a Hebrew or Arabic
   * story), which the article's voice would spell out or read as its own language. Without one, all is read in `voice`.
   */
  latinVoice?: SpeechSynthesisVoice | null;
}

/**
 * One reading of a list of blocks. `start` reads from a block to the end; `stop` ends it. An utterance's end event that
 * arrives after a stop (Chrome fires one for each cancelled utterance) is recognised by its run number and ignored.
 */
export class ReadAloud {
  private run = 0;
  private current: Element | null = null;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  playing = false;

  constructor(private readonly options: ReadAloudOptions) {}

  start(blocks: readonly Element[], from = 0): void {
    this.stop();
    if (from >= blocks.length) return;
    const run = ++this.run;
    this.setPlaying(true);
    this.watchdog = setTimeout(() => {
      if (run === this.run && !this.options.synth.speaking) this.stop();
    }, SILENT_START_MS);
    this.readBlock(blocks, from, run);
  }

  stop(): void {
    this.run++;
    this.heard();
    this.mark(null);
    if (this.playing) this.options.synth.cancel();
    this.setPlaying(false);
  }

  private readBlock(blocks: readonly Element[], index: number, run: number): void {
    if (run !== this.run) return;
    const block = blocks[index];
    if (!block) {
      this.heard();
      this.mark(null);
      this.setPlaying(false);
      return;
    }
    const latinVoice = this.options.latinVoice ?? null;
    const chunks = block.isConnected ? speechChunks(block.textContent ?? '', this.options.lang) : [];
    const pieces = chunks.flatMap((chunk) => scriptPieces(chunk, latinVoice !== null));
    if (pieces.length === 0) {
      this.readBlock(blocks, index + 1, run);
      return;
    }
    this.mark(block);
    this.options.onBlock?.(block);
    pieces.forEach((piece, i) => {
      const utterance = this.options.utterance(piece.text);
      const voice = piece.latin ? latinVoice : this.options.voice;
      if (piece.latin) utterance.lang = latinVoice!.lang;
      else if (this.options.lang !== 'und') utterance.lang = this.options.voice?.lang ?? this.options.lang;
      if (voice) utterance.voice = voice;
      utterance.rate = this.options.rate?.() ?? 1;
      const last = i === pieces.length - 1;
      utterance.onstart = () => {
        if (run === this.run) this.heard();
      };
      utterance.onend = () => {
        if (run !== this.run) return;
        this.heard();
        if (last) this.readBlock(blocks, index + 1, run);
      };
      // A synthesiser that fails (no audio, a voice gone) ends the reading; a cancel of our own is already ignored.
      utterance.onerror = (event) => {
        if (run !== this.run || event.error === 'interrupted' || event.error === 'canceled') return;
        this.stop();
      };
      this.options.synth.speak(utterance);
    });
  }

  /** The synthesiser answered (or the reading ended): the silent-start check is no longer needed. */
  private heard(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }

  private mark(block: Element | null): void {
    this.current?.classList.remove(SPEAKING_CLASS);
    this.current = block;
    block?.classList.add(SPEAKING_CLASS);
  }

  private setPlaying(playing: boolean): void {
    if (this.playing === playing) return;
    this.playing = playing;
    this.options.onPlayingChange(playing);
  }
}

/** The first block whose bottom is below the top of the scroller's view: reading starts where the reader is. */
export function firstVisible(blocks: readonly Element[], scroller: Element | null): number {
  if (!scroller) return 0;
  const top = scroller.getBoundingClientRect().top;
  const index = blocks.findIndex((block) => block.getBoundingClientRect().bottom > top + 1);
  return Math.max(0, index);
}
