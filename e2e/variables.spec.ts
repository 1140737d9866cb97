import { expect, test, type Locator } from "@playwright/test";
import { editorText, openApp, pickStrategy, run } from "./helpers";

/** The value cell of `name` in a variables table. */
function valueOf(table: Locator, name: string): Locator {
  return table
    .getByRole("row", { name: new RegExp(`^${name}\\b`) })
    .getByRole("cell")
    .first();
}

test("stepping shows globals and each thread's locals at that moment", async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await pickStrategy(page, "Shared variable + Lock");
  await run(page);
  const steps = page.getByRole("toolbar", { name: "Step-through controls" });
  const forward = steps.getByRole("button", { name: "Step forward" });
  await expect(page.getByRole("region", { name: "Variables" })).toHaveCount(0);
  await forward.click();
  const panel = page.getByRole("region", { name: "Variables" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("Values at t = 0 s");
  const globals = panel.getByRole("table", { name: "Globals" });

  // The end of the run: both deposits done, the balance is 60, the lock free.
  await steps.getByRole("slider", { name: "Scrub" }).focus();
  await page.keyboard.press("End");
  await expect(valueOf(globals, "balance")).toHaveText("60");
  await expect(valueOf(globals, "lock")).toHaveText("<unlocked _thread.lock object>");
  await expect(valueOf(globals, "a")).toHaveText("<Thread(Thread-1 (deposit), stopped)>");

  // From the start, step until the first deposit has been stored: balance goes 0 → 10.
  await page.keyboard.press("Home");
  let seen = "";
  for (let i = 0; i < 80 && seen !== "10"; i++) {
    await forward.click();
    await expect(panel).toHaveAttribute("aria-busy", "false", { timeout: 20_000 });
    const row = globals.getByRole("row", { name: /^balance\b/ });
    seen = (await row.count()) ? ((await valueOf(globals, "balance").textContent()) ?? "") : "";
  }
  expect(seen).toBe("10");
  await expect(globals.getByRole("row", { name: /^balance\b/ })).toContainText("changed");

  // The thread that stored it sits after the store, its locals in its own section.
  const thread = panel.getByRole("region", { name: /^Thread Thread-\d \(deposit\)$/ }).filter({
    has: page.getByRole("table", { name: /Locals of deposit/ }).filter({ hasText: "current" }),
  });
  await expect(thread.first()).toBeVisible();
  const locals = thread.first().getByRole("table", { name: /Locals of deposit/ });
  await expect(valueOf(locals, "current")).toHaveText("0");
  await expect(valueOf(locals, "_")).toHaveText("0");
  await expect(thread.first().getByRole("list", { name: /Frames of/ })).toContainText(
    "in threading.py",
  );

  // The editor marks that thread's line, in the colour of its section here and its lane.
  const section = thread.first();
  const name = (await section.getAttribute("aria-label"))!.replace(/^Thread /, "");
  const color = (await section.getAttribute("style"))!.match(/--thread-color:\s*([^;]+)/)![1];
  const title = await section.getByText(/^deposit\(\) · line \d+$/).textContent();
  const line = Number(title!.match(/line (\d+)/)![1]);
  const code = (await editorText(page)).split("\n")[line - 1].trim();
  const mark = page.locator(".cm-thread-line", { hasText: `◀ ${name}` });
  await expect(mark).toContainText(code);
  await expect(mark.locator(".cm-thread-names > span", { hasText: name })).toHaveAttribute(
    "style",
    new RegExp(`--thread-color:\\s*${color}`),
  );

  // Done hides the panel.
  await steps.getByRole("button", { name: "Done" }).click();
  await expect(panel).toHaveCount(0);
});
