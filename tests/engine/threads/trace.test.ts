/** The trace: spans tile every thread's life, events tell the hand-offs, summaries add up. */
import { describe, expect, test } from "vitest";
import { runProgram } from "../../../src/engine/index";
import { lockStats, summaryLine, threadTotals } from "../../../src/engine/trace/summary";
import { TRACE_VERSION, type Trace } from "../../../src/engine/trace/types";

const trace = (src: string, model: "gil" | "free-threaded" = "gil"): Trace =>
  runProgram(src, { filename: "main.py", trace: true, model }).trace!;

const SLEEPERS = `
import threading, time
def task(s):
    time.sleep(s)
a = threading.Thread(target=task, args=(3,))
b = threading.Thread(target=task, args=(5,))
a.start(); b.start()
a.join(); b.join()
print("done")
`;

const CONTENDED = `
import threading, time
lock = threading.Lock()
def worker(name, hold):
    with lock:
        time.sleep(hold)
ts = [threading.Thread(target=worker, args=(n, h)) for n, h in (("a", 0.3), ("b", 0.1))]
for t in ts: t.start()
for t in ts: t.join()
`;

describe("spans", () => {
  for (const model of ["gil", "free-threaded"] as const)
    test(`tile each thread from creation to the end of the run (${model})`, () => {
      const t = trace(CONTENDED, model);
      expect(t.version).toBe(TRACE_VERSION);
      const end = Math.round(t.outcome.elapsed * 1e9);
      for (const th of t.threads) {
        const spans = t.spans.filter((s) => s.thread === th.id);
        expect(spans[0].start).toBe(th.created);
        for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBe(spans[i - 1].end);
        expect(spans[spans.length - 1].end).toBe(end);
        expect(spans[spans.length - 1].state).toBe("done");
      }
    });

  test("blocked spans say what they wait for; sleeps are their own state", () => {
    const t = trace(CONTENDED);
    const b = t.threads.find((x) => x.name === "Thread-2 (worker)")!;
    const blocked = t.spans.filter((s) => s.thread === b.id && s.state === "blocked");
    expect(blocked.map((s) => [s.kind, s.label])).toEqual([["lock", "Lock#1"]]);
    expect(blocked[0].end - blocked[0].start).toBeGreaterThan(0.29e9);
    const main = t.spans.filter((s) => s.thread === 1 && s.state === "blocked");
    expect(main.map((s) => s.label)).toContain("join(Thread-1 (worker))");
    const sleeping = t.spans.filter((s) => s.state === "sleeping");
    expect(sleeping.map((s) => s.label).sort()).toEqual(["sleep(0.1)", "sleep(0.3)"]);
    expect(sleeping.every((s) => s.line === 6)).toBe(true);
  });

  test("the GIL lane is the running spans, one thread at a time", () => {
    const t = trace(CONTENDED);
    for (let i = 1; i < t.gil.length; i++)
      expect(t.gil[i].start).toBeGreaterThanOrEqual(t.gil[i - 1].end);
    expect(trace(CONTENDED, "free-threaded").gil).toEqual([]);
  });
});

describe("events", () => {
  test("lock request, acquire with wait time, release with hold time", () => {
    const t = trace(CONTENDED);
    const kinds = t.events.filter((e) => e.type.startsWith("lock")).map((e) => [e.type, e.thread]);
    expect(kinds).toEqual([
      ["lock acquire", 2],
      ["lock request", 3],
      ["lock release", 2],
      ["lock acquire", 3],
      ["lock release", 3],
    ]);
    const [s] = lockStats(t);
    expect(s).toMatchObject({ name: "Lock#1", acquisitions: 2, contended: 1, holderAtEnd: null });
    expect(s.maxWait / 1e9).toBeCloseTo(0.3, 2);
    expect(s.maxHold / 1e9).toBeCloseTo(0.3, 2);
  });

  test("prints carry their thread and virtual time", () => {
    const t = trace(`
import threading, time
def w():
    time.sleep(0.5)
    print("from worker")
threading.Thread(target=w, name="w").start()
print("from main")
`);
    const prints = t.events.filter((e) => e.type === "print");
    expect(prints.map((e) => [e.thread, e.type === "print" && e.text])).toEqual([
      [1, "from main\n"],
      [2, "from worker\n"],
    ]);
    expect(prints[1].t / 1e9).toBeCloseTo(0.5, 3);
    expect(t.threads.map((x) => [x.name, x.parent, x.finished !== null])).toEqual([
      ["MainThread", null, true],
      ["w", 1, true],
    ]);
  });

  test("an uncaught exception in the main thread is an event", () => {
    const t = trace("x = 1\nraise ValueError('bad')\n");
    expect(t.events.find((e) => e.type === "exception")).toMatchObject({
      exception: "ValueError: bad",
      uncaught: true,
      line: 2,
    });
  });
});

describe("summaries", () => {
  test("the one-line summary of two overlapping sleepers", () => {
    const t = trace(SLEEPERS);
    expect(summaryLine(t)).toBe(
      "Wall time 5.0 s · main thread blocked 5.0 s in join(Thread-1 (task)) and 1 other wait · 2 workers busy 8.0 s · speed-up 1.6× vs sequential",
    );
    const totals = threadTotals(t);
    expect(totals[1].sleeping / 1e9).toBeCloseTo(3, 3);
  });

  test("a 1,000,000-instruction run keeps a small trace (spans, not instructions)", () => {
    const r = runProgram(
      `
import threading
def spin():
    x = 0
    for i in range(60000):
        x += i
ts = [threading.Thread(target=spin) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
`,
      { trace: true },
    );
    expect(r.instructions).toBeGreaterThan(1_000_000);
    expect(JSON.stringify(r.trace).length).toBeLessThan(200_000);
  });
});
