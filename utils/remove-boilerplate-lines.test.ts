import { describe, expect, it } from 'vitest';
import { removeBoilerplateLines } from './remove-boilerplate-lines';
import { divWith } from './html-fixture';

describe('removeBoilerplateLines', () => {
  it('removes share rows in several languages', () => {
    const root = divWith('<div><a>Facebook</a> <a>Twitter</a> <a>Email</a></div><div>فيسبوك تويتر واتساب تليجرام</div><div>SMS Facebook Twitter Email</div><p>Text of the story.</p>');
    expect(removeBoilerplateLines(root).map((r) => r.kind)).toEqual(['share-row', 'share-row', 'share-row']);
    expect(root.textContent).toBe('Text of the story.');
  });

  it('removes photo credits and date lines, keeps sentences about images and dates', () => {
    const root = divWith(`<p>Image source: Getty Images.</p><p>Credit: LG / Reviewed</p><p>الصورة: أرشيفية</p><p>Updated on June 18, 2025 at 12:35 PM</p>
      <p>آخر تحديث: 12 يونيو 2024</p><p>Images from the probe, released on Monday, show a cratered surface that scientists had not expected to find.</p>
      <p>Updated maps</p>`);
    removeBoilerplateLines(root);
    expect(root.querySelectorAll('p')).toHaveLength(2);
    expect(root.textContent).toContain('Images from the probe');
    expect(root.textContent).toContain('Updated maps');
  });

  it('takes a caption left holding only the label of the credit it lost, and keeps a caption that says more', () => {
    const root = divWith(`<figure><img src="a.jpg"><figcaption><span>Credit: <p>Getty Images</p></span></figcaption></figure>
      <figure><img src="b.jpg"><figcaption>Picture this: a garden in May. <p>Getty Images</p></figcaption></figure><p>Text of the story.</p>`);
    expect(removeBoilerplateLines(root)).toEqual([
      { kind: 'credit', text: 'Getty Images' },
      { kind: 'credit', text: 'Credit:' },
      { kind: 'credit', text: 'Getty Images' },
    ]);
    expect(root.querySelectorAll('figcaption')).toHaveLength(1);
    expect(root.querySelectorAll('img')).toHaveLength(2);
    expect(root.textContent).toContain('Picture this: a garden in May.');
  });

  it('removes a lone call-to-action link, keeps lists of links and headings', () => {
    const root = divWith('<p><a href="/demo">Book a demo</a></p><ul><li><a href="#s1">Section one</a></li></ul><h2><a href="#x">What happens next</a></h2><p>See <a href="/r">the report</a> for details.</p>');
    removeBoilerplateLines(root);
    expect(root.textContent).not.toContain('Book a demo');
    expect(root.textContent).toContain('Section one');
    expect(root.textContent).toContain('What happens next');
    expect(root.textContent).toContain('the report');
  });

  it('keeps table-of-contents entries: links to a place in the page, and paragraphs inside list items', () => {
    const root = divWith('<p><a href="#workers">Workers</a></p><ul><li><p><a href="/ref/commands">Commands</a></p></li></ul><p><a href="/pricing">See pricing</a></p>');
    removeBoilerplateLines(root);
    expect(root.textContent).toContain('Workers');
    expect(root.textContent).toContain('Commands');
    expect(root.textContent).not.toContain('See pricing');
  });
});

