import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { collectThreadPosts, isThreadPage, mayBeThreadUrl, placeThreadPosts } from './thread-posts';
import { extractArticle } from './extract-article';

function page(body: string, head = '', htmlAttributes = ''): Document {
  return new JSDOM(`<!doctype html><html ${htmlAttributes}><head><title>T</title>${head}</head><body>${body}</body></html>`, { url: 'https://forum.example/t/1' }).window.document;
}

const LONG = 'enough words to be a post of its own, with a reason and a question to answer, as people write them in threads';

/** Words no other post shares (posts that share their filler would look like copies of each other). */
function own(tag: string): string {
  return LONG.split(' ').map((word, i) => (i % 3 === 0 ? `${word}${tag}` : word)).join(' ');
}

/** A Stack Exchange question page: the page a QAPage, the question and each answer an item, a comment under each. */
function qaPage(): Document {
  const comment = (text: string) =>
    `<ul class="comments-list"><li class="comment" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="text">${text}</span></li></ul>`;
  const post = (type: string, prop: string, author: string, text: string, note: string) => `
    <div ${prop ? `itemprop="${prop}" ` : ''}itemscope itemtype="https://schema.org/${type}">
      <div class="s-prose" itemprop="text"><p>${text}</p><p>${own(author)}, ${own(`${author}2`)}.</p><p>${own(`${author}3`)}.</p></div>
      <div itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="${author}"><a href="/u/1">${author}</a></div>
      ${comment(note)}
    </div>`;
  return page(
    `<div id="mainbar">
      ${post('Question', 'mainEntity', 'Will', `How do I back up my whole system? ${LONG}.`, 'why not use a tool for this question')}
      <div id="answers">
        ${post('Answer', 'acceptedAnswer', 'evgeny', `Use tar with the right excludes, ${LONG}.`, 'why exclude sys, asked someone')}
        ${post('Answer', 'suggestedAnswer', 'mreq', `Clonezilla images the whole disk, ${LONG}.`, 'thanks, this worked')}
      </div>
    </div>`,
    '',
    'itemscope itemtype="https://schema.org/QAPage"',
  );
}

/** A XenForo thread page. */
function xenforoPage(): Document {
  // XenForo marks each reply as a Comment item and describes the opening post only in JSON-LD: the opening post is a
  // box like the replies, with no item of its own. A member with no picture gets an avatar of one letter, a link too.
  const box = (n: number, author: string, marked: boolean) => `
    <article class="message message--post js-post"${marked ? ' itemscope itemtype="https://schema.org/Comment"' : ''}>
      <section class="message-user"${marked ? ' itemprop="author" itemscope itemtype="https://schema.org/Person"' : ''}>
        <a class="avatar" href="/members/${author}">${author[0]!.toUpperCase()}</a><h4 class="message-name"><a class="username" href="/members/${author}">${author}</a></h4>
        <div class="message-userTitle">Reaction score: 2,017 · Messages: 4,311</div>
      </section>
      <header><time class="u-dt" datetime="2024-01-02">Jan ${n}, 2024</time></header>
      <article class="message-body">${marked ? '<div itemprop="text">' : ''}<div class="bbWrapper">Post ${n}: ${own(author)}.</div>${marked ? '</div>' : ''}</article>
    </article>`;
  return page(
    `<div class="block-body">${box(1, 'piizog', false)}${box(2, 'mer', true)}${box(3, 'PMc', true)}<article class="message message--ad">Sponsored</article></div>`,
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"T"}</script>',
  );
}

