import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { serveStatic, type StaticServer } from "./support/static-server";
import { laneNames, pickStrategy, run } from "./helpers";

// A fresh production build (into a temp folder, so dist/ is left alone), served as a plain
// static host would, from a sub-path, with no special headers.
const MOUNT = "/some/sub/path/";
let out: string;
let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  out = mkdtempSync(join(tmpdir(), "interleave-dist-"));
  execFileSync("npx", ["vite", "build", "--outDir", out, "--emptyOutDir", "--logLevel", "error"], {
    stdio: "inherit",
  });
  server = await serveStatic(out, MOUNT);
});

test.afterAll(async () => {
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

test("the built app runs from a sub-path, offline once loaded, and shows the pool's lanes", async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const outside: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "blob:"].includes(url.protocol) && !r.url().startsWith(server.url))
      outside.push(r.url());
  });

  await page.goto(server.url);
  await expect(page.getByRole("heading", { level: 1, name: "Interleave" })).toBeVisible();
  await expect(page.locator(".cm-content")).toBeVisible();
  await page.waitForLoadState("networkidle");
  // Once loaded, the network is no longer needed (the run worker was warmed on load).
  await context.setOffline(true);
  await pickStrategy(page, "Thread pool & futures");
  await run(page);
  expect(await laneNames(page)).toEqual([
    "GIL",
    "MainThread",
    "ThreadPoolExecutor-0_0",
    "ThreadPoolExecutor-0_1",
  ]);
  await context.setOffline(false);
  // Every file came from the sub-path: no absolute /assets URLs, no CDN.
  expect(outside).toEqual([]);
  expect(server.requests.every((p) => p.startsWith(MOUNT))).toBe(true);
  expect(errors).toEqual([]);
});
