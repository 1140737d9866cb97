/** Chrome Trace Event Format export (opens in Perfetto and chrome://tracing). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { runProgram } from "../../../src/engine/index";
import { toChromeTrace } from "../../../src/engine/trace/chrome";

const sample = readFileSync(
  join(__dirname, "..", "..", "conformance", "threads", "seed_01_thread_pool_futures.py"),
  "utf8",
);

test("one named, sorted thread per lane, plus the GIL lane", () => {
  const trace = runProgram(sample, { trace: true, filename: "main.py" }).trace!;
  const chrome = JSON.parse(JSON.stringify(toChromeTrace(trace)));
  const names = chrome.traceEvents
    .filter((e: { ph: string; name: string }) => e.ph === "M" && e.name === "thread_name")
    .map((e: { tid: number; args: { name: string } }) => [e.tid, e.args.name]);
  expect(names).toEqual([[0, "GIL"], ...trace.threads.map((t) => [t.id, t.name])]);
  expect(names.map((n: [number, string]) => n[1])).toContain("ThreadPoolExecutor-0_0");
});

test("slices in microseconds for every non-done span; sleeps carry their label", () => {
  const trace = runProgram(sample, { trace: true, filename: "main.py" }).trace!;
  const chrome = toChromeTrace(trace);
  const slices = chrome.traceEvents.filter((e) => e.ph === "X" && e.tid !== 0);
  expect(slices.length).toBe(trace.spans.filter((s) => s.state !== "done").length);
  const sleep = slices.find((e) => e.cat === "sleeping")!;
  expect(sleep.name).toMatch(/^sleep\(/);
  const longest = Math.max(...slices.map((e) => e.ts! + e.dur!));
  expect(longest).toBeCloseTo(trace.outcome.elapsed * 1e6, 0);
});

test("flow arrows for the future hand-offs: submit → running → done → consumed", () => {
  const trace = runProgram(sample, { trace: true, filename: "main.py" }).trace!;
  const chrome = toChromeTrace(trace);
  const starts = chrome.traceEvents.filter((e) => e.ph === "s").map((e) => e.name);
  expect(starts).toContain("future submit → future running");
  expect(starts).toContain("future done → future consumed");
  const ids = (ph: string) =>
    chrome.traceEvents
      .filter((e) => e.ph === ph)
      .map((e) => e.id)
      .sort();
  expect(ids("f")).toEqual(ids("s"));
});
