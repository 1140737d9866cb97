import { expect, test } from "@playwright/test";
import { openApp, pickStrategy, run, setCode } from "./helpers";

test("the timeline: legend, summary, zoom and fit, tooltip, click → editor line", async ({
  page,
}) => {
  await openApp(page);
  await pickStrategy(page, "Guide 2: shared variable");
  await run(page);
  const figure = page.getByRole("figure", { name: "Thread timeline" });
  await expect(figure).toBeVisible();
  const legend = figure.getByRole("list", { name: "Legend" });
  for (const state of ["running", "waiting for the GIL", "blocked", "sleeping", "done"])
    await expect(legend).toContainText(state);
  await expect(
    page.getByText(/^Wall time 3\.0 s · main thread blocked 3\.0 s in join/),
  ).toBeVisible();

  const ticks = figure.locator("g.tick text");
  await expect(ticks.first()).toHaveText("0 s");
  await figure.getByRole("button", { name: "Zoom in" }).click();
  await figure.getByRole("button", { name: "Zoom in" }).click();
  await figure.getByRole("button", { name: "Pan left" }).click();
  await expect(ticks.last()).not.toHaveText("3 s");
  // Keyboard: 0 fits the run again.
  const plot = figure.getByRole("application");
  await plot.focus();
  await page.keyboard.press("0");
  await expect(ticks.last()).toHaveText("3 s");
  await page.keyboard.press("+");
  await expect(ticks.last()).not.toHaveText("3 s");
  await figure.getByRole("button", { name: "Fit to run" }).click();
  await expect(ticks.last()).toHaveText("3 s");

  // Hover the middle of Thread-1's lane (third lane, after the GIL and MainThread): sleeping.
  const box = (await plot.boundingBox())!;
  const laneY = box.y + 22 + 2 * 32 + 13;
  await page.mouse.move(box.x + box.width / 2, laneY);
  const tip = page.getByRole("tooltip");
  await expect(tip).toContainText("Thread-1 (lengthy_task)");
  await expect(tip).toContainText("sleeping: sleep(3)");
  await expect(tip).toContainText("duration 3 s");
  await expect(tip).toContainText("line 8");
  await page.mouse.click(box.x + box.width / 2, laneY);
  await expect(page.locator(".cm-selected-line")).toHaveText("    time.sleep(3)");
});

test("the table view lists spans and a hand-off arrow for the lock preset", async ({ page }) => {
  await openApp(page);
  await pickStrategy(page, "Shared variable + Lock");
  await run(page);
  const figure = page.getByRole("figure", { name: "Thread timeline" });
  await expect(figure.locator("line.handoff-lock").first()).toBeAttached();
  await page.getByText("Table view").click();
  const handoffs = page.getByRole("table", { name: "Hand-offs" });
  await expect(
    handoffs.getByRole("row", { name: /Lock#1: release → acquire/ }).first(),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: "Spans" })).toContainText("sleep(0.2)");
});

for (const [preset, kind, label] of [
  ["Thread pool & futures", "result", /Future#\d+.*: result\(\) returns 9/],
  ["Queue", "queue", /Queue#1: put\(1\) → get\(\)/],
] as const) {
  test(`a hand-off arrow for the "${preset}" preset`, async ({ page }) => {
    await openApp(page);
    await pickStrategy(page, preset);
    await run(page);
    const figure = page.getByRole("figure", { name: "Thread timeline" });
    await expect(figure.locator(`line.handoff-${kind}`).first()).toBeAttached();
    await page.getByText("Table view").click();
    await expect(
      page.getByRole("table", { name: "Hand-offs" }).getByRole("row", { name: label }).first(),
    ).toBeVisible();
  });
}

test("a thread ended by an exception is tagged on its lane and marked where it raised", async ({
  page,
}) => {
  await openApp(page);
  await setCode(
    page,
    [
      "import threading, time",
      "def work():",
      "    time.sleep(0.1)",
      "    raise ValueError('boom in worker')",
      "t = threading.Thread(target=work)",
      "t.start()",
      "t.join()",
      "",
    ].join("\n"),
  );
  await run(page);
  const figure = page.getByRole("figure", { name: "Thread timeline" });
  await expect(figure.getByRole("listitem", { name: /Thread-1 \(work\)/ })).toContainText("✕ died");
  await expect(figure.locator("text.marker-exception title")).toHaveText(
    "uncaught ValueError: boom in worker",
  );
});
