import { expect, test } from "@playwright/test";
import { openApp, pickStrategy, run, setCode } from "./helpers";

test("the lock preset fills the Locks table", async ({ page }) => {
  await openApp(page);
  await pickStrategy(page, "Shared variable + Lock");
  await run(page);
  const locks = page.getByRole("region", { name: "Locks" });
  await expect(locks.getByRole("img", { name: /Lock#1: holders and waiters/ })).toBeVisible();
  const row = locks.getByRole("row", { name: /Lock#1/ });
  // 6 acquisitions; every one after the first waited 100 ms for the other thread.
  await expect(row.getByRole("cell")).toHaveText(["6", "5", "500 ms", "100 ms", "200 ms", "—"]);
});

test("a deadlock shows the wait-for cycle and highlights its lanes", async ({ page }) => {
  await openApp(page);
  await setCode(
    page,
    [
      "import threading, time",
      "a = threading.Lock()",
      "b = threading.Lock()",
      "def one():",
      "    with a:",
      "        time.sleep(0.1)",
      "        with b:",
      "            pass",
      "def two():",
      "    with b:",
      "        time.sleep(0.1)",
      "        with a:",
      "            pass",
      "t1 = threading.Thread(target=one)",
      "t2 = threading.Thread(target=two)",
      "t1.start()",
      "t2.start()",
      "t1.join()",
      "",
    ].join("\n"),
  );
  await run(page);
  const locks = page.getByRole("region", { name: "Locks" });
  const alert = locks.getByRole("alert");
  await expect(alert).toContainText("Deadlock");
  await expect(alert).toContainText("Thread-1 (one) waits for Lock#2, held by Thread-2 (two)");
  await expect(alert).toContainText("Thread-2 (two) waits for Lock#1, held by Thread-1 (one)");
  const lanes = page.getByRole("figure", { name: "Thread timeline" }).getByRole("listitem");
  await expect(lanes.filter({ hasText: "deadlock" })).toHaveCount(2);
});
