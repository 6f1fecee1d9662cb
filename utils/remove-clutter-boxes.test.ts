import { describe, expect, it } from 'vitest';
import { classTokens, removeClutterBoxes, removeHiddenAndNamedBoxes, removeSignupBoxes } from './remove-clutter-boxes';
import { hidingSelectors } from './stylesheet-hidden';

function page(html: string, head = ''): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  doc.body.innerHTML = html;
  return doc.body;
}

const PROSE = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i} of the article, long enough to be prose that a reader came to read today.</p>`).join('');

describe('removeClutterBoxes', () => {
  it('removes hidden, aria-hidden and inline display:none blocks', () => {
    const root = page(`<article>${PROSE}<p hidden>secret one</p><div aria-hidden="true">secret two</div><p style="display: none">secret three</p></article>`);
    const removed = removeClutterBoxes(root);
    expect(root.textContent).not.toMatch(/secret/);
    expect(removed.filter((r) => r.kind === 'hidden')).toHaveLength(3);
  });

  it('keeps the long form of a time written out long and short, and a time with one form', () => {
    const root = page(
      `<article>${PROSE}<p>Edited <time datetime="2024-06-19"><span class="ipsTime__long">June 19, 2024</span><span class="ipsTime__short">1 yr</span></time> by ColdJ</p>` +
        `<p>Posted <time datetime="2024-06-18"><span class="date short">Jun 18</span></time></p></article>`,
    );
    const removed = removeClutterBoxes(root);
    expect(root.textContent).toContain('Edited June 19, 2024 by ColdJ');
    expect(root.textContent).toContain('Posted Jun 18');
    expect(removed).toEqual([{ kind: 'hidden', text: '1 yr' }]);
  });

  it('keeps the question of an accordion and a column-group switch (toggles), and still removes a button link', () => {
    const root = page(`<article>${PROSE}<div class="panel"><div class="panel-heading"><div class="btn collapsed">What is an espresso machine?</div></div>
      <div class="panel-collapse collapsed"><p>A device that forces hot water through finely ground coffee.</p></div></div>
      <table><thead><tr><th><span class="area-toggle-btn">Systems</span></th></tr></thead><tbody><tr><td>Databases</td></tr></tbody></table>
      <div class="btn collapse-cta"><a href="/shop">Shop now</a></div><a class="btn" href="/demo">Book a demo</a></article>`);
    removeClutterBoxes(root);
    expect(root.textContent).toContain('What is an espresso machine?');
    expect(root.textContent).toContain('Systems');
    expect(root.textContent).not.toContain('Shop now');
    expect(root.textContent).not.toContain('Book a demo');
  });

  it('removes a short box the page marks data-nosnippet (short as read, not as indented), keeping marked prose and marked code', () => {
    const bio = 'Anurag is an experienced journalist and author who has been covering tech for the past five years.';
    const story = Array.from({ length: 8 }, (_, i) => `<p>Subscriber paragraph ${i} of the story, marked so that search engines never quote it.</p>`).join('');
    const root = page(`<article><div class="with-excerpt" data-nosnippet>${bio}</div>${PROSE}
      <div class="display-card" data-nosnippet><span>Related</span>${' '.repeat(700)}<a href="/x">4 automation tools that save time</a></div>
      <section data-nosnippet><pre><code>import subprocess</code></pre></section><div data-nosnippet>${story}</div></article>`);
    const removed = removeClutterBoxes(root);
    expect(root.textContent).not.toContain('experienced journalist');
    expect(root.textContent).not.toContain('automation tools');
    expect(root.textContent).toContain('import subprocess');
    expect(root.textContent).toContain('Subscriber paragraph 7');
    expect(removed.map((r) => r.kind)).toEqual(['clutter-box', 'clutter-box']);
  });

  it("removes a dialog's close control left behind, and keeps a labelled link that says more", () => {
    const root = page(`<div class="dialog"><a role="button" class="close-dialog" aria-label="close">&times;</a></div><article>${PROSE}
      <span aria-label="إغلاق">✕</span><a href="/closing-times" aria-label="Close of trading">Closing prices for the week</a></article>`);
    removeClutterBoxes(root);
    expect(root.textContent).not.toContain('×');
    expect(root.textContent).not.toContain('✕');
    expect(root.textContent).toContain('Closing prices for the week');
  });

  it('removes the fallback text of a video, keeping its sources', () => {
    const root = page(`<article>${PROSE}<div><video src="a.mp4"><source src="a.webm">This browser does not support the HTML5 video element.</video></div></article>`);
    removeClutterBoxes(root);
    expect(root.textContent).not.toContain('does not support');
    expect(root.querySelectorAll('video source')).toHaveLength(1);
  });

  it('reads no word in a CSS Modules hash, and still reads a BEM element', () => {
    const root = page(`<article>${PROSE}<details class="AccordionTextItem_item__adF2E"><summary>Can I learn design on my own?</summary>
      <div>Yes, through online courses.</div></details><div class="post__ad">Advertisement</div></article>`);
    removeClutterBoxes(root);
    expect(root.textContent).toContain('Can I learn design on my own?');
    expect(root.textContent).not.toContain('Advertisement');
    expect(classTokens(root.querySelector('details')!)).toEqual(['accordion', 'text', 'item', 'item']);
  });

  it('removes blocks hidden by the page stylesheet, but not ones shown again at a screen size', () => {
    const root = page(`<article>${PROSE}<p class="css-hidden">secret</p><p class="hidden md:block">desktop only</p></article>`,
      '<style>.css-hidden { display: none; } .hidden{display:none} @media print { article p { display: none } } a:hover { visibility: hidden }</style>');
    removeClutterBoxes(root);
    expect(root.textContent).not.toContain('secret');
    expect(root.textContent).toContain('desktop only');
    expect(root.querySelectorAll('p').length).toBe(13);
  });

  it("shows an FAQ's answers folded under their questions, and keeps a folded menu and a lone hidden note hidden", () => {
    const faq = (q: string, a: string) => `<div class="accordion_item"><div class="accordion_item-toggle"><h3>${q}</h3></div><div class="accordion_item-text"><p>${a}</p></div></div>`;
    const root = page(`<article>${PROSE}${faq('What do I bring to a tax site?', 'Photo ID and income documents.')}` +
      '<button aria-expanded="false">Show the transcript</button><div hidden><p>Welcome to the show, today we talk taxes.</p></div>' +
      '<button aria-expanded="false">Menu</button><ul style="display:none"><li><a href="/a">Home</a></li><li><a href="/b">News</a></li></ul>' +
      '<p class="css-hidden">secret</p></article>',
    '<style>.accordion_item-text{ display: none; } .css-hidden { display: none; }</style>');
    removeClutterBoxes(root);
    expect(root.textContent).toContain('Photo ID and income documents.');
    expect(root.textContent).toContain('Welcome to the show');
    expect(root.querySelector('[hidden]')).toBeNull();
    expect(root.textContent).not.toContain('Home');
    expect(root.textContent).not.toContain('secret');
  });

  it('ignores a stylesheet that would hide most of the page', () => {
    const root = page(`<article>${PROSE}</article>`, '<style>p { display: none }</style>');
    removeClutterBoxes(root);
    expect(root.querySelectorAll('p').length).toBe(12);
  });

  it('removes cookie, newsletter, share and related boxes by class tokens', () => {
    const root = page(`<div id="cookieConsent">We use cookies. Accept all</div><article>${PROSE}
      <div class="newsletter-signup">Get the Morning Briefing</div><ul class="social-share"><li><a href="#">Share on Facebook</a></li></ul>
      <aside class="relatedPosts"><a href="/a">Another story</a></aside></article>`);
    removeClutterBoxes(root);
    for (const s of ['cookies', 'Morning Briefing', 'Share on Facebook', 'Another story']) expect(root.textContent).not.toContain(s);
  });

  it('keeps a large text-rich element even when its class has a clutter token', () => {
    const root = page(`<div class="post-content share-enabled">${PROSE}</div>`);
    removeClutterBoxes(root);
    expect(root.querySelectorAll('p').length).toBe(12);
  });

  it("measures a named box by its text, not by the code of its form's script and style, and lists it without them", () => {
    const code = `#replay-signup { margin-block: 1rem; display: flex; }\n`.repeat(20);
    const script = `var form = ${JSON.stringify({ settings: 'x'.repeat(800) })};`;
    const root = page(`<article>${PROSE}<div id="replay-signup"><style>${code}</style><h3>Sign up for The Replay</h3>
      <p>The Replay is a weekly newsletter for engineering leaders.</p><script>${script}</script></div></article>`);
    const removed = removeClutterBoxes(root);
    expect(root.textContent).not.toContain('weekly newsletter');
    expect(removed).toContainEqual({ kind: 'clutter-box', text: 'Sign up for The Replay The Replay is a weekly newsletter for engineering leaders.' });
  });

  it('removes "read also" boxes by their heading in Arabic, Hebrew and English', () => {
    const root = page(`<article>${PROSE}
      <div><h3>اقرأ أيضا</h3><ul><li><a href="/1">بلينكن يصل المغرب</a></li><li><a href="/2">سر تصاعد الهجمات</a></li></ul></div>
      <p>اقرأ أيضًا: <a href="/3">موجة نزوح جديدة في منطقة بحيرة تشاد</a></p>
      <section><h2>עוד בנושא</h2><a href="/4">גל החום הראשון של הקיץ</a></section>
      <h4>Related articles</h4><ul><li><a href="/5">Ellisport lands federal grant</a></li></ul></article>`);
    removeClutterBoxes(root);
    for (const s of ['بلينكن', 'موجة نزوح', 'גל החום', 'federal grant', 'Related']) expect(root.textContent).not.toContain(s);
    expect(root.querySelectorAll('p').length).toBe(12);
  });

  it('keeps a paragraph that merely starts with "read more" words but is prose', () => {
    const root = page(`<article>${PROSE}<p>Read more widely, the report says, and you will see the pattern everywhere in the valley.</p></article>`);
    removeClutterBoxes(root);
    expect(root.textContent).toContain('Read more widely');
  });
});

