import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'jsdom',
    include: ['{utils,components,entrypoints,scripts}/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
  },
});
