import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.QARI_PW_REPORTER ? [[process.env.QARI_PW_REPORTER]] : [['list']],
  projects: [
    { name: 'chromium', testIgnore: /firefox-.*\.spec\.ts$/ },
    { name: 'firefox', testMatch: /firefox-.*\.spec\.ts$/ },
  ],
});
