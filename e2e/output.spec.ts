import { expect, test } from "@playwright/test";
import { openApp, run, setCode } from "./helpers";

test("output lines carry time and thread; clicking one moves the timeline there", async ({
  page,
}) => {
  await openApp(page);
  await setCode(
    page,
    [
      "import threading, time",
      "def work():",
      "    time.sleep(2)",
      "    print('from worker')",
      "t = threading.Thread(target=work)",
      "t.start()",
      "print('from main')",
      "t.join()",
      "raise ValueError('boom')",
      "",
    ].join("\n"),
  );
  await run(page);
  const output = page.getByRole("region", { name: "Output" });
  const lines = output.getByRole("listitem");
  await expect(lines.nth(0)).toContainText("MainThread");
  await expect(lines.nth(0)).toContainText("from main");
  await expect(lines.nth(1)).toContainText("2 s");
  await expect(lines.nth(1)).toContainText("Thread-1 (work)");
  await expect(lines.nth(1)).toContainText("from worker");
  await expect(output.locator("li.traceback")).toHaveCount(4);
  await expect(output.locator("li.traceback").last()).toContainText("ValueError: boom");

  const ticks = page.getByRole("figure", { name: "Thread timeline" }).locator("g.tick text");
  await expect(ticks.first()).toHaveText("0 s");
  await lines.nth(1).getByRole("button", { name: "Show 2 s on the timeline" }).click();
  // Zoomed in around 2 s: the axis no longer starts at 0.
  await expect(ticks.first()).not.toHaveText("0 s");
});
