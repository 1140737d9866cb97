import { expect, test } from "@playwright/test";
import { laneNames, openApp, outputTexts, pickStrategy, run } from "./helpers";

/** What CPython 3.11 prints for each preset (checked with python3), and its thread lanes. */
const PRESETS: {
  title: string;
  lanes: string[];
  output: string[];
}[] = [
  {
    title: "Thread pool & futures",
    lanes: ["MainThread", "ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1"],
    output: [
      "submit/result: 9",
      "map: [1, 4, 9]",
      "as_completed: 1",
      "as_completed: 4",
      "as_completed: 25",
      "result() re-raised: task 4 failed",
    ],
  },
  {
    title: "Shared variable (no lock)",
    lanes: ["MainThread", "Thread-1 (deposit)", "Thread-2 (deposit)"],
    output: ["expected 60, got 30"],
  },
  {
    title: "Shared variable + Lock",
    lanes: ["MainThread", "Thread-1 (deposit)", "Thread-2 (deposit)"],
    output: ["expected 60, got 60"],
  },
  {
    title: "Queue",
    lanes: ["MainThread", "Thread-1 (consumer)"],
    output: [
      "produce 1",
      "produce 2",
      "produce 3",
      "consumed 1",
      "consumed 2",
      "consumed 3",
      "all done: [10, 20, 30]",
    ],
  },
  {
    title: "Callback",
    lanes: ["MainThread", "Thread-1 (work)", "ThreadPoolExecutor-0_0"],
    output: [
      "callback got 42 in Thread-1 (work)",
      "done callback got 49 in ThreadPoolExecutor-0_0",
      "done callback got 49 in MainThread",
    ],
  },
  {
    title: "Guide 1: thread pool and futures",
    lanes: ["MainThread", "ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1"],
    output: [],
  },
  {
    title: "Guide 2: shared variable",
    lanes: ["MainThread", "Thread-1 (lengthy_task)", "Thread-2 (lengthy_task)"],
    output: ["42"],
  },
  { title: "Guide 3: shared variable with lock (as printed)", lanes: ["MainThread"], output: [] },
  {
    title: "Guide 3: shared variable with lock (completed)",
    lanes: ["MainThread", "Thread-1 (lengthy_task)", "Thread-2 (lengthy_task)"],
    output: ["42"],
  },
  {
    title: "Guide 4: queue",
    lanes: ["MainThread", "Thread-1 (lengthy_task)"],
    output: ["42"],
  },
  {
    title: "Guide 5: callback",
    lanes: ["MainThread", "Thread-1 (lengthy_task)"],
    output: ["Got result: 42"],
  },
];

for (const p of PRESETS) {
  test(`strategy "${p.title}": lanes and output`, async ({ page }) => {
    await openApp(page);
    await pickStrategy(page, p.title);
    await expect(page.getByRole("region", { name: "Program" })).toContainText(
      /\S/, // the explanation is there
    );
    await run(page);
    expect(await laneNames(page)).toEqual(["GIL", ...p.lanes]);
    if (p.output.length === 0)
      await expect(page.getByRole("region", { name: "Output" })).toContainText(
        "The program printed nothing.",
      );
    else expect(await outputTexts(page)).toEqual(p.output);
  });
}