describe('classTokens', () => {
  it('splits ids and classes on separators and camelCase', () => {
    const el = document.createElement('div');
    el.id = 'relatedPosts';
    el.className = 'c-share_bar  READ-also';
    expect(classTokens(el)).toEqual(['related', 'posts', 'c', 'share', 'bar', 'read', 'also']);
  });
});

describe('hidingSelectors', () => {
  it('takes top-level display:none and visibility:hidden rules only', () => {
    expect(hidingSelectors('.a{display:none} .b, .c { visibility: hidden !important } @media (max-width: 600px) { .d { display: none } } .e:hover{display:none} .f{display:block}'))
      .toEqual(['.a', '.b', '.c']);
  });
});

describe('hidingSelectors with media queries', () => {
  it('drops a selector that a media query shows again', () => {
    expect(hidingSelectors('.byline{display:none} .ad{display:none} @media (min-width: 740px){ .byline{display:block} }')).toEqual(['.ad']);
  });
});

describe('forms around content', () => {
  it('turns a form that wraps a thread into a div, and leaves a search form a form', () => {
    const root = page(`<form class="search"><input name="q"><label>Search titles only</label></form>
      <form action="inline-mod" class="thread"><article>${PROSE}</article><input type="checkbox"></form>`);
    removeHiddenAndNamedBoxes(root);
    expect(root.querySelectorAll('form')).toHaveLength(1);
    expect(root.querySelector('form')?.className).toBe('search');
    expect(root.querySelector('div.thread article p')).not.toBeNull();
    expect(root.querySelector('input')).toBeNull();
  });

  it('leaves a long search filter a form: its text is the labels of its checkboxes', () => {
    const option = (name: string) => `<div class="form-item"><input type="checkbox"><label class="option">${name}</label></div>`;
    const group = (legend: string, names: string[]) => `<fieldset><legend><span>${legend}</span></legend>${names.map(option).join('\n        ')}</fieldset>`;
    const schools = ['Harvard Faculty of Arts & Sciences', 'Harvard School of Dental Medicine', 'Harvard Divinity School', 'Harvard Graduate School of Design',
      'Harvard Graduate School of Education', 'Harvard Kennedy School', 'Harvard Law School', 'Harvard Medical School', 'Harvard Business School'];
    const subjects = ['Arts & Design', 'Business', 'Computer Science', 'Data Science', 'Education & Teaching', 'Health & Medicine', 'Humanities',
      'Mathematics', 'Programming', 'Science', 'Social Sciences'];
    const filter = `<form action="/catalog" method="get" class="catalog">${group('Subject Area', subjects)}${group('Course Instance Price', ['Free', 'Paid'])}` +
      `${group('Course date', ['Available now', 'Within next week', 'Within next month', 'Within next 3 months', 'Within next 6 months', 'Available Anytime'])}` +
      `${group('Schools', schools)}${group('Schools (again, for small screens)', schools)}</form>`;
    const root = page(`${filter}<article>${PROSE}</article>`);
    expect(root.querySelector('form.catalog')!.textContent!.length).toBeGreaterThan(1000);
    removeHiddenAndNamedBoxes(root);
    expect(root.querySelector('form.catalog')).not.toBeNull();
    // The same labels in a form that posts (an order form listing a report's chapters as checkboxes) are the page.
    const order = page(filter.replace('method="get"', 'method="post"'));
    removeHiddenAndNamedBoxes(order);
    expect(order.querySelector('form')).toBeNull();
    expect(order.textContent).toContain('Harvard Divinity School');
  });
});

