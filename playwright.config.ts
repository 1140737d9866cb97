import { existsSync } from "node:fs";
import { chromium, defineConfig, devices, type LaunchOptions } from "@playwright/test";

/** PW_PORT lets several checkouts run their e2e suites side by side. */
const PORT = Number(process.env.PW_PORT ?? 5199);
const isCI = !!process.env.CI;

/** Flags that keep Chromium quiet on a machine without general network access. */
const CLOSED_NETWORK_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/**
 * Which Chromium to drive: Playwright's own build when `npx playwright install` has fetched
 * it (a developer laptop), else CHROMIUM_PATH, else Debian's /usr/bin/chromium (this machine
 * and CI, where Playwright's download host is unreachable).
 */
function chromiumLaunch(): { channel?: string; launchOptions: LaunchOptions } {
  const launchOptions: LaunchOptions = { args: CLOSED_NETWORK_ARGS };
  if (existsSync(chromium.executablePath())) {
    // The 'chromium' channel runs the full browser headless, not the separate headless shell.
    return { channel: "chromium", launchOptions };
  }
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium found: run \`npx playwright install chromium\`, set CHROMIUM_PATH, ` +
        `or install Debian's chromium (${executablePath} does not exist).`,
    );
  }
  return { launchOptions: { ...launchOptions, executablePath } };
}

/** End-to-end tests: one spec per user-facing feature, against the dev server. */
export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 2 : undefined,
  reporter: [[isCI ? "line" : "list"], ["./e2e/support/require-tests-reporter.ts"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], ...chromiumLaunch() },
    },
  ],
  webServer: {
    command: `npm run dev -- --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});
