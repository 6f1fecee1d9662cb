/** What one of Qari's own clean-up passes took out of a page, so a user can see it and a bug can be traced. */
export interface RemovedBlock {
  kind: string;
  text: string;
}

export type TextDirection = 'rtl' | 'ltr';

/** The article as the reader shows it: the result of `extractArticle`. */
export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string;
  dir: TextDirection;
  excerpt: string | null;
  /** Sanitised HTML of the article body, safe to put in the reader's shadow root. */
  contentHtml: string;
  textContent: string;
  readingMinutes: number;
  removed: RemovedBlock[];
  /** The page URL the article came from (absolute links resolve against it). */
  url: string;
  /** Only with `evenIfList`: the page is a list of headlines, not an article, and was given as asked. */
  list?: true;
}

export interface ExtractOptions {
  /** The page URL; relative URLs resolve against it (and against <base>). Defaults to the document's URL. */
  url?: string;
  settings?: {
    /** Remove repeated blocks and mastheads (default true). */
    removeRepeatedBlocks?: boolean;
    /** Keep images in the article (default true). */
    showImages?: boolean;
  };
  /** In a browser: the computed CSS `direction` of the live page's body, a hint used after dir attributes. */
  computedDir?: string;
  /**
   * Give the page even where it is a list of headlines rather than an article (a front page, a section page), marked
   * `list`, for a reader that shows it when asked. An empty page, or a stray box of text, still gives null.
   */
  evenIfList?: boolean;
}
