import { describe, expect, it, vi } from 'vitest';
import { ReadAloud, SILENT_START_MS, SPEAKING_CLASS, firstVisible, scriptPieces, speechChunks, spokenBlocks, voiceFor, type Synth } from './read-aloud';

function voice(lang: string, name: string, extra: Partial<SpeechSynthesisVoice> = {}): SpeechSynthesisVoice {
  return { lang, name, default: false, localService: true, voiceURI: name, ...extra } as SpeechSynthesisVoice;
}

/** A synthesiser that speaks nothing: it queues utterances, and the test ends them one by one, as a browser would. */
class FakeSynth implements Synth {
  queue: SpeechSynthesisUtterance[] = [];
  spoken: string[] = [];
  cancels = 0;
  speaking = false;
  speak(utterance: SpeechSynthesisUtterance): void {
    this.queue.push(utterance);
    this.spoken.push(utterance.text);
  }
  cancel(): void {
    this.cancels++;
    // Chrome ends each cancelled utterance with an 'interrupted' error.
    for (const u of this.queue.splice(0)) u.onerror?.({ error: 'interrupted' } as SpeechSynthesisErrorEvent);
  }
  getVoices(): SpeechSynthesisVoice[] {
    return [];
  }
  /** The browser begins the utterance at the head of the queue. */
  startOne(): void {
    this.speaking = true;
    this.queue[0]?.onstart?.({} as SpeechSynthesisEvent);
  }
  /** The browser finishes the utterance at the head of the queue. */
  finishOne(): void {
    this.queue.shift()?.onend?.({} as SpeechSynthesisEvent);
  }
}

function utterance(text: string): SpeechSynthesisUtterance {
  return { text, lang: '', voice: null, onend: null, onerror: null } as unknown as SpeechSynthesisUtterance;
}

function article(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.append(div);
  return div;
}

describe('voiceFor', () => {
  const voices = [
    voice('en-US', 'English', { default: true }),
    voice('ar-SA', 'Arabic (network)', { localService: false }),
    voice('ar-EG', 'Arabic Egypt'),
    voice('he-IL', 'Hebrew'),
  ];

  it('takes a voice of the article’s language, one on the device before a network one, the exact region first', () => {
    expect(voiceFor(voices, 'ar')?.name).toBe('Arabic Egypt');
    expect(voiceFor(voices, 'ar-SA')?.name).toBe('Arabic (network)');
    expect(voiceFor(voices, 'he')?.name).toBe('Hebrew');
    expect(voiceFor(voices, 'iw')?.name).toBe('Hebrew');
    expect(voiceFor(voices, 'en-GB')?.name).toBe('English');
  });

  it('gives none for a language no voice speaks, or an unknown language: Persian is not read with an Arabic voice', () => {
    expect(voiceFor(voices, 'fa')).toBeNull();
    expect(voiceFor(voices, 'und')).toBeNull();
    expect(voiceFor([], 'en')).toBeNull();
  });
});

describe('spokenBlocks and speechChunks', () => {
  it('reads paragraphs, headings, list items and captions in order, innermost only, never code or tables', () => {
    const root = article(
      '<h2>Heading</h2><p>First paragraph.</p><ul><li><p>Item paragraph</p></li><li>Plain item</li></ul>' +
        '<pre><code>let x = 1;</code></pre><table><tr><td><p>cell</p></td></tr></table>' +
        '<figure><img src="a.png" alt=""><figcaption>Caption</figcaption></figure><p> </p><blockquote>A quote</blockquote>',
    );
    expect(spokenBlocks(root).map((b) => b.textContent)).toEqual(['Heading', 'First paragraph.', 'Item paragraph', 'Plain item', 'Caption', 'A quote']);
  });

  it('keeps a short block whole and cuts a long one at sentence ends, in any script', () => {
    expect(speechChunks('  One   short line. ', 'en')).toEqual(['One short line.']);
    const arabic = Array.from({ length: 12 }, (_, i) => `هذه هي الجملة رقم ${i} في الفقرة الطويلة.`).join(' ');
    const chunks = speechChunks(arabic, 'ar');
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join(' ')).toBe(arabic);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(160);
      expect(chunk.endsWith('.')).toBe(true);
    }
  });

  it('cuts a sentence too long for one utterance after its commas, else at a space, losing no word', () => {
    const clauses = Array.from({ length: 8 }, (_, i) => `وهذا هو المقطع رقم ${i} من جملة طويلة جدا`).join('، ');
    const chunks = speechChunks(`${clauses}.`, 'ar');
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join(' ')).toBe(`${clauses}.`);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.endsWith('،')).toBe(true);
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const cut = speechChunks(words, 'en');
    expect(cut.every((chunk) => chunk.length <= 160)).toBe(true);
    expect(cut.join(' ')).toBe(words);
  });
});

