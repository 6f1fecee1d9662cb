/**
 * The always-open and never-open site lists, read for the always-on detector straight from the stored
 * settings item. The settings store (utils/settings.ts) brings WXT's storage layer and every validator
 * with it, 14 KB the detector cannot afford on every page; this reads the two lists alone and trusts
 * nothing in them. site-rules.test.ts checks it against the store, so the two cannot drift apart.
 */
import { browser } from 'wxt/browser';

export interface SiteRules {
  autoOpenSites: string[];
  neverOpenSites: string[];
}

/** The settings item's key in storage.sync (SETTINGS_STORAGE_KEY without its "sync:" area). */
export const SETTINGS_KEY = 'settings';

// The store writes hostnames already normalised (lower case, no "www."); anything that is not a string is dropped.
function hostList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Reads the lists; any failure (no sync storage, an odd value) means "no rules". */
export async function readSiteRules(): Promise<SiteRules> {
  let stored: Record<string, unknown> = {};
  try {
    // Object() turns a missing or odd value into an object without the lists.
    stored = Object((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    // Sync storage unavailable: no rules.
  }
  // Version 1 settings kept the always-open list as `sites`, until the store migrates them.
  return { autoOpenSites: hostList(stored.autoOpenSites ?? stored.sites), neverOpenSites: hostList(stored.neverOpenSites) };
}
