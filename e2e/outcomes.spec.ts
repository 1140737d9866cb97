import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openApp, pickStrategy, setCode } from "./helpers";
import { COUNTER } from "../tests/programs/counter";

const LOCKED = COUNTER.replace(
  "import threading\n",
  "import threading\nlock = threading.Lock()\n",
).replace("        counter += 1", "        with lock:\n            counter += 1");

/** The counter with a third thread, every thread doing `times` increments. */
const withThird = (times: number) =>
  COUNTER.replace("range(2)", `range(${times})`).replace(
    "t2.start()",
    "t2.start()\nt3 = threading.Thread(target=work); t3.start(); t3.join()",
  );

const outcomes = (page: Page) => page.getByRole("region", { name: "Outcomes" });
const bars = (page: Page) =>
  outcomes(page)
    .getByRole("group", { name: /Outcomes histogram/ })
    .getByRole("button");

/** Explore under "any instruction" and wait until the search has ended. */
async function explore(page: Page): Promise<void> {
  await page.getByLabel("Interleaving model").selectOption({ label: "any instruction" });
  await page.getByRole("button", { name: "Explore" }).click();
  await expect(outcomes(page).getByText(/complete|incomplete|schedules, seed/)).toBeVisible({
    timeout: 60_000,
  });
}

/** What each bar says was printed, in order. */
async function printed(page: Page): Promise<string[]> {
  const names = await bars(page).evaluateAll((els) =>
    els.map((e) => e.getAttribute("aria-label") ?? ""),
  );
  return names.map((n) => /printed "([^"]*)"/.exec(n)?.[1] ?? n);
}

test.describe.configure({ timeout: 120_000 });

test("the unlocked counter has exactly the outcomes 2, 3 and 4, complete", async ({ page }) => {
  await openApp(page);
  await setCode(page, COUNTER);
  await explore(page);
  const panel = outcomes(page);
  await expect(
    panel.getByText(/^All \d+ interleavings, complete, under “any instruction”/),
  ).toBeVisible();
  expect((await printed(page)).sort()).toEqual(["2", "3", "4"]);
  await expect(panel).toContainText("not how often each outcome happens on a real machine");
  // Each bar shows its count and share of the schedules.
  await expect(bars(page).first()).toHaveAccessibleName(/\d+ of \d+ schedules \(\d+\.\d%\)/);
});

test("with a lock there is one outcome", async ({ page }) => {
  await openApp(page);
  await setCode(page, LOCKED);
  await explore(page);
  await expect(outcomes(page).getByText(/complete/)).toBeVisible();
  expect(await printed(page)).toEqual(["4"]);
});

test("clicking a bar replays its witness, with the preemption marked on the lane", async ({
  page,
}) => {
  await openApp(page);
  await setCode(page, COUNTER);
  await explore(page);
  const lost = bars(page).filter({ has: page.locator("text", { hasText: /^2$/ }) });
  await expect(lost).toHaveAccessibleName(/printed "2".*1 preemption\)$/);
  // Keyboard-operable: focus the bar and press Enter.
  await lost.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Finished");
  const timeline = page.getByRole("figure", { name: "Thread timeline" });
  const marker = timeline.getByRole("img", {
    name: /^Thread-\d \(work\) preempted here, after reading counter$/,
  });
  await expect(marker).toHaveCount(1);
  await expect(marker).toBeVisible();
  await expect(page.getByRole("region", { name: "Output" }).locator("li code")).toHaveText(["2"]);
  await expect(
    outcomes(page).getByRole("list", { name: "Preemptions of the replayed witness" }),
  ).toContainText("preempted here, after reading counter");
  // The histogram, the replay list and the marks keep axe clean, in both themes.
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  }
  // An ordinary Run clears the witness marks.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Finished");
  await expect(timeline.getByRole("img", { name: /preempted here/ })).toHaveCount(0);
});

test("an exhaustive search on the worker pool runs exactly its budget", async ({ page }) => {
  await openApp(page);
  // Far more interleavings than the budget.
  await setCode(page, withThird(3));
  await page.getByLabel("Budget (schedules)").fill("300");
  await page.getByLabel("Budget (schedules)").press("Tab");
  await explore(page);
  await expect(
    outcomes(page).getByText(
      /^300 interleavings under “any instruction”: the search stopped at its run budget, incomplete/,
    ),
  ).toBeVisible();
  // The bars' counts add up to the same 300.
  const counts = await bars(page).evaluateAll((els) =>
    els.map((e) =>
      Number(/(\d+) of (\d+) schedules/.exec(e.getAttribute("aria-label") ?? "")?.[1]),
    ),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(300);
});

test("Stop cancels a long exploration and the page stays usable", async ({ page }) => {
  await openApp(page);
  await setCode(page, withThird(6));
  await page.getByLabel("Interleaving model").selectOption({ label: "any instruction" });
  await page.getByRole("button", { name: "Explore" }).click();
  await expect(page.getByRole("status")).toHaveText("Exploring…");
  await expect(outcomes(page)).toContainText(/schedules\/s/, { timeout: 30_000 });
  await expect(page.getByLabel("Strategy")).toBeEnabled();
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(
    outcomes(page).getByText(
      /^Stopped after [\d,]+ schedules? under “any instruction”: incomplete/,
    ),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Stop" })).toBeDisabled();
  // Fresh workers are ready: a new exploration and a run both work.
  await setCode(page, COUNTER);
  await explore(page);
  expect((await printed(page)).sort()).toEqual(["2", "3", "4"]);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Finished");
});

for (const title of ["Guide 2: shared variable", "Guide 3: shared variable with lock (completed)"])
  test(`the guide's sample "${title}" has exactly one outcome: 42`, async ({ page }) => {
    await openApp(page);
    await pickStrategy(page, title);
    await explore(page);
    await expect(outcomes(page).getByText(/complete/)).toBeVisible();
    expect(await printed(page)).toEqual(["42"]);
  });
