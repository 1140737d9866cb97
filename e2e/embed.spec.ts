import AxeBuilder from "@axe-core/playwright";
import { fileURLToPath } from "node:url";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { encodePermalink } from "../src/share/permalink";
import { serveStatic, type StaticServer } from "./support/static-server";
import { COUNTER } from "../tests/programs/counter";

// The example host page, served from another origin (127.0.0.1 and another port) than the app.
let host: StaticServer;
test.beforeAll(async () => {
  host = await serveStatic(fileURLToPath(new URL("../examples", import.meta.url)), "/docs/");
});
test.afterAll(async () => host?.close());

/** Open the example host page, recording the resize messages it receives per frame. */
async function openHost(page: Page, baseURL: string | undefined) {
  const app = new URL("/", baseURL).href;
  await page.addInitScript(() => {
    const w = window as unknown as { resizes: Record<string, number[]> };
    w.resizes = {};
    window.addEventListener("message", (e) => {
      if (e.data?.type !== "interleave:resize") return;
      const frame = [...document.querySelectorAll("iframe")].find(
        (f) => f.contentWindow === e.source,
      );
      (w.resizes[frame?.id ?? "?"] ??= []).push(e.data.height);
    });
  });
  await page.goto(`${host.url}host.html?app=${encodeURIComponent(app)}`);
}

const lanes = (frame: FrameLocator) =>
  frame
    .getByRole("figure", { name: "Thread timeline" })
    .getByRole("list", { name: "Lanes" })
    .getByRole("listitem");

test("two cross-origin embeds size themselves through resize messages and render lanes", async ({
  page,
  baseURL,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await openHost(page, baseURL);
  const pool = page.frameLocator("#pool");
  const own = page.frameLocator("#own");
  expect(new URL(host.url).origin).not.toBe(new URL(baseURL!).origin);

  // The read-only frame runs at once (autorun) and shows the pool's lanes.
  await expect(lanes(pool)).toHaveCount(4, { timeout: 30_000 });
  await expect(lanes(pool).first()).toHaveText("GIL");
  await expect(lanes(pool).nth(2)).toHaveText("ThreadPoolExecutor-0_0");
  // The other frame waits for Run.
  await expect(own.getByText("Press Run: the thread timeline appears here.")).toBeVisible();
  await own.getByRole("button", { name: "Run", exact: true }).click();
  await expect(lanes(own)).toHaveCount(4, { timeout: 30_000 });
  await expect(own.getByRole("region", { name: "Output" })).toBeVisible();

  // Both frames reported their height, and the host sized each iframe to it.
  await expect
    .poll(() => page.evaluate(() => Object.keys((window as never as { resizes: object }).resizes)))
    .toEqual(expect.arrayContaining(["pool", "own"]));
  for (const id of ["pool", "own"]) {
    const iframe = page.locator(`#${id}`);
    await expect
      .poll(async () => {
        const reported = await page.evaluate(
          (k) => (window as never as { resizes: Record<string, number[]> }).resizes[k].at(-1)!,
          id,
        );
        return Math.abs((await iframe.evaluate((el) => el.clientHeight)) - reported);
      })
      .toBeLessThan(1);
    // The content fits the frame: nothing scrolls inside it.
    const frame = (await iframe.elementHandle())!.contentFrame();
    const fits = await (await frame)!.evaluate(
      () => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1,
    );
    expect(fits, `#${id} content fits its frame`).toBe(true);
  }
  const heights = await page.evaluate(
    () => (window as never as { resizes: Record<string, number[]> }).resizes.own,
  );
  expect(heights.at(-1)!).toBeGreaterThan(heights[0]);
  expect(errors).toEqual([]);
});

test("a load message from the host replaces the code and runs it; readonly holds", async ({
  page,
  baseURL,
}) => {
  await openHost(page, baseURL);
  const pool = page.frameLocator("#pool");
  const own = page.frameLocator("#own");
  await expect(lanes(pool)).toHaveCount(4, { timeout: 30_000 });

  // Read-only: typing changes nothing, and the editor says it is read-only.
  const code = pool.getByRole("textbox", { name: "Python code" });
  await expect(code).toHaveAttribute("aria-readonly", "true");
  const before = await code.innerText();
  await code.click();
  await page.keyboard.type("oops");
  expect(await code.innerText()).toBe(before);

  await page.getByRole("button", { name: "Load the queue example" }).click();
  await expect(own.getByRole("textbox", { name: "Python code" })).toContainText(
    "import queue, threading",
  );
  await expect(lanes(own)).toHaveText(["GIL", "MainThread", "Thread-1 (producer)"], {
    timeout: 30_000,
  });
  await expect(own.getByRole("region", { name: "Output" }).locator("li code")).toHaveText([
    "got 0",
    "got 1",
    "got 4",
  ]);
  // The editable frame stays editable.
  await expect(own.getByRole("textbox", { name: "Python code" })).not.toHaveAttribute(
    "aria-readonly",
    "true",
  );
});

test("a malformed load message is refused with a message, and nothing of it runs", async ({
  page,
  baseURL,
}) => {
  await openHost(page, baseURL);
  const own = page.frameLocator("#own");
  const code = own.getByRole("textbox", { name: "Python code" });
  await expect(code).toContainText("ThreadPoolExecutor");
  await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>("#own")!;
    frame.contentWindow!.postMessage(
      { type: "interleave:load", code: "print(1)", onload: "parent.document.title = 'pwned'" },
      "*",
    );
  });
  await expect(own.getByRole("alert")).toHaveText(
    'The host page sent a message this frame cannot use: the message has unknown field "onload".',
  );
  await expect(code).toContainText("ThreadPoolExecutor");
  await expect(page).toHaveTitle("Interleave embed example");
});

