import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { runProgram } from "../src/engine/index";
import { exploreSync } from "../src/engine/explore/index";
import { summaryLine } from "../src/engine/trace/summary";
import { encodePermalink } from "../src/share/permalink";
import { COUNTER } from "../tests/programs/counter";
import { editorText, laneNames, openApp, outputTexts, pickStrategy, run, setCode } from "./helpers";

/** Wait for an exploration to end; its summary line and every bar's accessible name. */
async function explored(page: Page) {
  const outcomes = page.getByRole("region", { name: "Outcomes" });
  const line = outcomes.getByText(/schedules, seed|complete|stopped/);
  await expect(line).toBeVisible({ timeout: 60_000 });
  const bars = outcomes.getByRole("group", { name: /Outcomes histogram/ }).getByRole("button");
  return {
    line: await line.innerText(),
    bars: await bars.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label"))),
  };
}

/** Wait for a replayed witness; its preemption marks on the lanes and the panel's list. */
async function replayed(page: Page) {
  const list = page
    .getByRole("region", { name: "Outcomes" })
    .getByRole("list", { name: "Preemptions of the replayed witness" });
  await expect(list).toBeVisible({ timeout: 60_000 });
  const markers = page
    .getByRole("figure", { name: "Thread timeline" })
    .getByRole("img", { name: /preempted here/ });
  return {
    markers: await markers.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label"))),
    list: await list.innerText(),
  };
}

/** Everything a shared link must reproduce, read off the page. */
async function snapshot(page: Page) {
  const settings = page.getByRole("group", { name: "Settings" });
  return {
    code: await editorText(page),
    model: await settings.getByLabel("Model").inputValue(),
    cores: await settings.getByLabel("Cores").inputValue(),
    seed: await settings.getByLabel("Seed").inputValue(),
    lanes: await laneNames(page),
    summary: await page.locator("p.summary").innerText(),
    output: await outputTexts(page),
    step: await page.getByText(/^Step \d+ of \d+ · t = /).innerText(),
  };
}

test("Share → the link opened elsewhere shows the same code, settings, run and step", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await openApp(page);
  await pickStrategy(page, "Shared variable (no lock)");
  await setCode(page, `${await editorText(page)}\nprint("shared by a friend")\n`);
  const settings = page.getByRole("group", { name: "Settings" });
  await settings.getByLabel("Model").selectOption("free-threaded");
  await settings.getByLabel("Cores").fill("2");
  await settings.getByLabel("Seed").fill("4242");
  await run(page);
  const steps = page.getByRole("toolbar", { name: "Step-through controls" });
  for (let i = 0; i < 4; i++) await steps.getByRole("button", { name: "Step forward" }).click();
  const before = await snapshot(page);
  expect(before.step).toMatch(/^Step 4 of/);
  const urlBefore = page.url();

  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByText(/Link copied|Copy the link/)).toBeVisible();
  const link = await page.getByLabel("Share link").inputValue();
  expect(link).toMatch(/#v1=[A-Za-z0-9_-]+$/);
  // Share does not touch this page's address or history.
  expect(page.url()).toBe(urlBefore);

  // Someone else (no saved code of theirs) opens the link.
  const other = await browser.newContext();
  const friend = await other.newPage();
  await friend.goto(link);
  await expect(friend.getByRole("status").filter({ hasText: "Finished" })).toBeVisible({
    timeout: 30_000,
  });
  await expect(friend.getByText(/^Step 4 of/)).toBeVisible();
  expect(await snapshot(friend)).toEqual(before);
  await expect(friend.getByText("Showing a program from a shared link.")).toBeVisible();

  // Their own (default) program is one click away, and the link leaves the address bar.
  await friend.getByRole("button", { name: "Restore my code" }).click();
  expect(await editorText(friend)).toContain("ThreadPoolExecutor");
  expect(new URL(friend.url()).hash).toBe("");
  await other.close();
});

test("a tampered link says so, shows the default program and keeps the autosaved code", async ({
  page,
}) => {
  await openApp(page);
  await setCode(page, 'print("my own work")\n');
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = await page.getByLabel("Share link").inputValue();
  // Change one character in the middle of the data.
  const at = link.indexOf("#v1=") + 20;
  const tampered = link.slice(0, at) + (link[at] === "A" ? "B" : "A") + link.slice(at + 1);

  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(tampered);
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("This link could not be opened");
  await expect(page.getByRole("alert")).toContainText("your own code is saved and untouched");
  await expect(page.locator(".cm-content")).toBeVisible();
  expect(await editorText(page)).toContain("ThreadPoolExecutor");
  expect(errors).toEqual([]);

  await page.getByRole("button", { name: "Restore my code" }).click();
  expect(await editorText(page)).toBe('print("my own work")\n');
  await page.reload();
  await expect(page.locator(".cm-content")).toBeVisible();
  expect(await editorText(page)).toBe('print("my own work")\n');
});

test("editing a link's program never overwrites the autosave; a reload keeps the edit", async ({
  page,
}) => {
  await openApp(page);
  await setCode(page, 'print("mine")\n');
  await pickStrategy(page, "Queue");
  await setCode(page, 'print("from the link")\n');
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = await page.getByLabel("Share link").inputValue();
  // Back to what the user had, then open the link as a visitor would.
  await setCode(page, 'print("mine too")\n');
  await page.goto(link);
  await page.reload();
  await expect(page.getByText("Showing a program from a shared link.")).toBeVisible();
  expect(await editorText(page)).toBe('print("from the link")\n');
  await setCode(page, 'print("from the link, edited")\n');
  await expect.poll(() => page.url()).not.toBe(link);
  await page.reload();
  await expect(page.locator(".cm-content")).toBeVisible();
  expect(await editorText(page)).toBe('print("from the link, edited")\n');
  await page.getByRole("button", { name: "Restore my code" }).click();
  expect(await editorText(page)).toBe('print("mine too")\n');
  await pickStrategy(page, "Thread pool & futures");
  expect(await editorText(page)).toBe('print("mine")\n');
});

