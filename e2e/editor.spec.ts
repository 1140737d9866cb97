import { expect, test } from "@playwright/test";
import { editor, editorText, openApp, pickStrategy, run, setCode } from "./helpers";

test("the editor is labelled, keeps edits of a preset and marks the picker (modified)", async ({
  page,
}) => {
  await openApp(page);
  await expect(editor(page)).toBeVisible();
  await pickStrategy(page, "Guide 2: shared variable");
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("\nprint('edited')");
  const picker = page.getByLabel("Strategy");
  await expect(picker.locator("option:checked")).toHaveText("Guide 2: shared variable (modified)");
  // Switching away and back keeps the edit.
  await pickStrategy(page, "Queue");
  await pickStrategy(page, "Guide 2: shared variable");
  expect(await editorText(page)).toContain("print('edited')");
  await page.getByRole("button", { name: "Reset to original" }).click();
  expect(await editorText(page)).not.toContain("print('edited')");
  await expect(picker.locator("option:checked")).toHaveText("Guide 2: shared variable");
});

test("a reload keeps the code (autosave)", async ({ page }) => {
  await openApp(page);
  await setCode(page, "print('kept across reloads')\n");
  await page.reload();
  await expect(page.locator(".cm-content")).toBeVisible();
  expect(await editorText(page)).toContain("print('kept across reloads')");
});

test("a syntax error shows a message at the right line and keeps the code", async ({ page }) => {
  await openApp(page);
  const code = "x = 1\ndef f(:\n    pass\n";
  await setCode(page, code);
  await run(page);
  await expect(page.getByRole("alert")).toContainText("SyntaxError: invalid syntax — line 2");
  await expect(page.locator(".cm-error-line")).toHaveText("def f(:");
  expect(await editorText(page)).toBe(code.trimEnd() + "\n");
});
