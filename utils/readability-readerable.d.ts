/**
 * Types for Readability's small readerable check, imported by its own path so the always-on detector
 * does not pull in Readability.js. The file is CommonJS (`module.exports = isProbablyReaderable`).
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  export interface ReaderableOptions {
    /** Shortest paragraph that counts, in characters (default 140). */
    minContentLength?: number;
    /** Score at which the page counts as an article (default 20). */
    minScore?: number;
    /** Whether a node is visible (default: inline display, hidden and aria-hidden only). */
    visibilityChecker?: (node: Node) => boolean;
  }
  export default function isProbablyReaderable(doc: Document, options?: ReaderableOptions): boolean;
}
