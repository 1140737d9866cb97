import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openApp, pickStrategy, run } from "./helpers";

for (const colorScheme of ["light", "dark"] as const) {
  test(`no axe violations after a run (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await pickStrategy(page, "Shared variable + Lock");
    await run(page);
    await page.getByText("Table view").click();
    await page.getByRole("button", { name: "Step forward" }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect(summary).toEqual([]);
  });
}
