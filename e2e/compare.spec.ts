/** Compare: the same workload run with each strategy, as a table of facts measured by the engine. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { editorText, openApp } from "./helpers";

// Each measurement explores five programs; on a loaded 2-core machine that can take a minute.
test.describe.configure({ timeout: 240_000 });

/** Open the Compare view and wait until its table is measured. */
async function openCompare(page: Page, opened = false) {
  if (!opened) await openApp(page);
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  const region = page.getByRole("region", { name: "Compare", exact: true });
  await expect(region.getByRole("status")).toContainText("Measured 5 strategies", {
    timeout: 150_000,
  });
  return region;
}

/** The cells of the row headed `strategy`, by column name. */
async function row(page: Page, strategy: string): Promise<Record<string, string>> {
  const table = page.getByRole("table");
  const headers = await table.getByRole("columnheader").allInnerTexts();
  const r = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: strategy }) });
  const cells = [
    await r.getByRole("rowheader").innerText(),
    ...(await r.getByRole("cell").allInnerTexts()),
  ];
  return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
}

test("the default workload: five strategies, measured", async ({ page }) => {
  const region = await openCompare(page);
  await expect(region.getByText("replaces it with measured facts")).toBeVisible();
  const table = region.getByRole("table");
  await expect(table.locator("caption")).toContainText("4 tasks (3, 5, 1, 2 s) with 2 workers");
  await expect(table.getByRole("rowheader")).toHaveText([
    "Thread pool & futures",
    "Shared variable (no lock)",
    "Shared variable + Lock",
    "Queue (producer/consumer)",
    "Callback (Thread + callback)",
  ]);

  const lock = await row(page, "Shared variable + Lock");
  expect(lock["Correct result"]).toMatch(/^100%/);
  expect(lock["Worker exception"]).toMatch(/^Lost/);

  const noLock = await row(page, "Shared variable (no lock)");
  expect(noLock["Correct result"]).not.toMatch(/^100%/);
  expect(noLock["Correct result"]).toMatch(/^\d+%/);
  expect(noLock["Distinct outcomes"]).toContain("total = 20");

  const pool = await row(page, "Thread pool & futures");
  expect(pool["Correct result"]).toMatch(/^100%/);
  expect(pool["Worker exception"]).toContain("Surfaced");
  expect(pool["Worker exception"]).toContain("re-raised by result() in MainThread");
  expect(pool["Wall time"]).toBe("6.0 s");
  expect(pool["MainThread blocked"]).toMatch(/^6\.0 s$/);

  // A small timeline per strategy, with a text alternative naming its threads.
  await expect(region.getByRole("img", { name: /^Timeline of / })).toHaveCount(5);
  await expect(
    region.getByRole("img", { name: /Timeline of Queue.*MainThread: blocked/ }),
  ).toBeVisible();
});

test("editing the workload and measuring again updates the table", async ({ page }) => {
  const region = await openCompare(page);
  await region.getByLabel("Workers").fill("1");
  await region.getByLabel("Task that raises").selectOption("none");
  await expect(region.getByText("The workload changed")).toBeVisible();
  await region.getByRole("button", { name: "Measure" }).click();
  await expect(region.getByRole("status")).toContainText("Measured 5 strategies", {
    timeout: 150_000,
  });
  await expect(region.locator("caption")).toContainText("with 1 worker");
  // One worker: the tasks run one after another (3+5+1+2 s) and nothing can race.
  for (const name of [
    "Thread pool & futures",
    "Shared variable (no lock)",
    "Queue (producer/consumer)",
  ]) {
    const r = await row(page, name);
    expect(r["Correct result"], name).toMatch(/^100%/);
    expect(r["Wall time"], name).toBe("11.0 s");
    expect(r["Worker exception"], name).toContain("no task raises");
  }
});

test("invalid input gets a message, keeps what was typed and measures nothing", async ({
  page,
}) => {
  const region = await openCompare(page);
  const durations = region.getByLabel("Task durations (seconds)");
  await durations.fill("3, five, 1");
  await expect(durations).toHaveAttribute("aria-invalid", "true");
  await expect(region.getByText('"five" is not a duration')).toBeVisible();
  await expect(region.getByRole("alert")).toContainText("cannot be measured");
  await expect(region.getByRole("button", { name: "Measure" })).toBeDisabled();
  await expect(durations).toHaveValue("3, five, 1");
  // The last measurement stays on screen.
  await expect(region.getByRole("rowheader")).toHaveCount(5);
  await region.getByLabel("Workers").fill("9");
  await expect(region.getByText("Workers must be a whole number from 1 to 4.")).toBeVisible();
  // Going to the playground and back loses nothing.
  await page.getByRole("button", { name: "Playground" }).click();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(region.getByLabel("Task durations (seconds)")).toHaveValue("3, five, 1");
});

test("Stop ends a measurement and Measure starts again", async ({ page }) => {
  const region = await openCompare(page);
  await region.getByLabel("Task durations (seconds)").fill("1, 2, 1, 2, 1, 2");
  await region.getByLabel("Workers").fill("3");
  // Press Stop as soon as the page has re-rendered after Measure (a measurement can finish
  // within the time Playwright's own actionability checks would take on an idle machine).
  const stopped = await region
    .getByRole("button", { name: "Measure" })
    .evaluate(async (measure: HTMLButtonElement) => {
      measure.click();
      await new Promise((r) => setTimeout(r, 0));
      const buttons = measure.parentElement?.querySelectorAll("button") ?? [];
      const stop = [...buttons].find((b) => b.textContent === "Stop");
      if (!stop || stop.disabled) return false;
      stop.click();
      return true;
    });
  expect(stopped).toBe(true);
  await expect(region.getByRole("status")).toContainText("Stopped");
  await region.getByLabel("Task durations (seconds)").fill("1, 2");
  await region.getByLabel("Task that raises").selectOption("none");
  await region.getByRole("button", { name: "Measure" }).click();
  await expect(region.getByRole("status")).toContainText("Measured 5 strategies", {
    timeout: 150_000,
  });
});

test("Open in editor loads the strategy's program, and Undo brings the old text back", async ({
  page,
}) => {
  await openCompare(page);
  await page.getByRole("button", { name: "Open in editor: Shared variable (no lock)" }).click();
  await expect(page.getByLabel("Strategy")).toHaveValue("shared-no-lock");
  expect(await editorText(page)).toContain("total += task(n, seconds)");
  await expect(
    page.getByRole("option", { name: "Shared variable (no lock) (modified)" }),
  ).toHaveCount(1);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByLabel("Strategy")).toHaveValue("pool-futures");
  expect(await editorText(page)).toContain("def fetch(n):");
  expect(await editorText(page)).not.toContain("DURATIONS");
  // The no-lock preset holds its own text again: nothing is marked modified.
  await expect(page.getByRole("option", { name: /\(modified\)/ })).toHaveCount(0);
});

for (const { colorScheme, width, height } of [
  { colorScheme: "light", width: 1280, height: 800 },
  { colorScheme: "dark", width: 390, height: 844 },
] as const)
  test(`no axe violations in Compare (${colorScheme}, ${width}×${height})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    const region = await openCompare(page);
    await region.getByLabel("Workers").fill("0"); // the error state too
    await expect(region.getByRole("alert")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect(summary).toEqual([]);
  });
