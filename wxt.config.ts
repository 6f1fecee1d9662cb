import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// QARI_OUT_DIR lets parallel work build into separate folders; tests default to .output.
const outDir = process.env.QARI_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  // Manifest V3 in Firefox too (WXT's default there is V2): one background and one `action` API for both
  // browsers, and Firefox grants the content script's host access at install, with no prompt.
  manifestVersion: 3,
  imports: false,
  // The sources zip that goes with the Firefox zip to AMO: what git tracks, not local test output.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'screenshots/**', '**/*.log'] },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Qari',
    description:
      'A clean, fast reader view for cluttered article pages: made right for Arabic, Hebrew, Persian and Urdu, and for every other language.',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    icons: { 16: 'icon/idle-16.png', 32: 'icon/idle-32.png', 48: 'icon/idle-48.png', 128: 'icon/idle-128.png' },
    action: {
      default_title: '__MSG_action_title_default__',
      default_icon: { 16: 'icon/idle-16.png', 32: 'icon/idle-32.png', 48: 'icon/idle-48.png', 128: 'icon/idle-128.png' },
      // Firefox puts a new extension's button in its extensions menu unless default_area puts it on the toolbar.
      ...(browser === 'firefox' ? { default_area: 'navbar' } : {}),
    },
    commands: {
      // Alt+Shift+Q (Option+Shift+Q on a Mac; Q for Qari). Alt+Shift+R was the first choice, but Chromium 156
      // on Linux keeps it for itself and silently leaves the command without a key (e2e/activation-toggle.spec.ts
      // checks the key is assigned). Chrome's documented Alt+Shift shortcuts are A (inactive dialogs),
      // B (bookmarks bar), I (feedback) and T (toolbar); ChromeOS also takes L, M, N and S. Firefox's Reader
      // View is Ctrl+Alt+R (Cmd+Alt+R on a Mac, F9 on Windows) and it has no Alt+Shift+Q; it only uses
      // Alt+Shift+letter for a page's accesskey, which this one key takes over. Users change the key at
      // chrome://extensions/shortcuts, or in Firefox's add-on manager (Manage Extension Shortcuts).
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+Q', mac: 'Alt+Shift+Q' },
        description: '__MSG_command_toggle_reader__',
      },
    },
    web_accessible_resources: [
      {
        resources: ['reader.js'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: browser === 'chrome' ? true : undefined,
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qari@qari-reader.org',
              // 140 is the first ESR that reads data_collection_permissions; Qari collects and sends nothing.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