describe('collectThreadPosts', () => {
  it('takes a question and its answers, with their authors, and not the comments under them', () => {
    expect(isThreadPage(qaPage())).toBe(true);
    const posts = collectThreadPosts(qaPage());
    expect(posts.map((p) => p.body.textContent!.slice(0, 20))).toEqual(['How do I back up my ', 'Use tar with the rig', 'Clonezilla images th']);
    expect(posts.map((p) => p.author)).toEqual(['Will', 'evgeny', 'mreq']);
  });

  it("reads a post's date from an empty <time>'s datetime, in the page's language (Stack Exchange's answers)", () => {
    const doc = qaPage();
    const [question, answer] = Array.from(doc.querySelectorAll('[itemtype$="/Question"], [itemtype$="/Answer"]'));
    question!.insertAdjacentHTML('beforeend', '<time itemprop="dateCreated" datetime="2010-10-16 11:58:06Z">15 years ago</time>');
    answer!.insertAdjacentHTML('beforeend', '<time itemprop="dateCreated" datetime="2010-10-16 12:13:31Z"></time>');
    expect(collectThreadPosts(doc).map((p) => p.date)).toEqual(['15 years ago', 'October 16, 2010', null]);
    doc.documentElement.setAttribute('lang', 'ar');
    expect(collectThreadPosts(doc)[1]!.date).toBe('١٦ أكتوبر ٢٠١٠');
  });

  it('takes a forum topic and its replies (Discourse: replies are Comment items inside the topic), with their dates', () => {
    const reply = (author: string, date: string, text: string) => `
      <div itemprop="comment" itemscope itemtype="http://schema.org/Comment">
        <span itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${author}"><span itemprop="name">${author}</span></a></span>
        <time itemprop="datePublished" datetime="2026-02-20T17:07:00Z">${date}</time>
        <div class="post" itemprop="text"><p>${text}</p></div>
      </div>`;
    const doc = page(`
      <div itemscope itemtype="http://schema.org/DiscussionForumPosting">
        <h1 itemprop="headline">Is changing the MSRV a breaking change?</h1>
        <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">sorairolake</span></span>
        <time itemprop="datePublished" datetime="2026-02-20T16:55:00Z">February 20, 2026, 4:55pm</time>
        <div class="post" itemprop="articleBody"><p>Can we assume the MSRV change is non-breaking, ${LONG}?</p></div>
        ${reply('BurntSushi', 'February 20, 2026, 5:07pm', `Bumping MSRV has never been broadly considered breaking, ${LONG}.`)}
        ${reply('newpavlov', 'February 20, 2026, 6:49pm', `As a maintainer I confirm your understanding, ${LONG}.`)}
      </div>`);
    const posts = collectThreadPosts(doc);
    expect(posts.map((p) => [p.author, p.date])).toEqual([
      ['sorairolake', 'February 20, 2026, 4:55pm'],
      ['BurntSushi', 'February 20, 2026, 5:07pm'],
      ['newpavlov', 'February 20, 2026, 6:49pm'],
    ]);
    expect(posts[1]!.body.textContent).toContain('Bumping MSRV');
  });

  it('names the author by the profile link when the name property is gone (the clean-up drops <meta>)', () => {
    const doc = qaPage();
    for (const meta of Array.from(doc.querySelectorAll('meta'))) meta.remove();
    for (const person of Array.from(doc.querySelectorAll('[itemprop="author"]'))) person.append(' 3,483 reputation 6 gold badges 31 silver badges');
    expect(collectThreadPosts(doc).map((p) => p.author)).toEqual(['Will', 'evgeny', 'mreq']);
  });

  it('knows a thread from its JSON-LD too, and finds the opening post it leaves unmarked (XenForo)', () => {
    const doc = xenforoPage();
    expect(isThreadPage(doc)).toBe(true);
    const posts = collectThreadPosts(doc);
    expect(posts.map((p) => [p.author, p.date, p.body.textContent!.trim().slice(0, 7)])).toEqual([
      ['piizog', 'Jan 1, 2024', 'Post 1:'],
      ['mer', 'Jan 2, 2024', 'Post 2:'],
      ['PMc', 'Jan 3, 2024', 'Post 3:'],
    ]);
  });

  it('finds on the page the posts only the JSON-LD describes, with their authors and dates (Invision Community)', () => {
    // Invision: a DiscussionForumPosting in JSON-LD whose comments carry their text, and no microdata on the post boxes.
    // A post may open with a short line ("Hi Daresh"); another quotes the opening post before its reply.
    const opening = `Hi have a few orders where the customer did not pay, ${own('op')}.`;
    const ld = {
      '@context': 'https://schema.org', '@type': 'DiscussionForumPosting', headline: 'Payment issues',
      text: `${opening}\nThanks, see the screenshot.`, author: { '@type': 'Person', name: 'GrinGEO' }, dateCreated: '2025-10-29T14:07:00+0000',
      comment: [
        { '@type': 'Comment', text: `It's not easy because payment modules have tables, ${own('d1')}.`, author: { name: 'Daresh' }, dateCreated: '2025-10-29T15:00:00+0000' },
        { '@type': 'Comment', text: `Hi Daresh\n\n\tYes you are right, the order manager does it, ${own('g2')}.`, author: { name: 'GrinGEO' }, dateCreated: '2025-10-30T09:00:00+0000' },
        { '@type': 'Comment', text: 'Yep' },
      ],
    };
    const box = (author: string, content: string) => `
      <article class="cPost ipsComment"><aside class="cAuthorPane"><h3><a href="/profile/${author}">${author}</a></h3><span>Members</span><span>9 posts</span></aside>
        <div class="ipsComment_content"><div class="ipsComment_meta">Posted <time datetime="2025-10-29T14:07:00Z">October 29, 2025</time></div>
        <div data-role="commentContent" class="ipsType_richText">${content}</div></div></article>`;
    const doc = page(
      `<div class="cTopic">${box('GrinGEO', `<p>${opening}</p><p>Thanks, <a href="/x">see the screenshot</a>.</p>`)}` +
        `${box('Daresh', `<p>${ld.comment[0]!.text}</p>`)}${box('GrinGEO', `<p>Hi Daresh</p><p>Yes you are right, the order manager does it, ${own('g2')}.</p>`)}` +
        `${box('Someone', '<p>Yep</p>')}</div>`,
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      'lang="en"',
    );
    expect(isThreadPage(doc)).toBe(true);
    const posts = collectThreadPosts(doc);
    expect(posts.map((p) => [p.author, p.date])).toEqual([
      ['GrinGEO', 'October 29, 2025'],
      ['Daresh', 'October 29, 2025'],
      ['GrinGEO', 'October 30, 2025'],
    ]);
    // Each post's box holds its text, paragraphs and links, and not its author pane or another post.
    expect(posts[0]!.body.querySelectorAll('p')).toHaveLength(2);
    expect(posts[0]!.body.querySelector('a')?.textContent).toBe('see the screenshot');
    expect(posts[2]!.body.textContent).toMatch(/^Hi DareshYes you are right/);
    for (const post of posts) expect(post.body.textContent).not.toMatch(/Members|9 posts|Posted/);
  });

  it('takes an Invision post whole when its box holds what the JSON-LD leaves out: an edit note, and the quotes it opens with', () => {
    // The JSON-LD's text has neither the "Edited ... by" note under the opening post nor the quotes a reply opens with;
    // the reply that quotes a post is not where that post starts (WCXB 0544, 0550).
    const first = `Hello all, a thread to thank the moderators and members alike, ${own('op')}.`;
    const second = `Link is private, so nobody can see the parts list, ${own('r1')}.`;
    const third = `Sorry about that, I have updated it to be public now, ${own('r2')}.`;
    const more = `I have been getting Bad Gateway errors since the news, so in case the forum shuts down: thank you all, ${own('op2')}.`;
    const ld = {
      '@context': 'https://schema.org', '@type': 'DiscussionForumPosting', headline: 'Thanks', text: `${first}\n${more}`, author: { name: 'ColdJ' }, dateCreated: '2024-06-14T13:22:54Z',
      comment: [
        { '@type': 'Comment', text: second, author: { name: 'Wizardy' }, dateCreated: '2024-06-14T14:00:00Z' },
        { '@type': 'Comment', text: third, author: { name: 'ColdJ' }, dateCreated: '2024-06-14T15:00:00Z' },
      ],
    };
    const quote = (who: string, text: string) => `<blockquote class="ipsQuote"><div class="ipsQuote_citation">1 hour ago, ${who} said:</div><div class="ipsQuote_contents"><p>${text}</p></div></blockquote>`;
    const box = (author: string, content: string) => `<article class="cPost"><aside class="cAuthorPane"><h3><a href="/profile/${author}">${author}</a></h3></aside>
      <div class="cPost_contentWrap"><div data-role="commentContent">${content}</div></div></article>`;
    const doc = page(
      `<div class="cTopic">${box('ColdJ', `<p>${first}</p><p>${more}</p><p><span>Edited June 19, 2024 by ColdJ</span></p>`)}` +
        `${box('Wizardy', `${quote('ColdJ', 'Build list: the parts I picked for the new editing machine')}<p>${second}</p>`)}` +
        `${box('ColdJ', `${quote('Wizardy', second)}<p>${third}</p>`)}</div>`,
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      'lang="en"',
    );
    const posts = collectThreadPosts(doc);
    expect(posts.map((p) => p.author)).toEqual(['ColdJ', 'Wizardy', 'ColdJ']);
    expect(posts[0]!.body.textContent).toContain(more);
    expect(posts[0]!.body.textContent).toContain('Edited June 19, 2024 by ColdJ');
    expect(posts[1]!.body.textContent).toMatch(/^1 hour ago, ColdJ said:Build list.*Link is private/);
    expect(posts[2]!.body.textContent).toMatch(/^1 hour ago, Wizardy said:Link is private.*Sorry about that/);
    for (const post of posts) expect(post.body.querySelector('h3')).toBeNull();
  });

  it('finds posts the page marks only by their authors, and takes the body of each, not its author pane, date or reactions (XenForo theme)', () => {
    const box = (author: string, text: string) => `
      <article class="message message--post js-post">
        <div class="message-inner">
          <div class="message-cell message-cell--user">
            <section itemscope itemtype="https://schema.org/Person" class="message-user">
              <h4 class="message-name"><a href="/members/${author}" class="username" itemprop="name">${author}</a></h4>
              <div class="userBanner" itemprop="jobTitle"><strong>Member</strong></div><dl class="pairs"><dt>Messages</dt><dd>13,539</dd></dl>
            </section>
          </div>
          <div class="message-cell message-cell--main">
            <header class="message-attribution"><time datetime="2025-03-27T06:21:10-0400">Mar 27, 2025</time> <a href="#post">#1</a></header>
            <div class="message-content"><article class="message-body"><div class="bbWrapper">${text}</div></article></div>
            <footer class="message-footer"><div class="reactionsBar">Reactions: Manbig, y2kyle89 and 20 others</div></footer>
          </div>
        </div>
      </article>`;
    const doc = page(
      `<div class="block-body">${box('TissueBox', `You have been chosen to stop Giygas, ${own('tb')}.`)}${box('Poltergust', 'Do I unlock latent psychic powers?')}` +
        `${box('BassForever', `I can't comprehend the form of this thread's attack, ${own('bf')}.`)}</div>`,
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Giygas"}</script>',
    );
    const posts = collectThreadPosts(doc);
    expect(posts.map((p) => [p.author, p.date, p.body.textContent!.slice(0, 18)])).toEqual([
      ['TissueBox', 'Mar 27, 2025', 'You have been chos'],
      ['Poltergust', 'Mar 27, 2025', 'Do I unlock latent'],
      ['BassForever', 'Mar 27, 2025', "I can't comprehend"],
    ]);
    for (const post of posts) expect(post.body.textContent).not.toMatch(/Member|13,539|Reactions|#1/);
  });

  it('is not fooled by an article with readers\' comments, an FAQ, or a single post', () => {
    const comments = page(`
      <article itemscope itemtype="https://schema.org/BlogPosting"><div itemprop="articleBody"><p>The story, ${LONG}.</p></div>
        <div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><p itemprop="text">Great story, ${LONG}.</p></div>
        <div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><p itemprop="text">I disagree, ${LONG}.</p></div>
      </article>`);
    expect(isThreadPage(comments)).toBe(false);
    const faq = page(
      `<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">How long?</h3>
        <div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text">Two weeks, ${LONG}.</div></div></div>
      <div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">How much?</h3>
        <div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text">Ten euros, ${LONG}.</div></div></div>`,
      '',
      'itemscope itemtype="https://schema.org/FAQPage"',
    );
    expect(isThreadPage(faq)).toBe(false);
    const single = page(`<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><div itemprop="articleBody">Only post, ${LONG}.</div></div>`);
    expect(collectThreadPosts(single)).toEqual([]);
  });
});

describe('mayBeThreadUrl', () => {
  it("reads forum software's addresses as a discussion's, and an article's not", () => {
    for (const url of ['https://www.bogleheads.org/forum/viewtopic.php?t=425337', 'https://forums.example.com/threads/do-forums-matter.123/',
      'https://www.flyertalk.com/forum/trip-reports/2212958-scenic.html', 'https://permies.com/t/123270/Year-Tiny-House', 'https://www.simplemachines.org/community/index.php?topic=589061.0',
      'https://forum.doom9.org/showthread.php?t=186269']) expect(mayBeThreadUrl(url)).toBe(true);
    for (const url of ['https://www.elbalad.news/5281273', 'https://www.securityweek.com/cybersecurity-ma-roundup-45-deals/', 'https://forum.example/', 'https://www.example.com/2025/12/19/new-movies-this-week/'])
      expect(mayBeThreadUrl(url)).toBe(false);
  });
});

describe('placeThreadPosts', () => {
  it('replaces Readability\'s pick by the thread when the pick is the thread: every post once, in order, under its author', () => {
    const posts = collectThreadPosts(qaPage());
    const content = page('').createElement('div');
    // Readability's container: the longest answer, a vote count, the question less a line, the answer form.
    const question = Array.from(posts[0]!.body.children).slice(0, -1).map((p) => p.outerHTML).join('');
    content.innerHTML = `<div class="page">${posts[2]!.body.outerHTML}<p>14</p>${question}<h2>Your answer</h2></div>`;
    expect(placeThreadPosts(content, posts)).toBe(3);
    const pageDiv = content.firstElementChild!;
    expect(pageDiv.querySelectorAll('hr')).toHaveLength(2);
    const sections = Array.from(pageDiv.children).filter((el) => el.tagName === 'SECTION');
    expect(sections.map((s) => s.querySelector('strong')?.textContent)).toEqual(['Will', 'evgeny', 'mreq']);
    expect(sections[1]!.textContent).toContain('Use tar with the right excludes');
    const text = content.textContent!;
    expect(text.match(/How do I back up/g)).toHaveLength(1);
    expect(text.match(/Clonezilla images/g)).toHaveLength(1);
    expect(text).not.toContain('Your answer');
    expect(content.querySelector('[itemprop]')).toBeNull();
  });

  it('keeps a pick that is not one of the posts, and puts the posts it lacks around it in page order', () => {
    const posts = collectThreadPosts(qaPage());
    const content = page('').createElement('div');
    // An opening text the page did not mark up, then the first answer.
    content.innerHTML = `<div class="page"><p>${['x', 'y', 'z', 'v', 'w', 'u'].map(own).join(' ')}</p>${posts[1]!.body.outerHTML}</div>`;
    expect(placeThreadPosts(content, posts)).toBe(2);
    const text = content.textContent!;
    const order = ['How do I back up', 'enoughx', 'Use tar with the right excludes', 'Clonezilla images'].map((t) => text.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(Array.from(content.querySelectorAll('strong')).map((s) => s.textContent)).toEqual(['Will', 'mreq']);
  });
});

describe('extractArticle on a thread', () => {
  it('shows the opening post and the replies Readability drops, each reply under its author and date', () => {
    // Discourse puts each post's author and date in a "crawler-post-meta" row, which the clean-up takes for a page's
    // meta row: the names and dates come from the page as it was.
    const reply = (author: string, text: string) => `
      <div class="topic-post comment" itemprop="comment" itemscope itemtype="http://schema.org/Comment">
        <div class="crawler-post-meta">
          <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">${author}</span></span>
          <time itemprop="datePublished" datetime="2026-02-20T17:07:00Z">February 20, 2026</time>
        </div>
        <div class="post" itemprop="text"><p>${text}</p></div>
      </div>`;
    const doc = page(`
      <nav><a href="/">Forum</a> <a href="/latest">Latest</a></nav>
      <main><div itemscope itemtype="http://schema.org/DiscussionForumPosting">
        <h1 itemprop="headline">Is changing the MSRV a breaking change?</h1>
        <div class="post" itemprop="articleBody">${`<p>Opening post: ${LONG}, ${LONG}.</p>`.repeat(12)}</div>
        ${reply('BurntSushi', `Bumping MSRV has never been broadly considered breaking, ${own('bs')}.`)}
        ${reply('newpavlov', `As a maintainer I confirm your understanding, ${own('np')}.`)}
      </div></main>`);
    const plain = new Readability(doc.cloneNode(true) as Document).parse()!;
    expect(plain.textContent).not.toContain('Bumping MSRV');
    const article = extractArticle(doc, { url: doc.URL })!;
    const text = article.textContent;
    expect(text.match(/Opening post/g)).toHaveLength(12);
    expect(text.indexOf('Bumping MSRV')).toBeGreaterThan(text.lastIndexOf('Opening post'));
    expect(text.indexOf('As a maintainer')).toBeGreaterThan(text.indexOf('Bumping MSRV'));
    expect(article.contentHtml).toContain('<address><strong>BurntSushi</strong> · February 20, 2026</address>');
    expect(article.contentHtml).toContain('<strong>newpavlov</strong>');
  });

  it('names a post\'s author and date from its <meta> properties when the page shows an avatar and a badge (NodeBB)', () => {
    // NodeBB: the name only in <meta itemprop="name">; the author box's link holds an avatar's letter and an "Offline"
    // badge; the date only in <meta itemprop="datePublished">.
    const post = (author: string, date: string, text: string) => `
      <li component="post" itemprop="comment" itemscope itemtype="http://schema.org/Comment">
        <meta itemprop="datePublished" content="${date}">
        <div class="post-header" itemprop="author" itemscope itemtype="https://schema.org/Person">
          <meta itemprop="name" content="${author}"><meta itemprop="url" content="/user/${author}">
          <a href="/user/${author}"><span class="avatar">${author[0]!.toUpperCase()}</span> <span class="status offline">Offline</span></a>
        </div>
        <div component="post/content" itemprop="text"><p>${text}</p></div>
      </li>`;
    const doc = page(`
      <main><div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">RC1 of NodeBB v4</h1>
        <ul component="topic">
          ${post('julian', '2024-11-27T15:50:23.066Z', `We are releasing the first candidate, ${LONG}, ${LONG}, ${LONG}.`)}
          ${post('GunChleoc', '2024-11-28T10:00:00.000Z', `Congratulations on the release, ${own('gc')}.`)}
        </ul>
      </div></main>`);
    const article = extractArticle(doc, { url: doc.URL })!;
    expect(article.contentHtml).toContain('<address><strong>julian</strong> · November 27, 2024</address>');
    expect(article.contentHtml).toContain('<address><strong>GunChleoc</strong> · November 28, 2024</address>');
    expect(article.contentHtml).not.toContain('Offline');
    expect(article.byline).toBe('julian');
  });

  it('shows every post of a thread the page marks nothing of (phpBB), each under the name its profile link gives', () => {
    const post = (n: number, author: string, text: string) => `
      <div id="p${n}" class="post bg${(n % 2) + 1}"><div class="inner">
        <dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=${n}"><img src="/a${n}.png" alt=""></a>
          <a href="./memberlist.php?mode=viewprofile&amp;u=${n}" class="username">${author}</a></dt><dd>Posts: ${n * 131}</dd></dl>
        <div class="postbody"><p class="author"><a href="#p${n}">Post</a> by <a href="./memberlist.php?mode=viewprofile&amp;u=${n}">${author}</a> » Sat Feb 24, 2024</p>
          <div class="content">${text}</div></div>
      </div></div>`;
    const doc = page(`
      <div class="navbar"><a href="./index.php">Board index</a> <a href="./ucp.php?mode=login">Login</a></div>
      <div id="page-body"><h2 class="topic-title">Investment strategy review request</h2>
        ${post(1, 'changingtimes', `Hello again, it is time for a new portfolio review. ${LONG}, ${LONG}, ${LONG}.`)}
        ${post(2, 'invest4', `Some initial comments on your questions, ${own('iv')}.`)}
        ${post(3, 'bonesly', `I would keep the bond side simple, ${own('bo')}.`)}
      </div>`);
    const article = extractArticle(doc, { url: doc.URL })!;
    const text = article.textContent;
    const order = ['Hello again', 'Some initial comments', 'keep the bond side'].map((t) => text.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(article.contentHtml).toContain('<strong>invest4</strong>');
    expect(text).not.toContain('Posts: 262');
    expect(article.byline).toBe('changingtimes');
  });

  it('finds vBulletin\'s posts, boxes known by their numbered ids, and a reply that quotes another member', () => {
    const post = (n: number, author: string, message: string) => `
      <div id="edit${n}"><div id="post${n}"><div class="tpost"><div class="trow">
        <div class="tcell alt2"><a class="bigusername" href="https://forum.example/members/${author}.html">${author}</a><div>Join Date: Mar 2009</div></div>
        <div class="tcell"><div id="post_message_${n}">${message}</div></div>
      </div></div></div></div>`;
    const doc = page(`<div id="posts">
      ${post(101, 'lowjhg', `Chapter 1: the positioning flight. ${LONG}, ${LONG}, ${LONG}.`)}
      ${post(102, 'TedToToe', `Any trip involving Turkey piques my interest, ${own('tt')}.`)}
      ${post(103, 'lowjhg', `<div class="quote">Quote: Originally Posted by <a href="https://forum.example/members/TedToToe.html">TedToToe</a> Any trip involving Turkey</div>Thanks, more soon, ${own('lo')}.`)}
    </div>`);
    const article = extractArticle(doc, { url: doc.URL })!;
    const text = article.textContent;
    for (const start of ['Chapter 1', 'Any trip involving Turkey piques', 'Thanks, more soon']) expect(text).toContain(start);
    expect(Array.from(article.contentHtml.matchAll(/<address><strong>([^<]+)<\/strong>/g), (m) => m[1])).toEqual(['lowjhg', 'TedToToe', 'lowjhg']);
    expect(text).not.toContain('Join Date');
  });

  it('leaves a story alone when its readers\' comments link their authors\' profiles', () => {
    const comment = (n: number, author: string, text: string) =>
      `<li class="comment"><a class="who" href="/users/${author}">${author}</a><div class="comment-text"><p>${text}</p></div></li>`;
    const doc = page(`
      <main><article><h1>The council approves the flood barrier</h1>
        ${`<p>The story: ${LONG}, ${LONG}.</p>`.repeat(10)}</article>
      <ol class="comments">${comment(1, 'reader1', `Great story, ${own('ga')}.`)}${comment(2, 'reader2', `I disagree, ${own('di')}.`)}${comment(3, 'reader3', `About time, ${own('ab')}.`)}</ol></main>`);
    const article = extractArticle(doc, { url: doc.URL })!;
    expect(article.textContent).toContain('The story');
    expect(article.textContent).not.toMatch(/Great story|I disagree|About time/);
    expect(article.contentHtml).not.toContain('<address>');
  });

  it("does not take a story's sections for posts when each embeds a post of the same account", () => {
    const section = (n: number) => `<div class="tip"><h2>Tip ${n}</h2><div class="tip-text"><p>${own(`t${n}`)}, ${LONG}.</p></div>
      <blockquote class="embed"><a href="https://social.example/users/ferahcatering">Ferah Catering</a> · August 28, 2025</blockquote></div>`;
    const doc = page(`<main><article><h1>Wedding tips</h1>${[1, 2, 3, 4].map(section).join('')}</article></main>`);
    const article = extractArticle(doc, { url: doc.URL })!;
    expect(article.textContent).toContain('Tip 4');
    expect(article.contentHtml).not.toContain('<address>');
  });

  it("signs the article with the opening post's author, not the first author box Readability meets (XenForo)", () => {
    const doc = xenforoPage();
    // Readability's: the first reply's user card ("Mmer Reaction score: 2,017 ...").
    const plain = new Readability(doc.cloneNode(true) as Document).parse()!.byline;
    expect(plain).toContain('mer');
    expect(plain).not.toContain('piizog');
    expect(extractArticle(doc, { url: doc.URL })!.byline).toBe('piizog');
  });
});