describe('dialogs', () => {
  it('removes a dialog in Bootstrap\'s markup that the page\'s stylesheet would hide, and keeps a box that only fades in', () => {
    const root = page(`<article>${PROSE}<p class="fade-in">The last paragraph fades in as the reader scrolls to it.</p></article>` +
      `<div id="agile-modal-direction" class="agile-modal fade"><div class="agile-modal-dialog in"><h4>GET DIRECTIONS</h4><p>From:</p><p>To:</p></div></div>` +
      `<div class="modal fade" id="quickView" tabindex="-1"><div class="modal-body"><p>Add to cart</p><p>Choose a size</p></div></div>`);
    removeHiddenAndNamedBoxes(root);
    expect(root.textContent).not.toMatch(/DIRECTIONS|From:|Add to cart|Choose a size/);
    expect(root.textContent).toContain('fades in as the reader scrolls');
    expect(root.querySelectorAll('article p')).toHaveLength(13);
  });

  it('removes a long advertiser disclosure in a dialog box, and keeps long prose in a box named only one or the other, or a dialog named for its button', () => {
    const disclosure = 'Many of the offers on this site are from companies from which we receive compensation. '.repeat(8);
    const root = page(`<div class="disclosure-modal-container"><p class="disclosure-modal-container__title">Advertiser Disclosure</p>` +
      `<div class="disclosure-modal-container__content"><p>${disclosure}</p></div></div>` +
      `<article class="post-disclosure">${PROSE}</article><div class="modal-story">${PROSE}</div>` +
      // Yahoo's story sits in a dialog, in a box named for its close button: a dialog, but no notice.
      `<div class="news Mx(0)--modalFloatingCloseBtn">${PROSE}</div>`);
    const removed = removeHiddenAndNamedBoxes(root);
    expect(disclosure.length).toBeGreaterThan(600);
    expect(root.textContent).not.toMatch(/Advertiser Disclosure|compensation/);
    expect(removed.map((r) => [r.kind, r.text.slice(0, 21)])).toEqual([['clutter-box', 'Advertiser Disclosure']]);
    expect(root.querySelectorAll('article p, .modal-story p, .news p')).toHaveLength(36);
  });

  it("removes a page's fine print whatever its length, keeps a disclosure widget, and keeps fine print that is most of the page", () => {
    const legal = 'All investing is subject to risk, including the possible loss of the money you invest. '.repeat(9);
    const sections = Array.from({ length: 30 }, (_, i) => `<div class="cmp-richtext"><p>Section ${i}: index funds follow a market benchmark as closely as they can, at low cost.</p></div>`).join('');
    const root = page(`<main>${sections}<details class="disclosure disclosure--row" open><summary>Description</summary><p>${legal}</p></details>` +
      `<div id="disclosures"><div class="cmp-richtext--disclaimer"><p>${legal}</p></div></div></main>`);
    const removed = removeHiddenAndNamedBoxes(root);
    expect(legal.length).toBeGreaterThan(600);
    expect(root.querySelector('#disclosures')).toBeNull();
    expect(removed.map((r) => r.kind)).toEqual(['clutter-box']);
    expect(root.querySelector('details')?.textContent).toContain('possible loss');
    expect(root.querySelectorAll('.cmp-richtext')).toHaveLength(30);

    // A page that is its disclosures (a bank's "Important disclosures" page) keeps them.
    const own = page(`<h1>Important disclosures</h1><div class="disclaimers"><p>${legal}</p><p>${legal}</p></div>`);
    expect(removeHiddenAndNamedBoxes(own)).toEqual([]);
    expect(own.textContent).toContain('possible loss');
  });
});

