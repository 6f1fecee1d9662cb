import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// QARI_OUT_DIR lets parallel work build into separate folders; tests default to .output.
const outDir = process.env.QARI_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Qari',
    description:
      'A clean, fast reader view for cluttered article pages: made right for Arabic, Hebrew, Persian and Urdu, and for every other language.',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: 'Qari reader view' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R', mac: 'Alt+Shift+R' },
        description: 'Open or close the reader view',
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
            gecko: { id: 'qari@qari-reader.org', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
