/**
 * Example stored settings of every version, as `browser.storage.sync` would hold them, with the
 * settings Qari should read from each. The migration and repair tests loop over these; when the
 * schema gets a version 3, add its examples here.
 */
import type { Settings } from './settings';

export interface StoredExample {
  name: string;
  /** The `v` in the item's metadata ("settings$"); undefined when no metadata was written. */
  version: number | undefined;
  stored: unknown;
  expected: Settings;
}

const defaults: Settings = {
  fontSize: 20,
  lineHeight: 1.6,
  contentWidth: 70,
  fontFamily: { arabic: 'sans', hebrew: 'sans', latin: 'serif' },
  theme: 'auto',
  textAlign: 'start',
  showImages: true,
  removeRepeatedBlocks: true,
  speechRate: 1,
  autoOpenSites: [],
  neverOpenSites: [],
};

export const V1_EXAMPLES: StoredExample[] = [
  {
    name: 'v1, every field set',
    version: 1,
    stored: { fontSize: 'large', font: 'serif', theme: 'sepia', sites: ['www.Youm7.com', 'https://elbalad.news/article/1'], images: false },
    expected: {
      ...defaults,
      fontSize: 24,
      fontFamily: { arabic: 'serif', hebrew: 'serif', latin: 'serif' },
      theme: 'sepia',
      showImages: false,
      autoOpenSites: ['youm7.com', 'elbalad.news'],
    },
  },
  {
    name: 'v1 without metadata (written before versions were recorded)',
    version: undefined,
    stored: { fontSize: 'small', theme: 'night', sites: [], images: true },
    expected: { ...defaults, fontSize: 16, theme: 'dark' },
  },
  {
    name: 'v1 with a numeric size from a hand-edited profile',
    version: 1,
    stored: { fontSize: 22, font: 'sans', theme: 'light', sites: ['haaretz.co.il'], images: true },
    expected: {
      ...defaults,
      fontSize: 22,
      fontFamily: { arabic: 'sans', hebrew: 'sans', latin: 'sans' },
      theme: 'light',
      autoOpenSites: ['haaretz.co.il'],
    },
  },
  {
    name: 'v1, corrupt fields fall back one by one',
    version: 1,
    stored: { fontSize: 'gigantic', font: 'comic-sans', theme: 42, sites: 'example.com', images: 'yes' },
    expected: { ...defaults },
  },
  {
    name: 'version-2 data stored without metadata (seeded by hand or by a test) is read as version 2',
    version: undefined,
    stored: { fontSize: 24, lineHeight: 2, theme: 'dark', autoOpenSites: ['elbalad.news'], neverOpenSites: ['example.com'] },
    expected: { ...defaults, fontSize: 24, lineHeight: 2, theme: 'dark', autoOpenSites: ['elbalad.news'], neverOpenSites: ['example.com'] },
  },
  {
    name: 'v1, one bad site among good ones',
    version: 1,
    stored: { fontSize: 'xlarge', sites: ['aljazeera.net', 'not a site', 'bbc.co.uk'] },
    expected: { ...defaults, fontSize: 30, autoOpenSites: ['aljazeera.net', 'bbc.co.uk'] },
  },
];

// Every field set to other than its default, as the current version stores it.
const V2_FULL: Settings = {
  fontSize: 18,
  lineHeight: 2,
  contentWidth: 60,
  fontFamily: { arabic: 'serif', hebrew: 'sans', latin: 'sans' },
  theme: 'dark',
  textAlign: 'justify',
  showImages: false,
  removeRepeatedBlocks: false,
  speechRate: 1.5,
  autoOpenSites: ['elbalad.news'],
  neverOpenSites: ['mail.example.com'],
};
const { speechRate: _added, ...V2_FIRST_SHIPPED } = V2_FULL;

export const V2_EXAMPLES: StoredExample[] = [
  { name: 'v2, every field set', version: 2, stored: structuredClone(V2_FULL), expected: structuredClone(V2_FULL) },
  {
    name: 'v2 as first shipped (before speechRate): the new field takes its default',
    version: 2,
    stored: structuredClone(V2_FIRST_SHIPPED),
    expected: { ...structuredClone(V2_FULL), speechRate: 1 },
  },
  {
    name: 'v2, some fields missing',
    version: 2,
    stored: { fontSize: 26, theme: 'sepia' },
    expected: { ...defaults, fontSize: 26, theme: 'sepia' },
  },
  {
    name: 'v2, each field corrupt in its own way',
    version: 2,
    stored: {
      fontSize: 400,
      lineHeight: '1.5',
      contentWidth: null,
      fontFamily: { arabic: 'papyrus' },
      theme: 'purple',
      textAlign: 'center',
      showImages: 0,
      removeRepeatedBlocks: 'false',
      speechRate: 5,
      autoOpenSites: { 0: 'example.com' },
      neverOpenSites: [42],
    },
    expected: { ...defaults },
  },
  {
    name: 'v2, good fields kept beside corrupt ones, unknown keys dropped',
    version: 2,
    stored: { fontSize: 'NaN', lineHeight: 1.8, theme: 'light', textAlign: 'justify', extra: 'x', neverOpenSites: ['ok.example', '-bad-.com'] },
    expected: { ...defaults, lineHeight: 1.8, theme: 'light', textAlign: 'justify', neverOpenSites: ['ok.example'] },
  },
  { name: 'v2, stored as a string', version: 2, stored: 'fontSize=20', expected: { ...defaults } },
  { name: 'v2, stored as an array', version: 2, stored: [20, 1.6], expected: { ...defaults } },
];