describe('clutter tokens that do not name a box', () => {
  it("keeps a heading's own link whose class names the table of contents (Sphinx's toc-backref)", () => {
    const root = page(`<article><h2><a class="toc-backref" href="#id4">Workers</a><a class="headerlink" href="#workers">¶</a></h2>${PROSE}
      <div class="toc"><a href="#workers">Workers</a></div></article>`);
    removeClutterBoxes(root);
    expect(root.querySelector('h2')?.textContent).toBe('Workers¶');
    expect(root.querySelector('.toc')).toBeNull();
  });

  it('keeps headings whose id is a slug of their text, and boxes whose class negates the word', () => {
    const root = page(`<article>${PROSE}<h2 id="what-is-social-shopping">What is social shopping?</h2>
      <div class="title titleNoCredit"><h3>Motion Graphics Certificate</h3></div>${PROSE}</article>`);
    removeClutterBoxes(root);
    expect(root.textContent).toContain('What is social shopping?');
    expect(root.textContent).toContain('Motion Graphics Certificate');
  });
});

describe('"read more" boxes', () => {
  it('keeps the text a "read more" toggle folds away, and removes a "read more" link and list', () => {
    const root = page(`<h1>Mesh office chairs</h1><div class="read-more__text"><p>The ergonomic mesh chairs in this category have mesh backs and padded seats, or are all mesh.</p></div>
      <div class="grid">${PROSE}</div><div class="readmore"><a href="/next">Read more</a></div>
      <div class="read-more-links"><a href="/a">Another story about chairs</a><a href="/b">A second story about desks</a></div>`);
    removeHiddenAndNamedBoxes(root);
    expect(root.textContent).toContain('The ergonomic mesh chairs');
    expect(root.textContent).not.toContain('Read more');
    expect(root.textContent).not.toContain('Another story');
  });
});

