/**
 * The explorer pool's speed-up over one worker in headless Chromium: a Vite dev server serves
 * bench/pool.html, Playwright's library drives Debian's (or Playwright's) Chromium. Printed,
 * never asserted: the figure depends on the machine and its load.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ExplorePartOptions } from "../src/workers/exploreApi";
import type { Timed as Bench } from "./pool";

/** The middle element of `xs` by `key` (the upper one of an even count). */
const median = <T>(xs: readonly T[], key: (x: T) => number): T =>
  [...xs].sort((x, y) => key(x) - key(y))[xs.length >> 1];

/** Print 1-worker vs N-worker times for each program; skipped with a note if no browser. */
export async function poolBenchmarks(
  programs: [string, string, ExplorePartOptions][],
): Promise<void> {
  const { chromium } = await import("@playwright/test");
  const { createServer } = await import("vite");
  const executablePath = existsSync(chromium.executablePath())
    ? undefined
    : process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (executablePath && !existsSync(executablePath)) {
    console.log("explore pool in Chromium: no Chromium found, skipped");
    return;
  }
  const root = fileURLToPath(new URL("..", import.meta.url));
  const server = await createServer({
    root,
    logLevel: "error",
    server: { port: 0, host: "127.0.0.1" },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/bench/pool.html`);
    await page.waitForSelector("body[data-ready='1']", { timeout: 60_000 });
    const cores = await page.evaluate(() => (window as unknown as { cores: number }).cores);
    const n = Math.max(2, cores);
    const rounds = 7;
    const c = await page.evaluate(
      ([k, r]) =>
        (
          window as unknown as {
            ceiling: (k: number, r: number) => Promise<{ spin: number; alloc: number }>;
          }
        ).ceiling(k, r),
      [n, rounds] as const,
    );
    console.log(
      `explore pool: this machine's ceiling in Chromium, ${n} workers vs 1 (median of ${rounds}): ${c.spin.toFixed(2)}× for a loop that allocates nothing, ${c.alloc.toFixed(2)}× for one that allocates short-lived objects`,
    );
    for (const [name, src, options] of programs) {
      const { one, many } = await page.evaluate(
        ([s, opt, k, r]) =>
          (
            window as unknown as {
              benchPool: (
                s: string,
                o: ExplorePartOptions,
                n: number,
                r: number,
              ) => Promise<{ one: Bench[]; many: Bench[] }>;
            }
          ).benchPool(s, opt, k, r),
        [src, options, n, rounds] as const,
      );
      const alone = await page.evaluate(
        ([s, opt, k, r]) =>
          (
            window as unknown as {
              independent: (
                s: string,
                o: ExplorePartOptions,
                n: number,
                r: number,
              ) => Promise<number[]>;
            }
          ).independent(s, opt, k, r),
        [src, options, n, rounds] as const,
      );
      const a = median(one, (x) => x.ms);
      const b = median(many, (x) => x.ms);
      // The speed-up is n × (share of the time the workers were busy) ÷ (how much longer a
      // worker takes per schedule while all n run than one alone): the first is the pool's
      // doing, the second the machine's.
      const busy = median(
        many.map((x) => x.busyMs / (n * x.ms)),
        (x) => x,
      );
      const perSchedule = (x: Bench) => x.busyMs / x.schedules;
      const slower = median(
        many.map((x, i) => perSchedule(x) / perSchedule(one[i])),
        (x) => x,
      );
      const rate = (x: Bench) => Math.round(x.schedules / (x.ms / 1000)).toLocaleString("en");
      const all = (bs: Bench[]) => bs.map((x) => (x.ms / 1000).toFixed(2)).join(", ");
      console.log(
        `explore pool ${name} [${options.mode}] in Chromium (hardwareConcurrency ${cores}), after warm-up: 1 worker ${(a.ms / 1000).toFixed(2)} s (${a.schedules} schedules, ${rate(a)}/s) vs ${n} workers ${(b.ms / 1000).toFixed(2)} s (${b.schedules} schedules, ${rate(b)}/s) → speed-up ${(a.ms / b.ms).toFixed(2)}× (medians of ${rounds}; target ≥ 1.7× on 2 cores). Rounds, 1 worker: ${all(one)} s; ${n} workers: ${all(many)} s. With ${n} workers: busy ${(100 * busy).toFixed(1)} % of the time (median ${median(many, (x) => x.parts).parts} parts), and each worker took ${slower.toFixed(2)}× as long per schedule as one worker alone (medians). The engine alone (${n} independent explorations at once vs one, no pool): ${median(alone, (x) => x).toFixed(2)}× (rounds ${alone.map((x) => x.toFixed(2)).join(", ")})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
