import { describe, expect, it } from 'vitest';
import { authorNames, removeAuthorBios } from './remove-author-bio';

function content(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = `<div>${html}</div>`;
  return doc.body.firstElementChild as HTMLElement;
}

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, which says what the reader came to read about the city's new trams.</p>`).join('');

describe('authorNames', () => {
  it('reads the names a byline gives, and nothing that is not a name', () => {
    expect(authorNames('By Jared Newman, Sam Singleton')).toEqual(['Jared Newman', 'Sam Singleton']);
    expect(authorNames('Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal')).toEqual(['Manoj Jain', 'Jagpreet Chhatwal', 'The Commercial Appeal']);
    expect(authorNames('Matthew Frankel, CFP')).toEqual(['Matthew Frankel']);
    expect(authorNames('staff')).toEqual([]);
    expect(authorNames(null)).toEqual([]);
  });
});

describe('removeAuthorBios', () => {
  it("removes the author's bio at the end of the story, with credentials, and its heading", () => {
    const root = content(`${STORY}<h3>About the author</h3><p>*Angela Holliday-Bell, MD, is a physician and a sleep specialist.</p>`);
    const removed = removeAuthorBios(root, 'Angela Holliday-Bell');
    expect(root.textContent).not.toContain('About the author');
    expect(root.textContent).not.toContain('sleep specialist');
    expect(removed.map((r) => r.kind)).toEqual(['author-bio', 'author-bio']);
    expect(root.querySelectorAll('p')).toHaveLength(6);
  });

  it('keeps a profile that opens with its subject, a story that mentions its author, and a heading over more than the bio', () => {
    const profile = content(`<p>Jane Doe is a designer based in Lisbon.</p>${STORY}`);
    expect(removeAuthorBios(profile, 'Jane Doe')).toEqual([]);
    const mention = content(`${STORY}<p>As Jane Doe wrote last year, the trams are late.</p><p>Jane Doe's trams are late.</p>`);
    expect(removeAuthorBios(mention, 'Jane Doe')).toEqual([]);
    const product = content(`${STORY}<p>HR Cloud is built for large-scale organizations.</p>`);
    expect(removeAuthorBios(product, 'HR Cloud')).toEqual([]);
    const based = content(`${STORY}<p>Jane Doe is based in Lisbon, where she writes about transport.</p>`);
    expect(removeAuthorBios(based, 'Jane Doe')).toHaveLength(1);
    const section = content(`${STORY}<h3>Notes</h3><p>Jane Doe is a designer based in Lisbon.</p><p>The trams run all night.</p>`);
    removeAuthorBios(section, 'Jane Doe');
    expect(section.textContent).toContain('Notes');
    expect(section.textContent).not.toContain('designer based in Lisbon');
  });

  it('reads a bio behind an "About the author" label, under a first name written short, and after a role with no article', () => {
    const labelled = content(`${STORY}<p>About the author: Craig Hull is a freelance photographer based in Eastern Europe.</p>`);
    expect(removeAuthorBios(labelled, 'Craig Hull')).toHaveLength(1);
    const short = content(`${STORY}<p>Matt Frankel, CFP, is a contributing stock market analyst.</p>`);
    expect(removeAuthorBios(short, 'Matthew Frankel')).toHaveLength(1);
    const role = content(`${STORY}<p>Manoj Jain is adjunct faculty at Emory University.</p>`);
    expect(removeAuthorBios(role, 'Manoj Jain')).toHaveLength(1);
    // Another first name with the same surname is someone else; so is a two-letter one that merely opens the byline's.
    expect(removeAuthorBios(content(`${STORY}<p>Sarah Frankel is a stock market analyst.</p>`), 'Matthew Frankel')).toEqual([]);
    expect(removeAuthorBios(content(`${STORY}<p>Al Smith is a senator.</p>`), 'Albert Smith')).toEqual([]);
    expect(removeAuthorBios(content(`${STORY}<p>About the trams: Craig Hull is a freelance photographer.</p>`), 'Craig Hull')).toEqual([]);
  });

  it('reads whose bio it is from the heading above it when the page gives no byline', () => {
    const written = content(`${STORY}<hr><div><h3>Written by Cassidy Horton</h3><p>Cassidy Horton is a finance writer who helps people find financial freedom.</p></div>`);
    expect(removeAuthorBios(written, null).map((r) => r.text)).toEqual(['Written by Cassidy Horton', 'Cassidy Horton is a finance writer who helps people find financial freedom.']);
    const about = content(`${STORY}<h2>About the author</h2><p>Jane Doe has written about trams for twenty years.</p>`);
    expect(removeAuthorBios(about, null)).toHaveLength(2);
    // Without such a heading, or under one that names someone else, a paragraph about a person is the story's.
    expect(removeAuthorBios(content(`${STORY}<p>Cassidy Horton is a finance writer.</p>`), null)).toEqual([]);
    expect(removeAuthorBios(content(`${STORY}<h3>Written by Sam Lee</h3><p>Cassidy Horton is a finance writer.</p>`), null)).toEqual([]);
    expect(removeAuthorBios(content(`${STORY}<h3>The trams</h3><p>Cassidy Horton is a finance writer.</p>`), null)).toEqual([]);
  });
});
