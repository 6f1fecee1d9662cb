import { describe, expect, it } from 'vitest';
import { removeRepeatedBlocks } from './remove-repeated-blocks';

function body(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc.body;
}

const PROSE = 'اجتمع وزراء التحالف الدولي لمحاربة داعش أمس في مدينة مراكش المغربية للتأكيد على مواصلة القتال ضد التنظيم.';

describe('removeRepeatedBlocks', () => {
  it('removes a masthead printed twice, matching across tatweel', () => {
    const root = body(`
      <div class="top"><div>الإشراف العام</div><div>إلهام أبو الفتح</div><div>رئيس التحرير</div><div>أحمــد صبـري</div></div>
      <article><h1>عنوان</h1><p>${PROSE}</p></article>
      <div class="bottom"><div>الإشراف العام</div><div>إلهام أبو الفتح</div><div>رئيس التحرير</div><div>أحمد صبري</div></div>`);
    const removed = removeRepeatedBlocks(root);
    expect(root.textContent).not.toContain('إلهام');
    expect(root.textContent).not.toContain('صب');
    expect(root.textContent).toContain('اجتمع وزراء');
    expect(removed.map((r) => r.kind)).toEqual(['repeated', 'repeated', 'repeated', 'repeated']);
  });

  it('removes a headline repeated in a sticky header and a share row printed twice', () => {
    const root = body(`<div class="sticky"><span>Council approves the barrier</span></div><div>Share Tweet Email</div>
      <article><p>Council approves the barrier</p><p>${PROSE}</p><div>Share Tweet Email</div></article>`);
    removeRepeatedBlocks(root);
    expect(root.textContent).not.toContain('Share Tweet');
    expect(root.textContent).not.toContain('Council approves');
  });

  it('keeps names and pros printed on a card and again in the comparison grid of the article, not the menu copy', () => {
    const card = (name: string, pro: string) =>
      `<section><h2>${name}</h2><p>${name} ${PROSE}</p><ul><li>${pro}</li><li>${name} mobile apps</li></ul></section>`;
    const row = (name: string, pro: string) => `<div class="comparison-row"><div class="name">${name}</div><ul><li>${pro}</li><li>${name} mobile apps</li></ul></div>`;
    const root = body(`<div class="menu"><div>Pricing</div><div>Customers</div></div>
      <main>${card('Squarespace', 'Elegant templates')}${card('Wix', 'Huge template library')}${card('Weebly', 'Affordable plans')}
      <div class="grid"><div class="comparison-row"><div class="price">Pricing</div></div>
      ${row('Squarespace', 'Elegant templates')}${row('Wix', 'Huge template library')}${row('Weebly', 'Affordable plans')}</div></main>
      <div class="footer"><div>Pricing</div><div>Customers</div></div>`);
    removeRepeatedBlocks(root);
    const main = root.querySelector('main')!.textContent!;
    expect(main.match(/Huge template library/g)).toHaveLength(2);
    expect(main.match(/Wix mobile apps/g)).toHaveLength(2);
    expect(root.querySelectorAll('.name')).toHaveLength(3);
    expect(root.textContent).not.toContain('Customers');
    expect(root.querySelector('.menu')?.textContent ?? '').not.toContain('Pricing');
  });

  it('removes the label every card of the article prints in the same element', () => {
    const card = (title: string) => `<div class="item"><div class="item-label">Course</div><h3>${title}</h3><p>An overview of ${title.slice(6)}.</p></div>`;
    const root = body(`<article><p>${PROSE}</p><div class="row">${['Learn HTML', 'Learn CSS', 'Learn Forms', 'Learn Images'].map(card).join('')}</div></article>`);
    removeRepeatedBlocks(root);
    expect(root.textContent).not.toContain('Course');
    expect(root.querySelectorAll('h3')).toHaveLength(4);
  });

  it('keeps a refrain: siblings with unique lines between them', () => {
    const root = body(`<div class="poem">
      <p>And still the river runs</p><p>The first verse tells of a town that grew beside the water.</p>
      <p>And still the river runs</p><p>The second verse tells of a flood that took the mill away.</p>
      <p>And still the river runs</p></div>`);
    expect(removeRepeatedBlocks(root)).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(5);
  });

  it('keeps repeated table headers and code lines', () => {
    const root = body(`<table><tr><th>Year</th><th>Total</th></tr><tr><td>2020</td><td>Yes</td></tr></table>
      <table><tr><th>Year</th><th>Total</th></tr><tr><td>2021</td><td>Yes</td></tr></table><pre>}\n}</pre><pre>}\n}</pre>`);
    expect(removeRepeatedBlocks(root)).toEqual([]);
    expect(root.querySelectorAll('th')).toHaveLength(4);
  });

  it('leaves a page alone when it prints its whole body twice', () => {
    const para = (n: number) => `<p>Paragraph ${n} of a story that the page renders once for phones and once for desktops.</p>`;
    const copy = [1, 2, 3, 4].map(para).join('');
    const root = body(`<div class="mobile">${copy}</div><div class="desktop">${copy}</div>`);
    expect(removeRepeatedBlocks(root)).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(8);
  });

  it('keeps long repeated prose (more than a boilerplate line)', () => {
    const long = `${PROSE} ${PROSE}`;
    const root = body(`<p>${long}</p><div>${'x '.repeat(400)}</div><p>${long}</p>`);
    expect(removeRepeatedBlocks(root)).toEqual([]);
  });
});