describe('entries of a list', () => {
  it('keeps a link that names an entry over its description, and still removes a call to action that opens the article', () => {
    const entry = (name: string, href: string, desc: string) => `<li><div><p><a href="${href}">${name}</a></p><div>${desc}</div></div></li>`;
    const root = divWith(`<ul>${entry('Cervantes Institute', 'https://www.cervantes.es', 'The official site for the Cervantes Institute, with resources on Spain.')}` +
      `${entry('Lingolia', 'https://espanol.lingolia.com', 'Grammar explanations and exercises, sorted by level.')}</ul>` +
      '<div><p><a href="/seo-basics">SEO Basics</a></p><div><p>Learn how to set your website up for SEO success.</p></div></div>');
    removeBoilerplateLines(root);
    expect(root.textContent).toContain('Cervantes Institute');
    expect(root.textContent).toContain('Lingolia');
    expect(root.textContent).toContain('SEO Basics');
    const article = divWith('<p><a href="/app">Get the app</a></p><p>The council approved the flood barrier on Tuesday after years of delay.</p><p>Work starts in May.</p>');
    removeBoilerplateLines(article);
    expect(article.textContent).not.toContain('Get the app');
  });

  it("keeps a roundup's entry titles, each over a paragraph that names it, and removes its calls to action", () => {
    const deal = (title: string, desc: string) => `<p><a href="/news/${title.length}">${title}</a></p><p>${desc}</p>`;
    const root = divWith(deal('Dataminr acquires ThreatConnect', 'Risk detection provider Dataminr will pay $290 million for the company.') +
      deal('Twilio to acquire Stytch', 'Twilio has entered into an agreement to buy the identity platform.') +
      deal('Pentera acquires DevOcean', 'Penetration testing firm Pentera bought the remediation startup.') +
      '<p><a href="/subscribe">Subscribe today</a></p><p>The weekly briefing lands in your inbox every Friday morning.</p>');
    removeBoilerplateLines(root);
    for (const title of ['Dataminr acquires ThreatConnect', 'Twilio to acquire Stytch', 'Pentera acquires DevOcean']) expect(root.textContent).toContain(title);
    expect(root.textContent).not.toContain('Subscribe today');
  });

  it("keeps a list's entries written one by one (a book list's authors), and removes the lines every row repeats or templates", () => {
    const authors = ['Suzanne Collins', 'Jane Austen', 'Harper Lee', 'George Orwell', 'Oscar Wilde', 'Emily Brontë', 'Shel Silverstein', 'Stephen Chbosky', 'Margaret Mitchell', 'Fyodor Dostoevsky', 'Louisa May Alcott', 'Markus Zusak'];
    const row = (author: string, i: number) => `<div><span>Book number ${i}, a novel</span> by <div><a href="/author/${i}">${author}</a></div>` +
      `<div><a href="/rate/${i}">Rate this book</a></div><div><a href="/review/${i}">Read the full ${author.split(' ')[1]} review</a></div></div>`;
    const root = divWith(authors.map(row).join(''));
    removeBoilerplateLines(root);
    for (const author of authors) expect(root.textContent).toContain(author);
    expect(root.textContent).not.toContain('Rate this book');
    expect(root.textContent).not.toContain('Read the full');
    // Fewer entries than a list holds: each goes as a call to action.
    const few = divWith(authors.slice(0, 4).map(row).join(''));
    removeBoilerplateLines(few);
    expect(few.querySelectorAll('a')).toHaveLength(0);
    // A link under a heading that says the heading again leads to the thing the section is about: not an entry.
    const brands = divWith(authors.map((a, i) => `<h2>${a}</h2><p><a href="/shop/${i}">${a.toLowerCase()}</a></p><p>Why we like the brand ${i}, in a sentence of its own.</p>`).join(''));
    removeBoilerplateLines(brands);
    expect(brands.querySelectorAll('a')).toHaveLength(0);
    expect(brands.querySelectorAll('h2')).toHaveLength(12);
  });

  it('removes calls to action that each stand over a paragraph which does not name them, or that say the same thing', () => {
    const root = divWith('<p><a href="/signup">Try Opik for free</a></p><p>In the past few months I have been building agents.</p>' +
      '<p><a href="/comments">Leave a comment</a></p><p>If you enjoyed this article, share it with a friend.</p>' +
      '<p><a href="/course">Join the waitlist</a></p><p>The course will be released in early January.</p>');
    removeBoilerplateLines(root);
    expect(root.querySelectorAll('a')).toHaveLength(0);
    const myths = divWith(['Myth: carbs make you gain weight.', 'Myth: eggs raise cholesterol.', 'Myth: fresh beats frozen.']
      .map((myth) => `<p>${myth} The evidence says otherwise, as this myth shows.</p><p><a href="/more">Learn more myth facts</a></p>`).join('') + '<p>Final words on each myth here, and where to read the studies behind them.</p>');
    removeBoilerplateLines(myths);
    expect(myths.textContent).not.toContain('Learn more');
  });

  it('keeps the name under a linked picture, linked to the same place', () => {
    const root = divWith('<p><a href="https://example.org/bookshelf"><img src="shelf.jpg" alt=""></a></p><p><a href="https://example.org/bookshelf">Industrial Pipe Bookshelf</a></p>' +
      '<p><a href="https://example.org/other"><img src="arrows.jpg" alt=""></a></p><p><a href="https://shop.example.org/">Visit the shop</a></p>');
    removeBoilerplateLines(root);
    expect(root.textContent).toContain('Industrial Pipe Bookshelf');
    expect(root.textContent).not.toContain('Visit the shop');
  });
});

