import { describe, it, expect, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSiteRules, SETTINGS_KEY } from './site-rules';
import { SETTINGS_STORAGE_KEY, saveSettings } from './settings';

describe('site rules for the detector', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the settings item the store writes', async () => {
    expect(SETTINGS_STORAGE_KEY).toBe(`sync:${SETTINGS_KEY}`);
    expect(await saveSettings({ autoOpenSites: ['elbalad.news'], neverOpenSites: ['www.Example.com'] })).toMatchObject({ ok: true });
    expect(await readSiteRules()).toEqual({ autoOpenSites: ['elbalad.news'], neverOpenSites: ['example.com'] });
  });

  it('has no rules when nothing is stored or the value is odd', async () => {
    expect(await readSiteRules()).toEqual({ autoOpenSites: [], neverOpenSites: [] });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { autoOpenSites: 'elbalad.news', neverOpenSites: [1, null, 'a.com'] } });
    expect(await readSiteRules()).toEqual({ autoOpenSites: [], neverOpenSites: ['a.com'] });
  });

  it('reads the always-open list of version 1 settings', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { sites: ['elbalad.news'] } });
    expect((await readSiteRules()).autoOpenSites).toEqual(['elbalad.news']);
  });
});
