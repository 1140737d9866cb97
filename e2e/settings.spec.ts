import { expect, test } from "@playwright/test";
import { laneNames, openApp, pickStrategy, run } from "./helpers";

test("settings: model, switch interval, cores and a new seed", async ({ page }) => {
  await openApp(page);
  const settings = page.getByRole("group", { name: "Settings" });
  const model = settings.getByLabel("Model");
  const cores = settings.getByLabel("Cores");
  const seed = settings.getByLabel("Seed");
  await expect(model).toHaveValue("gil");
  await expect(cores).toBeDisabled();
  await expect(settings.getByLabel("Switch interval (ms)")).toHaveValue("5");
  await settings.getByRole("button", { name: "New seed" }).click();
  await expect(seed).not.toHaveValue("0");

  await pickStrategy(page, "Guide 2: shared variable");
  await run(page);
  expect((await laneNames(page))[0]).toBe("GIL");

  await model.selectOption("free-threaded");
  await expect(cores).toBeEnabled();
  await run(page);
  expect(await laneNames(page)).not.toContain("GIL");
});
