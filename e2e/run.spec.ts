import { expect, test } from "@playwright/test";
import { openApp, outputTexts, run, setCode } from "./helpers";

test("Stop ends a runaway program and the next Run works at once", async ({ page }) => {
  await openApp(page);
  await setCode(page, "while True:\n    pass\n");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Running…");
  // The page stays responsive while the worker spins.
  await expect(page.getByLabel("Strategy")).toBeEnabled();
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("status")).toContainText("Stopped");
  await setCode(page, "print('after stop')\n");
  await run(page);
  expect(await outputTexts(page)).toEqual(["after stop"]);
});

test("Ctrl+Enter in the editor runs the program", async ({ page }) => {
  await openApp(page);
  await setCode(page, "print(6 * 7)\n");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByRole("status")).toContainText("Finished");
  expect(await outputTexts(page)).toEqual(["42"]);
});