test("embed options: theme, autorun, initial step and panels", async ({ page }) => {
  await page.goto("./?embed&theme=dark&autorun&step=3&panels=timeline,steps,bogus");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByText(/^Step 3 of \d+ · t = /)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("figure", { name: "Thread timeline" })).toBeVisible();
  // Only the panels asked for (unknown names are ignored quietly).
  await expect(page.getByRole("region", { name: "Output" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Strategy" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Share" })).toHaveCount(0);
});

test("embed mode has no axe violations, light and dark", async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("./?embed&autorun&readonly&panels=timeline,steps,output,locks");
    await expect(page.getByRole("status").filter({ hasText: "Finished" })).toBeVisible({
      timeout: 30_000,
    });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${colorScheme} ${v.id}`)).toEqual([]);
  }
});

test("panels=outcomes: an embed explores its program and shows every outcome", async ({ page }) => {
  const hash = encodePermalink({
    preset: "shared-no-lock",
    code: COUNTER,
    settings: { model: "gil", switchInterval: 0.005, cores: 4, seed: 0 },
  });
  await page.goto(`./?embed&panels=timeline,outcomes#${hash}`);
  await page.getByLabel("Interleaving model").selectOption({ label: "any instruction" });
  await page.getByRole("button", { name: "Explore" }).click();
  const outcomes = page.getByRole("region", { name: "Outcomes" });
  await expect(outcomes.getByText(/complete/)).toBeVisible({ timeout: 60_000 });
  const labels = await outcomes
    .getByRole("group", { name: /Outcomes histogram/ })
    .getByRole("button")
    .evaluateAll((els) =>
      els.map((e) => /printed "([^"]*)"/.exec(e.getAttribute("aria-label") ?? "")?.[1]),
    );
  expect(labels.sort()).toEqual(["2", "3", "4"]);
});

test("the Embed code of an explored program shows its outcomes at once, as explored", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("./");
  await expect(page.locator(".cm-content")).toBeVisible();
  await page.getByRole("textbox", { name: "Python code" }).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(COUNTER);
  const explorer = page.getByRole("group", { name: "Explorer" });
  await explorer.getByLabel("Interleaving model").selectOption({ label: "any instruction" });
  await explorer.getByLabel("Preemption bound").fill("1");
  await explorer.getByLabel("Preemption bound").blur();
  await page.getByRole("button", { name: "Explore" }).click();
  const outcomes = page.getByRole("region", { name: "Outcomes" });
  await expect(outcomes.getByText(/complete/)).toBeVisible({ timeout: 60_000 });
  // What each bar says was printed (3 needs two preemptions). A bounded search shared by
  // workers can count a few schedules more or less, but finds the same outcomes.
  const printed = async (o: typeof outcomes) =>
    (
      await o
        .getByRole("group", { name: /Outcomes histogram/ })
        .getByRole("button")
        .evaluateAll((els) =>
          els.map((e) => /printed "(\d)"/.exec(e.getAttribute("aria-label")!)![1]),
        )
    ).sort();
  const line = /with at most 1 preemption, complete, under “any instruction”/;
  await expect(outcomes.getByText(/complete/)).toHaveText(line);
  expect(await printed(outcomes)).toEqual(["2", "4"]);

  await page.getByRole("button", { name: "Embed", exact: true }).click();
  await expect(page.getByText(/The embed also explores the program when it loads/)).toBeVisible();
  const snippet = await page.getByLabel("Embed code").inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, "&");
  expect(new URL(src).search).toBe("?embed&autorun&panels=timeline,output,outcomes");

  await page.goto(src);
  const embedded = page.getByRole("region", { name: "Outcomes" });
  await expect(embedded.getByText(/complete/)).toHaveText(line, { timeout: 60_000 });
  expect(await printed(embedded)).toEqual(["2", "4"]);
  await expect(page.getByLabel("Preemption bound")).toHaveValue("1");
});

test("a load message with explorer settings runs the program, then explores it so", async ({
  page,
  baseURL,
}) => {
  await openHost(page, baseURL);
  // A third frame, showing outcomes, added by the host page.
  const src = `${new URL("/", baseURL).href}?embed&panels=output,outcomes`;
  await page.evaluate((url) => {
    const frame = document.createElement("iframe");
    frame.id = "explorer";
    frame.src = url;
    frame.style.height = "900px";
    document.body.append(frame);
  }, src);
  const frame = page.frameLocator("#explorer");
  await expect(frame.locator(".cm-content")).toBeVisible({ timeout: 30_000 });
  await page.evaluate((code) => {
    const frame = document.querySelector<HTMLIFrameElement>("#explorer")!;
    const explore = { mode: "exhaustive", model: "gil", runs: 5000 };
    frame.contentWindow!.postMessage({ type: "interleave:load", code, run: true, explore }, "*");
  }, COUNTER);
  await expect(frame.getByRole("region", { name: "Output" }).locator("li code")).toHaveText(["4"], {
    timeout: 30_000,
  });
  // Under the GIL (not the default model) `counter += 1` is never split: one outcome.
  const outcomes = frame.getByRole("region", { name: "Outcomes" });
  await expect(outcomes.getByText(/complete/)).toHaveText(
    /^All \d+ interleavings?, complete, under “CPython 3.12 with GIL”/,
    { timeout: 60_000 },
  );
  await expect(
    outcomes.getByRole("group", { name: /Outcomes histogram/ }).getByRole("button"),
  ).toHaveCount(1);
  await expect(frame.getByLabel("Budget (schedules)")).toHaveValue("5000");
});