describe('author boxes', () => {
  const BIO = 'Conor joined the magazine in 2017, testing translation earbuds on a first date and skydiving in a headset. '.repeat(8);

  it('removes a box named for the author ("author-box", "author_detail_box", "post__author-section") even with a long bio', () => {
    const root = page(`<article>${PROSE}${PROSE}${PROSE}${PROSE}
      <div class="author-box"><h4 class="author-name">Conor Allison</h4><p class="bio">${BIO}</p></div>
      <div class="author_detail_box"><p>Executive Editor at the site since 2008.</p></div>
      <div class="post__author-section"><p>Kaavya is a creative enthusiast with a passion for writing.</p></div></article>`);
    removeClutterBoxes(root);
    for (const s of ['Conor', 'Executive Editor', 'Kaavya']) expect(root.textContent).not.toContain(s);
    expect(root.querySelectorAll('p').length).toBe(48);
  });

  it('removes the one bio box the page marks as its author (itemprop="author"), whatever its plugin calls it; keeps a byline\'s name and a thread\'s posters', () => {
    const byline = '<p class="entry-by">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Karina Cohen</span></span></p>';
    const sabox = `<article>${byline}${PROSE}<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author">` +
      '<div class="saboxplugin-gravatar"><img src="k.jpg" alt=""></div><div class="saboxplugin-desc"><p>Karina Cohen is the owner of a local cleaning company serving the Greater Denver area.</p></div></div></article>';
    const abh = `<article>${PROSE}<section class="vcard author abh_about_tab abh_tab" itemscope itemprop="author" itemtype="https://schema.org/Person">` +
      '<p>Sarah is a writer, teacher, and mother. She writes about her journey to live a mindful life.</p></section></article>';
    for (const html of [sabox, abh]) {
      const root = page(html);
      removeClutterBoxes(root);
      expect(root.textContent).not.toMatch(/owner of a local|writer, teacher/);
      expect(root.querySelectorAll('article > p').length).toBeGreaterThanOrEqual(12);
    }
    const withByline = page(sabox);
    removeClutterBoxes(withByline);
    expect(withByline.textContent).toContain('By Karina Cohen');
    const poster = (name: string) => `<div class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><h4>${name}</h4><p>Joined Apr 12, 2024 · Messages 1,204 · Reaction score 388</p></div>`;
    const thread = page(`<article>${poster('riverside')}${PROSE}</article><article>${poster('tomato_fan')}<p>Same here, the second batch came out fine.</p></article>`);
    removeClutterBoxes(thread);
    expect(thread.textContent).toContain('riverside');
    expect(thread.textContent).toContain('tomato_fan');
  });

  it('keeps an article wrapped in "author-content" and a long text under an author-named box', () => {
    const root = page(`<div class="author-content">${PROSE}</div><div class="author-section">${PROSE}${PROSE}</div>`);
    removeClutterBoxes(root);
    expect(root.querySelectorAll('p').length).toBe(36);
  });
});