describe('scriptPieces', () => {
  it('sets apart runs of two Latin words or more; a single brand name stays in the sentence', () => {
    expect(scriptPieces('قال إن "a mature street tree can cool the air" في الصيف.', true).map((p) => [p.text, p.latin])).toEqual([
      ['قال إن "', false],
      ['a mature street tree can cool the air', true],
      ['" في الصيف.', false],
    ]);
    expect(scriptPieces('اشتريت iPhone جديدا', true)).toEqual([{ text: 'اشتريت iPhone جديدا', latin: false }]);
    expect(scriptPieces('Plain English text, read whole.', false)).toEqual([{ text: 'Plain English text, read whole.', latin: false }]);
  });
});

describe('ReadAloud', () => {
  function setup(html: string, rate?: () => number, latinVoice?: SpeechSynthesisVoice) {
    const root = article(html);
    const synth = new FakeSynth();
    const states: boolean[] = [];
    const seen: string[] = [];
    const reading = new ReadAloud({
      synth,
      utterance,
      lang: 'ar',
      voice: voice('ar-EG', 'Arabic Egypt'),
      onPlayingChange: (playing) => states.push(playing),
      onBlock: (block) => seen.push(block.textContent ?? ''),
      rate,
      latinVoice,
    });
    return { root, synth, states, seen, reading, blocks: spokenBlocks(root) };
  }

  it('reads block after block in the article’s voice, marking the one being read, and says when it ends', () => {
    const { synth, states, seen, reading, blocks } = setup('<p>الأولى</p><p>الثانية</p><p>الثالثة</p>');
    reading.start(blocks);
    expect(states).toEqual([true]);
    expect(synth.spoken).toEqual(['الأولى']);
    expect(synth.queue[0]!.lang).toBe('ar-EG');
    expect(synth.queue[0]!.voice?.name).toBe('Arabic Egypt');
    expect(blocks[0]!.classList.contains(SPEAKING_CLASS)).toBe(true);
    synth.finishOne();
    expect(synth.spoken).toEqual(['الأولى', 'الثانية']);
    expect(blocks[0]!.classList.contains(SPEAKING_CLASS)).toBe(false);
    expect(blocks[1]!.classList.contains(SPEAKING_CLASS)).toBe(true);
    synth.finishOne();
    synth.finishOne();
    expect(seen).toEqual(['الأولى', 'الثانية', 'الثالثة']);
    expect(states).toEqual([true, false]);
    expect(reading.playing).toBe(false);
    expect(blocks.some((b) => b.classList.contains(SPEAKING_CLASS))).toBe(false);
  });

  it('starts from the block asked for, and stops when told: the cancelled utterance’s end does not read on', () => {
    const { synth, states, reading, blocks } = setup('<p>one</p><p>two</p><p>three</p>');
    reading.start(blocks, 1);
    expect(synth.spoken).toEqual(['two']);
    const cancelled = synth.queue[0]!;
    reading.stop();
    expect(synth.cancels).toBe(1);
    // Some browsers fire end, not error, for a cancelled utterance.
    cancelled.onend?.({} as SpeechSynthesisEvent);
    expect(synth.spoken).toEqual(['two']);
    expect(states).toEqual([true, false]);
    expect(blocks[1]!.classList.contains(SPEAKING_CLASS)).toBe(false);
  });

  it('ends the reading when the synthesiser fails, and reads a long paragraph in several utterances before the next', () => {
    const long = Array.from({ length: 10 }, (_, i) => `Sentence number ${i} of a long paragraph that goes on.`).join(' ');
    const { synth, states, reading, blocks } = setup(`<p>${long}</p><p>after</p>`);
    reading.start(blocks);
    const parts = synth.queue.length;
    expect(parts).toBeGreaterThan(1);
    for (let i = 0; i < parts - 1; i++) synth.finishOne();
    expect(synth.spoken.at(-1)).not.toBe('after');
    synth.finishOne();
    expect(synth.spoken.at(-1)).toBe('after');
    synth.queue[0]!.onerror?.({ error: 'audio-hardware' } as SpeechSynthesisErrorEvent);
    expect(states).toEqual([true, false]);
    expect(reading.playing).toBe(false);
  });

  it('speaks at the reader’s speed, a change taking effect from the next block', () => {
    let speed = 1.5;
    const { synth, reading, blocks } = setup('<p>one</p><p>two</p>', () => speed);
    reading.start(blocks);
    expect(synth.queue[0]!.rate).toBe(1.5);
    speed = 0.7;
    synth.finishOne();
    expect(synth.queue[0]!.rate).toBe(0.7);
    const plain = setup('<p>one</p>');
    plain.reading.start(plain.blocks);
    expect(plain.synth.queue[0]!.rate).toBe(1);
  });

  it('reads an English phrase inside an Urdu sentence in an English voice, the rest in the article’s voice, then goes on', () => {
    const english = voice('en-US', 'English');
    const { synth, reading, blocks } = setup('<p>”اب میں سیکھوں گی کہ leg spin صحیح طریقے سے کیسے کی جاتی ہے“، اس نے کہا۔</p><p>اگلا</p>', undefined, english);
    reading.start(blocks);
    expect(synth.queue.map((u) => [u.text, u.voice?.name, u.lang])).toEqual([
      ['”اب میں سیکھوں گی کہ', 'Arabic Egypt', 'ar-EG'],
      ['leg spin', 'English', 'en-US'],
      ['صحیح طریقے سے کیسے کی جاتی ہے“، اس نے کہا۔', 'Arabic Egypt', 'ar-EG'],
    ]);
    synth.finishOne();
    synth.finishOne();
    expect(synth.spoken.at(-1)).not.toBe('اگلا');
    synth.finishOne();
    expect(synth.spoken.at(-1)).toBe('اگلا');
  });

  describe('a synthesiser that never starts', () => {
    it('ends the reading after a silent wait, so the button does not stay on Stop', () => {
      vi.useFakeTimers();
      try {
        const { synth, states, reading, blocks } = setup('<p>one</p><p>two</p>');
        reading.start(blocks);
        vi.advanceTimersByTime(SILENT_START_MS - 1);
        expect(reading.playing).toBe(true);
        vi.advanceTimersByTime(1);
        expect(states).toEqual([true, false]);
        expect(synth.cancels).toBe(1);
        expect(blocks[0]!.classList.contains(SPEAKING_CLASS)).toBe(false);
      } finally {
        vi.useRealTimers();
      }
    });

    it('keeps reading once the synthesiser has begun, or while it is still speaking', () => {
      vi.useFakeTimers();
      try {
        const started = setup('<p>one</p><p>two</p>');
        started.reading.start(started.blocks);
        started.synth.startOne();
        started.synth.speaking = false;
        vi.advanceTimersByTime(SILENT_START_MS * 2);
        expect(started.reading.playing).toBe(true);

        const busy = setup('<p>one</p>');
        busy.reading.start(busy.blocks);
        busy.synth.speaking = true;
        vi.advanceTimersByTime(SILENT_START_MS);
        expect(busy.reading.playing).toBe(true);
      } finally {
        vi.useRealTimers();
      }
    });
  });

  it('starts at the first block in view', () => {
    const { blocks } = setup('<p>a</p><p>b</p><p>c</p>');
    const scroller = document.createElement('div');
    vi.spyOn(scroller, 'getBoundingClientRect').mockReturnValue({ top: 100 } as DOMRect);
    blocks.forEach((block, i) => vi.spyOn(block, 'getBoundingClientRect').mockReturnValue({ bottom: 60 + i * 50 } as DOMRect));
    expect(firstVisible(blocks, scroller)).toBe(1);
    expect(firstVisible(blocks, null)).toBe(0);
  });
});
