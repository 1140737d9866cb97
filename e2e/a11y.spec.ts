import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openApp, pickStrategy, run } from "./helpers";

const CASES = [
  { colorScheme: "light", width: 1280, height: 800 },
  { colorScheme: "dark", width: 1280, height: 800 },
  { colorScheme: "light", width: 390, height: 844 },
  { colorScheme: "dark", width: 390, height: 844 },
] as const;

for (const { colorScheme, width, height } of CASES) {
  test(`no axe violations after a run (${colorScheme}, ${width}×${height})`, async ({ page }) => {
    // Stepping replays the run in the worker, and axe walks a larger page: slow on a busy machine.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await pickStrategy(page, "Shared variable + Lock");
    await run(page);
    await page.getByText("Table view").click();
    // Step into the run so the Variables panel (globals and every thread's locals) is checked too.
    for (let i = 0; i < 12; i++) await page.getByRole("button", { name: "Step forward" }).click();
    const variables = page.getByRole("region", { name: "Variables" });
    await expect(
      variables.getByRole("table", { name: /^Locals of deposit/ }).first(),
    ).toBeVisible();
    await expect(variables).toHaveAttribute("aria-busy", "false", { timeout: 20_000 });
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect(summary).toEqual([]);
  });
}