describe('section labels', () => {
  it('keeps labels the article repeats over its sections ("Pros", "Cons") but not a masthead in header and footer', () => {
    const prose = (n: number) => `<p>Section ${n} of the guide explains in a full sentence what this product does well and what it does badly.</p>`;
    const root = body(`<header><div>Editor: Jane Doe</div></header><article>
      <h3>Acme Drill</h3>${prose(1)}<h4>Pros</h4><ul><li>Light</li></ul><h4>Cons</h4><ul><li>Loud</li></ul>
      <h3>Bolt Drill</h3>${prose(2)}<h4>Pros</h4><ul><li>Cheap</li></ul><h4>Cons</h4><ul><li>Heavy</li></ul>${prose(3)}</article>
      <footer><div>Editor: Jane Doe</div></footer>`);
    removeRepeatedBlocks(root);
    expect(root.querySelectorAll('h4')).toHaveLength(4);
    expect(root.textContent).not.toContain('Jane Doe');
  });
});

describe('copies inside the article body', () => {
  const sentence = (n: number) => `<p>Paragraph ${n} of the documentation explains in a full sentence how the feature works and when to use it.</p>`;

  it('keeps a section heading that the table of contents repeats, and removes the contents entry', () => {
    const root = body(`<nav><ul><li><a href="#forms">Working with forms</a></li><li><a href="#views">Class-based views</a></li></ul></nav>
      <main><h2 id="forms">Working with forms</h2>${sentence(1)}${sentence(2)}<h2 id="views"><a href="#views">Class-based views</a></h2>${sentence(3)}${sentence(4)}</main>`);
    removeRepeatedBlocks(root);
    expect(root.querySelectorAll('h2')).toHaveLength(2);
    expect(root.querySelector('nav')?.textContent?.trim()).toBe('');
  });

  it('keeps one copy of a sentence the body prints twice (a mobile and a desktop copy)', () => {
    const summary = 'Before you start learning the craft, you need to understand how the whole machine works from end to end.';
    const root = body(`<main>${sentence(1)}<div class="mobile"><p>${summary}</p></div><div class="desktop"><p>${summary}</p></div>${sentence(2)}${sentence(3)}${sentence(4)}</main>`);
    removeRepeatedBlocks(root);
    expect(root.textContent?.split(summary)).toHaveLength(2);
  });

  it("keeps an API reference's member names (definition terms) that its sidebar lists again", () => {
    const root = body(`<nav><ul><li><a href="/close">close</a></li><li><a href="/open">open</a></li></ul></nav>
      <main>${sentence(1)}<dl><dt><a href="/close"><code>close</code></a></dt><dd>${sentence(2)}</dd><dt><a href="/open"><code>open</code></a></dt><dd>${sentence(3)}</dd></dl></main>`);
    removeRepeatedBlocks(root);
    expect(Array.from(root.querySelectorAll('dt')).map((dt) => dt.textContent)).toEqual(['close', 'open']);
    expect(root.querySelector('nav')?.textContent?.trim()).toBe('');
  });

  it("keeps a subsection heading and the body's own contents entry that links to it, and removes the sidebar's copy", () => {
    const root = body(`<nav><a href="#bloom">Bloom filter</a></nav><main>${sentence(1)}<ul><li><a href="#bloom">Bloom filter</a></li><li><a href="#topk">Top-K</a></li></ul>
      <h3 id="bloom">Bloom filter</h3>${sentence(2)}${sentence(3)}</main>`);
    removeRepeatedBlocks(root);
    expect(root.querySelector('h3')?.textContent).toBe('Bloom filter');
    expect(root.querySelector('main li')?.textContent).toBe('Bloom filter');
    expect(root.textContent?.split('Bloom filter')).toHaveLength(3);
  });

  it('removes a list entry in the body that links to no heading of its text', () => {
    const root = body(`<nav><a href="#top">Back to top</a></nav><main>${sentence(1)}<ul><li><a href="#top">Back to top</a></li></ul>
      <h3 id="top">Overview</h3>${sentence(2)}${sentence(3)}</main>`);
    removeRepeatedBlocks(root);
    expect(root.textContent).not.toContain('Back to top');
  });

  it('keeps headings of sections that share a title, each over its own text, with the local contents that lists them', () => {
    // Sphinx: "Inspecting queues" under RabbitMQ and under Redis, both listed in the contents at the top of the body.
    const section = (id: string, text: string) => `<section id="${id}"><span id="x-${id}"></span><h3>Inspecting queues</h3><p>${text}</p></section>`;
    const root = body(`<main><nav class="contents"><ul><li><p><a href="#rabbit">Inspecting queues</a></p></li><li><p><a href="#redis">Inspecting queues</a></p></li></ul></nav>
      ${sentence(1)}${section('rabbit', 'Run rabbitmqctl list_queues to count the messages.')}${sentence(2)}${section('redis', 'Run redis-cli llen with the queue name.')}${sentence(3)}</main>`);
    removeRepeatedBlocks(root);
    expect(root.querySelectorAll('h3')).toHaveLength(2);
    expect(root.querySelectorAll('nav li p')).toHaveLength(2);
  });

  it("keeps a tutorial's step title that several of its blocks share, and still removes a share heading over repeated buttons", () => {
    // Rhino's tutorial: seven "Reset the view" blocks, each over its own instruction. No element holds most of the
    // prose here, as on Rhino's page, whose blocks are children of <body>.
    const block = (title: string, step: string) => `<div class="tutorialblock"><h4>${title}</h4><ol><li><p>${step}</p></li></ol></div>`;
    const share = '<div class="share"><h3>Share this:</h3><ul><li><a href="/x">Facebook</a></li><li><a href="/t">Twitter</a></li></ul></div>';
    const root = body(`${share}${block('Reset the view', 'Zoom in on the bracket shape curves in all viewports.')}${sentence(1)}
      ${block('Reset the view', 'Zoom in on the headband shape curves in all viewports.')}${sentence(2)}${block('Make the cup', 'Use the Pipe command on the axis.')}${share}`);
    removeRepeatedBlocks(root);
    expect(root.querySelectorAll('h4')).toHaveLength(3);
    expect(root.textContent).not.toContain('Share this:');
  });

  it('keeps a field name (a definition term) that each entry of a reference prints over its own value', () => {
    const entry = (name: string, value: string) => `<section><h4>${name}</h4><dl><dt>signature:</dt><dd><p><code>${value}</code></p></dd></dl><p>Sent when the worker handles a task.</p></section>`;
    const root = body(`<main>${sentence(1)}${entry('task-sent', 'task-sent(uuid, name, args)')}${entry('task-started', 'task-started(uuid, hostname, pid)')}${sentence(2)}</main>`);
    removeRepeatedBlocks(root);
    expect(root.querySelectorAll('dt')).toHaveLength(2);
  });

  it('keeps the language label over every code sample', () => {
    const sample = (code: string) => `<div class="code-example"><div class="example-header"><span>js</span></div><pre><code>${code}</code></pre></div>`;
    const root = body(`<main>${sentence(1)}${sample('fetch(url);')}${sample('await response.json();')}${sentence(2)}</main>`);
    removeRepeatedBlocks(root);
    expect(root.querySelectorAll('.example-header')).toHaveLength(2);
  });

  it('keeps the steps that procedures of a tutorial repeat, and still removes a repeated menu', () => {
    const procedure = (title: string, step: string) => `<h4>${title}</h4><ol><li><p>On the Solid menu, click ${step}.</p></li><li><p>Press the Delete key.</p></li></ol>`;
    const root = body(`<ul class="menu"><li><a href="/a">Home page</a></li></ul>${procedure('Make the cup', 'Pipe')}<div>${sentence(1)}${sentence(2)}${sentence(3)}</div>
      ${procedure('Make the handle', 'Fillet Edge')}<ul class="menu"><li><a href="/a">Home page</a></li></ul>`);
    removeRepeatedBlocks(root);
    expect(root.textContent?.split('Press the Delete key.')).toHaveLength(3);
    expect(root.textContent).not.toContain('Home page');
  });

  it('still removes both copies of a short line that is not a heading', () => {
    const root = body(`<header><p>Follow us</p></header><main>${sentence(1)}<p>Follow us</p>${sentence(2)}${sentence(3)}</main>`);
    removeRepeatedBlocks(root);
    expect(root.textContent).not.toContain('Follow us');
  });
});

