import fs from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// Playwright cannot download its own browser on our machines: use Debian's Chromium when it is there.
const systemChromium = '/usr/bin/chromium'
const PORT = Number(process.env.E2E_PORT ?? 3100)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: fs.existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        }
      : {},
  },
  projects: [
    { name: 'site', testIgnore: /load\.spec\.ts/ },
    // The load test runs alone, after the others, so neither disturbs the other.
    { name: 'load', testMatch: /load\.spec\.ts/, dependencies: ['site'] },
  ],
  // The tests run against the production build (`npm run build` first).
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