test("a link with a replay schedule and a step replays that very run", async ({ page }) => {
  const code = readFileSync("src/presets/queue_producer_consumer.py", "utf8");
  const settings = { model: "gil" as const, switchInterval: 0.005, cores: 4, seed: 7 };
  const ran = runProgram(code, { ...settings, trace: true, filename: "main.py" });
  const hash = encodePermalink({
    preset: "queue",
    code,
    settings,
    schedule: ran.schedule,
    step: 9,
  });
  await page.goto(`./#${hash}`);
  await expect(page.getByRole("status").filter({ hasText: "Finished" })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator("p.summary")).toHaveText(summaryLine(ran.trace!));
  expect(await laneNames(page)).toEqual(["GIL", ...ran.trace!.threads.map((t) => t.name)]);
  await expect(page.getByText(/^Step 9 of \d+ · t = /)).toBeVisible();
  expect(await outputTexts(page)).toEqual(ran.stdout.trimEnd().split("\n"));
});

test("a link made after exploring explores again: same explorer settings, same outcomes", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await setCode(page, COUNTER);
  const explorer = page.getByRole("group", { name: "Explorer" });
  await explorer.getByLabel("Search").selectOption({ label: "PCT (random priorities)" });
  await explorer.getByLabel("Interleaving model").selectOption({ label: "any instruction" });
  await explorer.getByLabel("Runs").fill("300");
  await explorer.getByLabel("Explorer seed").fill("7");
  await explorer.getByLabel("Explorer seed").blur();
  await page.getByRole("button", { name: "Explore" }).click();
  const found = await explored(page);
  expect(found.line).toMatch(/^300 PCT schedules, seed 7, under “any instruction”/);
  // The pool's runs together are one PCT exploration: the engine alone finds the same counts.
  const alone = exploreSync(COUNTER, { mode: "pct", model: "any", runs: 300, seed: 7 });
  expect(found.bars.map((b) => /printed "(\d)".*; (\d+) of 300/.exec(b ?? "")?.slice(1))).toEqual(
    alone.outcomes.map((o) => [o.stdout.trim(), String(o.count)]),
  );

  // The lost update: its witness replayed, its preemption marked.
  await page
    .getByRole("region", { name: "Outcomes" })
    .getByRole("button", { name: /printed "2"/ })
    .click();
  const witness = await replayed(page);
  expect(witness.markers).toEqual([
    expect.stringMatching(/^Thread-\d \(work\) preempted here, after reading counter$/),
  ]);

  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByText(/Opening it also explores the program again/)).toBeVisible();
  const link = await page.getByLabel("Share link").inputValue();

  const other = await browser.newContext();
  const friend = await other.newPage();
  await friend.goto(link);
  const theirs = friend.getByRole("group", { name: "Explorer" });
  await expect(theirs.getByLabel("Search")).toHaveValue("pct");
  await expect(theirs.getByLabel("Interleaving model")).toHaveValue("any");
  await expect(theirs.getByLabel("Runs")).toHaveValue("300");
  await expect(theirs.getByLabel("Explorer seed")).toHaveValue("7");
  // Nobody pressed Explore there: the link did, and found the same outcomes, counts and all,
  // then showed the shared run as the witness it was: same marks, same list.
  expect(await explored(friend)).toEqual(found);
  expect(await replayed(friend)).toEqual(witness);
  await other.close();

  // Once the code changes, the outcomes are of other code: the link no longer carries them.
  await setCode(page, COUNTER.replace("range(2)", "range(3)"));
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByText(/^Link copied|^Copy the link/)).toBeVisible();
  await expect(page.getByText(/Opening it also explores/)).toHaveCount(0);
});

test("a run of one's own while a link explores is not replaced by the link's witness", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const explore = { mode: "pct" as const, model: "any" as const, runs: 3000, seed: 7 };
  const lost = exploreSync(COUNTER, explore).outcomes.find((o) => o.stdout === "2\n")!;
  const hash = encodePermalink({
    preset: "shared-no-lock",
    code: COUNTER,
    settings: { model: "gil", switchInterval: 0.005, cores: 4, seed: 0 },
    explore,
    schedule: lost.schedule,
  });
  await page.goto(`./#${hash}`);
  await expect(page.getByRole("status")).toHaveText("Exploring…", { timeout: 30_000 });
  // The user runs the program themselves (under the GIL it prints 4) before the end.
  await run(page);
  const outcomes = page.getByRole("region", { name: "Outcomes" });
  await expect(outcomes.getByText(/schedules, seed 7/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("status")).toContainText("Finished");
  expect(await outputTexts(page)).toEqual(["4"]);
  await expect(
    outcomes.getByRole("list", { name: "Preemptions of the replayed witness" }),
  ).toHaveCount(0);
  await expect(
    page.getByRole("figure", { name: "Thread timeline" }).getByRole("img", { name: /preempted/ }),
  ).toHaveCount(0);
});