describe('ad labels', () => {
  it('removes lines that only label an ad slot', () => {
    const root = divWith('<div>Advertisement</div><p>Story text.</p><div>إعلان</div><div>פרסומת</div><p>More text.</p>');
    removeBoilerplateLines(root);
    expect(root.textContent).toBe('Story text.More text.');
  });
});

describe('page controls', () => {
  it('removes the page\'s own controls as whole lines, and keeps the same words in a sentence or a lone "Next"', () => {
    const root = divWith(
      '<p><a href="#top">Back to top</a></p><p>Story text.</p><div>Previous Next</div><p>Skip to main content</p>' +
        '<p><a href="#">العودة إلى الأعلى</a></p><p>Next</p><p>Go back to top of the hill before dark, the guide said.</p>',
    );
    const removed = removeBoilerplateLines(root);
    expect(removed.map((r) => r.kind)).toEqual(['page-control', 'page-control', 'page-control', 'page-control']);
    expect(root.textContent).toBe('Story text.NextGo back to top of the hill before dark, the guide said.');
  });
});

describe('notes around the article', () => {
  it('removes reading times, price boxes, follow-us lines, copyright notices, newsletter calls and taxonomy lines', () => {
    const root = divWith(`<p>Bridgestone Team | 5 min read</p><p>Reading Time: 11 minutes</p><p>زمن القراءة: 4 دقائق قراءة</p>
      <p>Check Price at Amazon $689 List $600 List</p><p>Deal Alert: on sale for 20% off at Amazon</p><p>Best Prices Today:</p>
      <p>Follow us on Telegram, Facebook, Instagram, YouTube and X for the latest news and updates.</p><p>עקבו אחרינו בפייסבוק ובאינסטגרם</p><p>Follow AP on Facebook, X, Instagram, YouTube and TikTok</p>
      <p>© Copyright 2025 LifeLearn Inc. Used and/or modified with permission under license.</p><p>جميع الحقوق محفوظة 2024</p>
      <p>Subscribe to our best newsletters</p><p>Thank you for subscribing to our daily newsletter.</p><p>Get all the latest news, reviews and exclusives, direct to your inbox.</p>
      <p>Tags: <a href="/t/helena">Helena</a>, <a href="/t/thermostat">smart thermostat</a></p><p>Posted in <a href="/c/blockchain">Blockchain</a></p>
      <p>Loading prices for your region…</p><p>Your browser does not support the video tag.</p><p>جار التحميل، يرجى الانتظار...</p>
      <p>The story's text.</p>`);
    expect(removeBoilerplateLines(root).map((r) => r.kind)).toEqual([
      'reading-time', 'reading-time', 'reading-time', 'retail-box', 'retail-box', 'retail-box', 'follow-us', 'follow-us', 'follow-us',
      'copyright', 'copyright', 'newsletter', 'newsletter', 'newsletter', 'taxonomy', 'taxonomy', 'placeholder', 'placeholder', 'placeholder',
    ]);
    expect(root.textContent?.trim()).toBe("The story's text.");
  });

  it('keeps sentences on the same subjects', () => {
    const lines = [
      'Copyright Office Weighs In on AI Training and Fair Use',
      '51% of people unsubscribe from newsletters simply because they get too many.',
      'Posted in the lobby, the notice warned tenants about the repairs.',
      'Follow me to the kitchen, where the real work begins.',
      "Follow up on RSVPs – contact any guests who haven't responded.",
      'Press the flower between two sheets of paper.',
      'Invoices are sent to your email each month.',
      'Buy on Amazon',
      'See Price in Bag',
      'Loading the dishwasher takes longer than you think.',
      'Loading...',
      'Topics Include:',
      'It took 20 minutes to read the whole report aloud.',
      // A dateline, left to the dateline pass, which reads its date.
      'March 11, 2024 · 9 min read',
    ];
    const root = divWith(lines.map((l) => `<p>${l}</p>`).join(''));
    expect(removeBoilerplateLines(root)).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(lines.length);
  });

  it('removes a list expander and a link back up the site, keeps a sentence that starts so', () => {
    const root = divWith('<p>See more</p><p><a href="/gps-watches#picks">Back to our top GPS Watches for Running Picks</a></p><p>Return to livelier cushioning that was missing in recent models.</p>');
    expect(removeBoilerplateLines(root).map((r) => r.kind)).toEqual(['page-control', 'page-control']);
    expect(root.textContent).toBe('Return to livelier cushioning that was missing in recent models.');
  });

  it('removes a skip link loose beside the article blocks', () => {
    const root = divWith('<div><a href="#main-content">skip to main content</a><section><p>The story.</p></section><a href="#top">Top</a></div>');
    expect(removeBoilerplateLines(root).map((r) => r.text)).toEqual(['skip to main content']);
    expect(root.textContent).toContain('Top');
  });

  it('removes what is left of a comment section, and keeps sentences about comments', () => {
    const prompts = ['Be the first to comment', 'By posting a comment, you consent to have your information used under our privacy policy.', 'Thank you for being part of our community. Read our Comment Policy before posting.', '11comments', '3 تعليقات', 'הוסיפו תגובה'];
    const kept = ['Comments from readers shaped the second edition of this guide.', 'Leave a comment card at the front desk when you check out.'];
    const root = divWith([...prompts, ...kept].map((t) => `<p>${t}</p>`).join(''));
    expect(removeBoilerplateLines(root)).toEqual(prompts.map((text) => ({ kind: 'comment-prompt', text })));
    expect(Array.from(root.querySelectorAll('p'), (p) => p.textContent)).toEqual(kept);
  });

  it('removes affiliate disclosures, up to a short paragraph, and keeps sentences about affiliate links or commissions', () => {
    const disclosures = [
      'This article contains affiliate links that may earn us a commission at no extra cost to you. Read our Disclosure for more. Thanks for your support!',
      'Some of the links in this article are affiliate ones.',
      'This means that if you click through them to make a purchase, we may earn a small commission at no additional cost to you.',
      'This post contains affiliate links. Click here to read my full disclosure.',
      'While each product featured is independently selected by our editors, we may include paid promotion. If you buy something through our links, we may earn commission.',
      'Purchases made through links earn us a small commission, at no extra cost to you.',
      'As an Amazon Associate I earn from qualifying purchases.',
    ];
    const kept = [
      'Affiliate links are tracked with a cookie, so the merchant knows which site sent the buyer and pays it a commission on the sale.',
      'Affiliate Marketing – Available on the Shaker plan to let others promote your products for commission.',
      'The sales team earns a commission on each contract we sign, which is why they push for longer terms.',
      'I wanted to share the list I made from years of hosting game servers. Please leave your experiences below. This post does NOT contain any affiliate links and exists to educate and inform.',
      `We earn a commission on every sale through our links, and ${'this paragraph goes on about how the business works. '.repeat(8)}`,
    ];
    const root = divWith([...disclosures, ...kept].map((t) => `<p>${t}</p>`).join(''));
    expect(removeBoilerplateLines(root)).toEqual(disclosures.map((text) => ({ kind: 'disclosure', text })));
    expect(Array.from(root.querySelectorAll('p'), (p) => p.textContent)).toEqual(kept);
  });

  it('removes any link within the page that skips something, a long one included, and keeps other in-page links', () => {
    const skips = ['Skip to Footer', 'Skip to search results', 'Skip Course introduction and Topic navigation block', 'تخطى إلى القائمة', 'דלג לתפריט'];
    const root = divWith(
      `<div>${skips.map((s, i) => `<a href="#s${i}">${s}</a>`).join('')}<p>The story, <a href="#note-1">skip ahead to note 1</a> if you like.</p>` +
        '<p><a href="#chapter-2">Chapter 2</a></p></div>',
    );
    expect(removeBoilerplateLines(root).map((r) => r.text)).toEqual(skips);
    expect(root.textContent).toContain('skip ahead to note 1');
    expect(root.textContent).toContain('Chapter 2');
  });
});

describe('code', () => {
  it('keeps lines of code that read like labels', () => {
    const root = divWith('<pre><div>{ category: "Fruits", price: "$1", name: "Apple" },</div><div>Tags: none</div></pre>');
    expect(removeBoilerplateLines(root)).toEqual([]);
  });
});

describe('price buttons in a table', () => {
  it('removes the button and keeps the price', () => {
    const root = divWith('<table><tr><th>Price</th><td>$400 List<br><a href="https://shop.example/p/1">Check Price at Amazon</a></td></tr></table>');
    expect(removeBoilerplateLines(root).map((r) => r.kind)).toEqual(['retail-box']);
    expect(root.textContent).toContain('$400 List');
    expect(root.textContent).not.toContain('Check Price');
  });

  it('keeps price links inside a sentence', () => {
    const root = divWith('<table><tr><td>Buy: <a href="https://shop.example/uk">check price at Amazon UK</a>, <a href="https://shop.example/us">check price at Amazon US</a></td></tr></table>');
    expect(removeBoilerplateLines(root)).toEqual([]);
  });
});