describe('index lists', () => {
  it("keeps an index's entries whose names match a heading or each other (C, C*), and removes a menu's", () => {
    const names = (letter: string, list: string[]) => `<h2 id="${letter}">${letter}</h2><p>Languages whose names start with the letter ${letter}, in alphabetical order, with a link to each one's article.</p><ul>${list.map((n) => `<li><a href="/wiki/${n}">${n}</a></li>`).join('')}</ul>`;
    const root = body(`<nav><ul><li><a href="#B">B</a></li><li><a href="#C">C</a></li></ul><ul><li><a href="/">Home</a></li></ul></nav>
      <main><p>${PROSE}</p>${names('B', ['B', 'BASIC', 'Bash', 'BCPL', 'Beta', 'Boo'])}${names('C', ['C', 'C*', 'C++', 'C--', 'Caml', 'COBOL'])}
      <ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></main>`);
    removeRepeatedBlocks(root);
    const entries = Array.from(root.querySelectorAll('main li')).map((li) => li.textContent);
    expect(entries).toEqual(expect.arrayContaining(['B', 'C', 'C*', 'C++', 'C--']));
    expect(root.querySelectorAll('h2')).toHaveLength(2);
    expect(root.textContent).not.toContain('Home');
  });
});

describe('labels of list items', () => {
  it("keeps a forum post's author and date when the same person posts twice, and still removes the menu printed twice", () => {
    // The first post is long (most of the page's prose), so the prose root is that post and the later copies lie outside it.
    const post = (who: string, date: string, n: number, paragraphs = 1) =>
      `<article class="message"><div class="user"><h4>${who}</h4><div>${date}</div></div><div class="body">${Array.from({ length: paragraphs }, (_, i) => `<p>Post ${n}, part ${i}: I have kept this kind of tank for years and the water needs changing every single week.</p>`).join('')}</div></article>`;
    const root = body(`<nav><a href="/new">What's new</a></nav><div class="thread">${post('alice', 'Mar 6, 2024', 1, 6)}${post('bob', 'Mar 7, 2024', 2)}${post('alice', 'Mar 6, 2024', 3)}</div>
      <footer><nav><a href="/new">What's new</a></nav></footer>`);
    removeRepeatedBlocks(root);
    expect(root.querySelectorAll('h4')).toHaveLength(3);
    expect(root.textContent?.match(/Mar 6, 2024/g)).toHaveLength(2);
    expect(root.textContent).not.toContain("What's new");
  });

  it("keeps a date that one post prints twice (its author's join date beside its own date)", () => {
    const post = (who: string, joined: string, date: string, n: number) =>
      `<article class="message"><div class="user"><h4>${who}</h4><dl><dt>Joined</dt><dd>${joined}</dd></dl></div><header><a href="#p${n}">${date}</a></header><div class="body"><p>Post ${n}: I have kept this kind of tank for years and the water needs changing every single week.</p></div></article>`;
    const root = body(`<div class="thread">${post('lulu', 'Apr 12, 2024', 'Apr 12, 2024', 1)}${post('shift', 'May 1, 2010', 'Apr 12, 2024', 2)}${post('nikki', 'Jan 2, 2015', 'Apr 13, 2024', 3)}</div>`);
    removeRepeatedBlocks(root);
    expect(root.textContent?.match(/Apr 12, 2024/g)).toHaveLength(3);
  });

  it('keeps one copy of the title and date a card prints in its phone and its desktop layout', () => {
    // Eventbrite's search results: every event card holds a mobile and a desktop box with the same title and date.
    const card = (title: string, date: string) => {
      const layout = (kind: string) => `<div class="${kind}-card"><a href="/e"><h3>${title}</h3></a><p>${date}</p><p>Free</p></div>`;
      return `<li><div class="card">${layout('mobile')}${layout('desktop')}</div></li>`;
    };
    const root = body(`<main><ul>${card('Tech Writing Workshop', 'Wed, Apr 1')}${card('Green Tech Pitch Night', 'Thu, Apr 2')}${card('Women in Tech Day', 'Fri, Apr 3')}</ul></main>`);
    removeRepeatedBlocks(root);
    expect(Array.from(root.querySelectorAll('h3')).map((h) => h.textContent)).toEqual(['Tech Writing Workshop', 'Green Tech Pitch Night', 'Women in Tech Day']);
    expect(root.textContent?.match(/Wed, Apr 1/g)).toHaveLength(1);
    // A label every card prints is the grid's furniture, as before.
    expect(root.textContent).not.toContain('Free');
  });

  it('does not take a small list printed twice for a card (two items of one list share their tag and class)', () => {
    const row = '<div class="row"><div class="col"><p>Call us</p></div><div class="col"><p>Call us</p></div></div>';
    const root = body(`<main><p>${PROSE}</p>${row}<div class="row"><p>One</p></div><div class="row"><p>Two</p></div></main>`);
    removeRepeatedBlocks(root);
    expect(root.textContent).not.toContain('Call us');
  });

  it('still removes labels repeated over product cards, which hold no sentence', () => {
    const card = (name: string) => `<article class="product"><h3>${name}</h3><div>In stock</div><div>Add to cart</div></article>`;
    const root = body(`<main><p>${PROSE}</p><div class="grid">${card('Gas grill 3 burners')}${card('Charcoal kettle')}${card('Pellet smoker')}</div></main>`);
    removeRepeatedBlocks(root);
    expect(root.textContent).not.toContain('Add to cart');
    expect(root.querySelectorAll('h3')).toHaveLength(3);
  });
});