describe('sign-up boxes', () => {
  const smsBox = `<section><div><div>Be the first to know!</div><div>Get editor selected deals texted right to your phone!</div></div>
    <form><input type="tel" placeholder="Enter Phone Number"><button>Sign Me Up</button></form>
    <div>By signing up, you agree to receive recurring automated SMS marketing messages. See our <a href="/privacy">Privacy Policy</a> and <a href="/terms">Terms of Use</a>.</div></section>`;

  it('marks a form asking for an e-mail or a phone number, with its pitch and consent note, and takes it out after Readability', () => {
    const root = page(`<article><h1>A laptop deal</h1>${PROSE}${smsBox}<p>The deal ends on Friday.</p></article>`);
    removeHiddenAndNamedBoxes(root);
    // Still there for Readability to weigh the page as the page is.
    expect(root.textContent).toContain('By signing up');
    const removed = removeSignupBoxes(root);
    expect(root.textContent).not.toMatch(/Be the first to know|By signing up|texted right/);
    expect(root.textContent).toContain('The deal ends on Friday.');
    expect(root.querySelector('h1')?.textContent).toBe('A laptop deal');
    expect(removed).toEqual([expect.objectContaining({ kind: 'clutter-box', text: expect.stringContaining('Be the first to know!') })]);
  });

  it('leaves the page title’s own box, a list the form sits in, a ZIP code form and a long form alone', () => {
    const hero = `<section><h1>Customer service software</h1><p>Resolve requests from day one.</p><form><input type="email" name="email"></form></section>`;
    const jobs = `<section><form><input type="email"></form><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/job/${i}">Engineer ${i}</a></li>`).join('')}</ul></section>`;
    const quote = `<div><p>Get a quote for your car.</p><form><input type="tel" name="zip" placeholder="ZIP Code"></form></div>`;
    const long = `<form><input type="email" name="email">${PROSE}</form>`;
    const root = page(`<main>${hero}${jobs}${quote}<article>${PROSE}</article>${long}</main>`);
    removeHiddenAndNamedBoxes(root);
    removeSignupBoxes(root);
    expect(root.textContent).toContain('Resolve requests from day one.');
    expect(root.textContent).toContain('Engineer 5');
    expect(root.textContent).toContain('Get a quote for your car.');
    expect(root.querySelectorAll('p')).toHaveLength(2 + 2 * 12);
  });
});
