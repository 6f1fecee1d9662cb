import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { ExtractedArticle } from '../utils/article';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings';
import arabic from '../public/_locales/ar/messages.json';
import { ReaderView } from './ReaderView';

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...structuredClone({ ...DEFAULT_SETTINGS, fontFamily: { ...DEFAULT_SETTINGS.fontFamily } }), ...patch } as Settings;
}

const ARABIC: ExtractedArticle = {
  title: 'داعش ينتقل إلى أفريقيا',
  byline: 'محمود عبد الرحيم',
  siteName: 'صدى البلد',
  publishedTime: '2022-05-12T03:14:00+02:00',
  lang: 'ar',
  dir: 'rtl',
  excerpt: null,
  contentHtml:
    '<h1>داعش ينتقل إلى أفريقيا</h1><p>اجتمع وزراء التحالف الدولي لمحاربة داعش أمس في مدينة مراكش المغربية.</p>' +
    '<blockquote><p>"The coalition remains united and determined to defeat ISIS."</p></blockquote>' +
    '<p>قال <a href="/other">الوزير</a> إن القرار 2254 ما زال قائما.</p>',
  textContent: '',
  readingMinutes: 4,
  removed: [],
  url: 'https://www.elbalad.news/5290000',
};

function renderReader(props: Partial<Parameters<typeof ReaderView>[0]> = {}) {
  const onChange = vi.fn();
  const onClose = vi.fn();
  const utils = render(<ReaderView article={ARABIC} settings={settings()} onChange={onChange} onClose={onClose} hostname="www.elbalad.news" {...props} />);
  return { ...utils, onChange, onClose };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ReaderView with an article', () => {
  it('shows the article right to left in its language, with the headline once and the header in Arabic', () => {
    const { container } = renderReader();
    const article = container.querySelector('article')!;
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.getAttribute('lang')).toBe('ar');
    expect(within(article).getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('داعش ينتقل إلى أفريقيا');
    expect(screen.getByText('صدى البلد')).toBeTruthy();
    expect(screen.getByText('محمود عبد الرحيم')).toBeTruthy();
    expect(screen.getByText('٤ دقائق للقراءة')).toBeTruthy();
    expect(container.querySelector('time')?.textContent).toContain('٢٠٢٢');
  });

  it('gives an English quotation in Arabic text its own direction, and links open their original targets', () => {
    const { container } = renderReader();
    const quote = container.querySelector('blockquote')!;
    expect(quote.getAttribute('dir')).toBe('ltr');
    const link = screen.getByRole('link', { name: 'الوزير' });
    expect(link.getAttribute('href')).toBe('https://www.elbalad.news/other');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('link', { name: 'View original page' }).getAttribute('href')).toBe(ARABIC.url);
  });

  it('scrolls to an in-page #anchor within the reader instead of following it', () => {
    const scrolled: string[] = [];
    // jsdom has no scrollIntoView: lend one for this test.
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    onTestFinished(() => {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });
    renderReader({ article: { ...ARABIC, contentHtml: '<p><a href="#notes">الهوامش</a></p><h2 id="notes">الهوامش والمصادر</h2>' } });
    const link = screen.getByRole('link', { name: 'الهوامش' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(scrolled).toEqual(['notes']);
  });

  it('closes from the close button and from Esc', () => {
    const { onClose } = renderReader();
    fireEvent.click(screen.getByRole('button', { name: 'Close reader' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('asks for larger and smaller text in 2px steps, and not past the bounds', () => {
    const { onChange, rerender } = renderReader();
    fireEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    expect(onChange).toHaveBeenLastCalledWith({ fontSize: 22 });
    fireEvent.click(screen.getByRole('button', { name: 'Smaller text' }));
    expect(onChange).toHaveBeenLastCalledWith({ fontSize: 18 });
    rerender(<ReaderView article={ARABIC} settings={settings({ fontSize: 40 })} onChange={onChange} onClose={() => undefined} />);
    onChange.mockClear();
    const larger = screen.getByRole('button', { name: 'Larger text' });
    expect(larger.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(larger);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('applies the size, line height and width it is given at once', () => {
    const { container } = renderReader({ settings: settings({ fontSize: 26, lineHeight: 2, contentWidth: 55 }) });
    const root = container.querySelector<HTMLElement>('.qari-root')!;
    expect(root.style.getPropertyValue('--qari-font-size')).toBe('26px');
    expect(root.style.getPropertyValue('--qari-line-height')).toBe('2');
    expect(root.style.getPropertyValue('--qari-content-width')).toBe('55ch');
  });

  it('opens display settings: line spacing, width, the font for Arabic text, theme and always-open', () => {
    const { onChange } = renderReader();
    const toggle = screen.getByRole('button', { name: 'Display settings' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'More line spacing' }));
    expect(onChange).toHaveBeenLastCalledWith({ lineHeight: 1.7 });
    fireEvent.click(screen.getByRole('button', { name: 'Narrower column' }));
    expect(onChange).toHaveBeenLastCalledWith({ contentWidth: 65 });

    const fonts = screen.getByRole('group', { name: 'Font for Arabic-script text' });
    fireEvent.click(within(fonts).getByRole('radio', { name: 'Serif' }));
    expect(onChange).toHaveBeenLastCalledWith({ fontFamily: { arabic: 'serif', hebrew: 'sans', latin: 'serif' } });

    fireEvent.click(screen.getByRole('radio', { name: 'Sepia' }));
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'sepia' });

    fireEvent.click(screen.getByRole('checkbox', { name: /Always open on this site/ }));
    expect(onChange).toHaveBeenLastCalledWith({ autoOpenSites: ['elbalad.news'] });
  });

  it('turns always-open off for the site and any parent entry that covers it', () => {
    const { onChange } = renderReader({ hostname: 'news.example.com', settings: settings({ autoOpenSites: ['example.com', 'other.org'] }) });
    fireEvent.click(screen.getByRole('button', { name: 'Display settings' }));
    const box = screen.getByRole('checkbox', { name: /Always open on this site/ }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(onChange).toHaveBeenLastCalledWith({ autoOpenSites: ['other.org'] });
  });

  it('Esc in the open settings panel closes the panel, not the reader', () => {
    const { onClose } = renderReader();
    fireEvent.click(screen.getByRole('button', { name: 'Display settings' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'More line spacing' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'More line spacing' })).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('ReaderView without an article', () => {
  it('says so, offers a close button and holds no <article>', () => {
    const { container, onClose } = renderReader({ article: null });
    expect(container.querySelector('article')).toBeNull();
    expect(screen.getByRole('heading', { name: 'No article found on this page' })).toBeTruthy();
    const buttons = screen.getAllByRole('button', { name: 'Close reader' });
    fireEvent.click(buttons[buttons.length - 1]!);
    expect(onClose).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Larger text' })).toBeNull();
  });

  it('offers to show a list of headlines anyway, and shows nothing of the kind for a page with nothing to show', () => {
    const onShowAnyway = vi.fn();
    renderReader({ article: null, noArticleReason: 'list', onShowAnyway });
    expect(screen.getByRole('heading', { name: 'No article found on this page' })).toBeTruthy();
    expect(screen.getByText(/looks like a list of links/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show the page anyway' }));
    expect(onShowAnyway).toHaveBeenCalledTimes(1);
    cleanup();
    renderReader({ article: null });
    expect(screen.queryByRole('button', { name: 'Show the page anyway' })).toBeNull();
  });

  it('says the page is too large, rather than that it has no article, when that is why', () => {
    const { container } = renderReader({ article: null, noArticleReason: 'too-large' });
    expect(container.querySelector('article')).toBeNull();
    expect(screen.getByRole('heading', { name: 'This page is too large for the reader' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'No article found on this page' })).toBeNull();
  });
});

describe('ReaderView in the options page preview', () => {
  it('has no close button and no dialog, and otherwise looks and works like the reader', () => {
    const { onChange } = renderReader({ preview: true });
    expect(screen.queryByRole('button', { name: 'Close reader' })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Display settings' }));
    fireEvent.click(screen.getByRole('button', { name: 'More line spacing' }));
    expect(onChange).toHaveBeenLastCalledWith({ lineHeight: 1.7 });
  });
});

describe('ReaderView in Arabic', () => {
  it('lays out its own controls right to left with Arabic labels', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string) => (arabic as Record<string, { message: string }>)[key]?.message ?? '') as typeof browser.i18n.getMessage);
    const { container } = renderReader({ article: null });
    const root = container.querySelector('.qari-root')!;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(screen.getByRole('heading', { name: 'لم يُعثر على مقال في هذه الصفحة' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'إغلاق القارئ' }).length).toBeGreaterThan(0);
  });
});

describe('ReaderView contents', () => {
  const SECTIONS: ExtractedArticle = {
    ...ARABIC,
    contentHtml:
      '<p>مقدمة.</p><h2 id="s1">الاجتماع</h2><p>نص.</p><h3>التفاصيل</h3><p>نص.</p><h2>البيان الختامي</h2><p>نص.</p><h2>ردود الفعل</h2><p>نص.</p>',
  };

  it('lists the article’s sections in its direction, goes to the one chosen and gives it the focus', () => {
    const scrolled: Element[] = [];
    // jsdom has no scrollIntoView: lend one for this test.
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    onTestFinished(() => {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });
    const { container } = renderReader({ article: SECTIONS });
    const toggle = screen.getByRole('button', { name: 'Contents' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const nav = screen.getByRole('navigation', { name: 'Contents' });
    expect(nav.querySelector('ol')!.getAttribute('dir')).toBe('rtl');
    const entries = within(nav).getAllByRole('button');
    expect(entries.map((b) => b.textContent)).toEqual(['الاجتماع', 'التفاصيل', 'البيان الختامي', 'ردود الفعل']);
    expect(entries[1]!.closest('li')!.classList.contains('qari-contents-sub')).toBe(true);

    fireEvent.click(entries[2]!);
    const heading = within(container.querySelector('.qari-content')!).getByRole('heading', { name: 'البيان الختامي' });
    expect(scrolled).toEqual([heading]);
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByRole('navigation', { name: 'Contents' })).toBeNull();
  });

  it('is not offered for an article of three sections or fewer, nor without an article', () => {
    renderReader();
    expect(screen.queryByRole('button', { name: 'Contents' })).toBeNull();
    cleanup();
    renderReader({ article: { ...SECTIONS, contentHtml: '<h2>أ</h2><p>نص.</p><h2>ب</h2><p>نص.</p><h3>ج</h3><p>نص.</p>' } });
    expect(screen.queryByRole('button', { name: 'Contents' })).toBeNull();
    cleanup();
    renderReader({ article: null });
    expect(screen.queryByRole('button', { name: 'Contents' })).toBeNull();
  });

  it('closes on Esc with the focus back on its button, and one panel shows at a time', () => {
    renderReader({ article: SECTIONS });
    const toggle = screen.getByRole('button', { name: 'Contents' });
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Display settings' }));
    expect(screen.queryByRole('navigation', { name: 'Contents' })).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.queryByRole('group', { name: 'Display settings' })).toBeNull();
    fireEvent.keyDown(screen.getByRole('navigation', { name: 'Contents' }), { key: 'Escape' });
    expect(screen.queryByRole('navigation', { name: 'Contents' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});

describe('ReaderView reading progress', () => {
  /** Give the scroller a layout jsdom does not have: `height` of content in a `view` tall window, scrolled to `top`. */
  function layOut(scroller: HTMLElement, height: number, view: number, top: number) {
    Object.defineProperty(scroller, 'scrollHeight', { configurable: true, get: () => height });
    Object.defineProperty(scroller, 'clientHeight', { configurable: true, get: () => view });
    scroller.scrollTop = top;
    fireEvent.scroll(scroller);
  }

  it('fills a bar from the side the article starts on as it is read, and shows none before the first scroll', async () => {
    const { container } = renderReader();
    const bar = container.querySelector<HTMLElement>('.qari-progress')!;
    expect(bar.getAttribute('dir')).toBe('rtl');
    expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect(bar.hidden).toBe(true);
    const scroller = container.querySelector<HTMLElement>('.qari-scroller')!;
    layOut(scroller, 3000, 1000, 1000);
    await vi.waitFor(() => expect(bar.style.transform).toBe('scaleX(0.5)'));
    expect(bar.hidden).toBe(false);
    layOut(scroller, 3000, 1000, 2000);
    await vi.waitFor(() => expect(bar.style.transform).toBe('scaleX(1)'));
    layOut(scroller, 3000, 1000, 0);
    await vi.waitFor(() => expect(bar.hidden).toBe(true));
  });

  it('follows a left-to-right article from its left, and is not there without an article', () => {
    const english = { ...ARABIC, lang: 'en', dir: 'ltr' as const, title: 'Coalition meets', contentHtml: '<p>The ministers met.</p>' };
    const { container, rerender } = renderReader({ article: english });
    expect(container.querySelector('.qari-progress')!.getAttribute('dir')).toBe('ltr');
    rerender(<ReaderView article={null} settings={settings()} onChange={vi.fn()} onClose={vi.fn()} />);
    expect(container.querySelector('.qari-progress')).toBeNull();
  });

  it('measures how far through the scroller is read, and an article that fits in the window as not started', async () => {
    const { readingProgress } = await import('./ReadingProgress');
    expect(readingProgress({ scrollTop: 0, scrollHeight: 3000, clientHeight: 1000 })).toBe(0);
    expect(readingProgress({ scrollTop: 500, scrollHeight: 3000, clientHeight: 1000 })).toBe(0.25);
    expect(readingProgress({ scrollTop: 2400, scrollHeight: 3000, clientHeight: 1000 })).toBe(1);
    expect(readingProgress({ scrollTop: 0, scrollHeight: 800, clientHeight: 1000 })).toBe(0);
  });
});

describe('ReaderView with images that fail to load', () => {
  const WITH_IMAGES: ExtractedArticle = {
    ...ARABIC,
    contentHtml:
      '<p>قبل الصور.</p>' +
      '<figure id="alone"><a href="/big.jpg"><img src="gone.jpg" alt="صورة"></a><figcaption>الصورة: رويترز</figcaption></figure>' +
      '<figure id="pair"><img id="first" src="ok.jpg" alt=""><img id="second" src="gone2.jpg" alt=""></figure>' +
      '<p id="inline">نص <img id="icon" src="gone3.png" alt=""> يكمل الجملة.</p>',
  };

  it('takes the failed image away with the figure that held only it, and nothing else', () => {
    const { container } = renderReader({ article: WITH_IMAGES });
    const q = (selector: string) => container.querySelector(selector)!;
    q('#alone img').dispatchEvent(new Event('error'));
    expect(q('#alone').classList.contains('qari-broken')).toBe(true);

    // A figure with another picture in it keeps that picture.
    q('#second').dispatchEvent(new Event('error'));
    expect(q('#second').classList.contains('qari-broken')).toBe(true);
    expect(q('#pair').classList.contains('qari-broken')).toBe(false);
    expect(q('#first').classList.contains('qari-broken')).toBe(false);
    // Then the last one goes too: the figure has nothing left to show.
    q('#first').dispatchEvent(new Event('error'));
    expect(q('#pair').classList.contains('qari-broken')).toBe(true);

    // An image inside a sentence goes alone: the sentence stays.
    q('#icon').dispatchEvent(new Event('error'));
    expect(q('#icon').classList.contains('qari-broken')).toBe(true);
    expect(q('#inline').classList.contains('qari-broken')).toBe(false);
    expect(container.querySelectorAll('.qari-content > p:not(.qari-broken)')).toHaveLength(2);
  });
});

describe('ReaderView read aloud', () => {
  /** The window's synthesiser, faked: it keeps what it was asked to say, and the test says when voices arrive. */
  class FakeSpeech extends EventTarget {
    voices: SpeechSynthesisVoice[] = [];
    said: SpeechSynthesisUtterance[] = [];
    cancels = 0;
    speaking = false;
    getVoices() {
      return this.voices;
    }
    speak(utterance: SpeechSynthesisUtterance) {
      this.said.push(utterance);
    }
    cancel() {
      this.cancels++;
    }
  }
  class FakeUtterance {
    lang = '';
    rate = 1;
    voice: SpeechSynthesisVoice | null = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(public text: string) {}
  }
  const arabicVoice = { lang: 'ar-EG', name: 'Arabic', default: false, localService: true, voiceURI: 'ar' } as SpeechSynthesisVoice;
  const englishVoice = { lang: 'en-US', name: 'English', default: true, localService: true, voiceURI: 'en' } as SpeechSynthesisVoice;

  function withSpeech(voices: SpeechSynthesisVoice[]): FakeSpeech {
    const speech = new FakeSpeech();
    speech.voices = voices;
    vi.stubGlobal('speechSynthesis', speech);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    return speech;
  }

  it('reads the article from its headline in an Arabic voice, marks what it reads, and stops on the second press', () => {
    const speech = withSpeech([englishVoice, arabicVoice]);
    const { container } = renderReader();
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(speech.said.map((u) => u.text)).toEqual(['داعش ينتقل إلى أفريقيا']);
    expect(speech.said[0]!.voice).toBe(arabicVoice);
    expect(container.querySelector('.qari-title')!.classList.contains('qari-speaking')).toBe(true);
    (speech.said[0]!.onend as () => void)();
    expect(speech.said[1]!.text).toBe('اجتمع وزراء التحالف الدولي لمحاربة داعش أمس في مدينة مراكش المغربية.');
    expect(container.querySelector('.qari-content p')!.classList.contains('qari-speaking')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading aloud' }));
    expect(speech.cancels).toBe(1);
    expect(container.querySelector('.qari-speaking')).toBeNull();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeTruthy();
  });

  it('is offered only once a voice speaks the article’s language, as the voices arrive', () => {
    const speech = withSpeech([englishVoice]);
    renderReader();
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
    speech.voices = [englishVoice, arabicVoice];
    act(() => {
      speech.dispatchEvent(new Event('voiceschanged'));
    });
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeTruthy();
  });

  it('reads at the speed set in the display panel, which shows the speed only when read aloud is offered', () => {
    const speech = withSpeech([arabicVoice]);
    const { onChange, rerender } = renderReader({ settings: settings({ speechRate: 1.5 }) });
    fireEvent.click(screen.getByRole('button', { name: 'Display settings' }));
    const speed = screen.getByRole('group', { name: 'Read-aloud speed' });
    expect(speed.querySelector('output')!.textContent).toBe('1.5×');
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud faster' }));
    expect(onChange).toHaveBeenLastCalledWith({ speechRate: 1.6 });
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(speech.said[0]!.rate).toBe(1.5);
    // The new speed, saved and given back as settings, is heard from the next block.
    rerender(<ReaderView article={ARABIC} settings={settings({ speechRate: 0.8 })} onChange={onChange} onClose={() => undefined} />);
    (speech.said[0]!.onend as () => void)();
    expect(speech.said[1]!.rate).toBe(0.8);

    speech.voices = [englishVoice];
    act(() => {
      speech.dispatchEvent(new Event('voiceschanged'));
    });
    expect(screen.queryByRole('group', { name: 'Read-aloud speed' })).toBeNull();
  });

  it('reads the English quotation in the Arabic article in an English voice, when the device has one', () => {
    const speech = withSpeech([englishVoice, arabicVoice]);
    renderReader();
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    (speech.said[0]!.onend as () => void)();
    (speech.said[1]!.onend as () => void)();
    expect(speech.said[2]!.text).toBe('The coalition remains united and determined to defeat ISIS.');
    expect(speech.said[2]!.voice).toBe(englishVoice);
    expect(speech.said[2]!.lang).toBe('en-US');
    expect(speech.said[0]!.voice).toBe(arabicVoice);
  });

  it('stops reading when the reader closes, and is not offered in the options page preview', () => {
    const speech = withSpeech([arabicVoice]);
    const { unmount } = renderReader();
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    unmount();
    expect(speech.cancels).toBe(1);
    renderReader({ preview: true });
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
  });
});
