import { expect, test } from "@playwright/test";
import { openApp, pickStrategy, run } from "./helpers";

test("step-through moves a playhead and marks each thread's line in the editor", async ({
  page,
}) => {
  // Many small steps: give a loaded machine time.
  test.setTimeout(60_000);
  await openApp(page);
  await pickStrategy(page, "Guide 2: shared variable");
  await run(page);
  const steps = page.getByRole("toolbar", { name: "Step-through controls" });
  await expect(steps.getByRole("button", { name: "Step back" })).toBeDisabled();
  await steps.getByRole("button", { name: "Step forward" }).click();
  await expect(page.getByText(/^Step 1 of \d+ · t = 0 s$/)).toBeVisible();
  const scrub = steps.getByRole("slider", { name: "Scrub" });
  // Scrub to the end: both workers done, MainThread printing.
  await scrub.focus();
  await page.keyboard.press("End");
  await expect(page.locator("line.playhead")).not.toHaveAttribute("display", "none");
  const threads = page.getByRole("list", { name: "Threads at the playhead" });
  await expect(threads).toContainText("Thread-1 (lengthy_task) done");
  // Back to the middle of the sleeps: each worker sits on time.sleep(3), in its colour.
  await page.keyboard.press("Home");
  // Step until Thread-1 has started sleeping (a handful of steps into the run).
  for (let i = 0; i < 40; i++) {
    if ((await threads.textContent())?.includes("Thread-1 (lengthy_task) sleeping")) break;
    await steps.getByRole("button", { name: "Step forward" }).click();
  }
  await expect(threads).toContainText("Thread-1 (lengthy_task) sleeping: sleep(3) · line 8");
  await expect(page.locator(".cm-thread-line", { hasText: "time.sleep(3)" })).toContainText(
    "◀ Thread-1 (lengthy_task)",
  );
  await steps.getByRole("button", { name: "Step back" }).click();
  await steps.getByRole("button", { name: "Play" }).click();
  await expect(steps.getByRole("button", { name: "Pause" })).toBeVisible();
  await steps.getByRole("button", { name: "Pause" }).click();
  await expect(steps.getByRole("button", { name: "Play" })).toBeVisible();
});
