/** Shared steps of the e2e specs: open the page, type a program, run it, pick a strategy. */
import { expect, type Page } from "@playwright/test";

/** Open the playground and wait for the CodeMirror editor (it loads lazily). */
export async function openApp(page: Page): Promise<void> {
  await page.goto("./");
  await expect(page.locator(".cm-content")).toBeVisible();
}

/** The editor, by its accessible name. */
export function editor(page: Page) {
  return page.getByRole("textbox", { name: "Python code" });
}

/** Replace the editor's text with `code`. */
export async function setCode(page: Page, code: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
}

/** The editor's text, as CodeMirror holds it. */
export async function editorText(page: Page): Promise<string> {
  return page
    .locator(".cm-content")
    .evaluate((el) => [...el.querySelectorAll(".cm-line")].map((l) => l.textContent).join("\n"));
}

/** Click Run and wait until the run has finished. */
export async function run(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Finished", { timeout: 30_000 });
}

/** Choose the preset titled `title` in the Strategy picker. */
export async function pickStrategy(page: Page, title: string): Promise<void> {
  const picker = page.getByLabel("Strategy");
  const value = await picker.locator("option", { hasText: title }).first().getAttribute("value");
  await picker.selectOption(value!);
}

/** The names of the timeline's lanes, top to bottom. */
export async function laneNames(page: Page): Promise<string[]> {
  const figure = page.getByRole("figure", { name: "Thread timeline" });
  return figure.getByRole("list", { name: "Lanes" }).getByRole("listitem").allInnerTexts();
}

/** The Output panel's program lines (without the time and thread tags). */
export async function outputTexts(page: Page): Promise<string[]> {
  return page.getByRole("region", { name: "Output" }).locator("li code").allInnerTexts();
}
