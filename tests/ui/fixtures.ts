/** Hand-made traces for the layout tests, shaped like what the engine records. */
import type { Span, Trace, TraceEvent, TraceThread } from "../../src/engine/trace/types";

const S = 1e9;

function thread(id: number, name: string, created: number, finished: number | null): TraceThread {
  return {
    id,
    name,
    ident: 1000 + id,
    daemon: false,
    parent: id === 1 ? null : 1,
    created,
    started: created,
    finished,
    error: null,
  };
}

function base(partial: Partial<Trace> & Pick<Trace, "threads" | "spans" | "events">): Trace {
  return {
    version: 1,
    model: "gil",
    settings: { switchInterval: 0.005, cores: 4, seed: 0 },
    filename: "main.py",
    gil: [],
    objects: [],
    outcome: { stdout: "", stderr: "", exitCode: 0, elapsed: 5, deadlock: null },
    instructions: 1000,
    truncated: false,
    schedule: "",
    ...partial,
  };
}

/** The guide's thread-pool sample: two tasks sleeping 3 s and 5 s, main blocked in result(). */
export function poolTrace(): Trace {
  const spans: Span[] = [
    { thread: 1, state: "running", start: 0, end: 2000, line: 1 },
    {
      thread: 1,
      state: "blocked",
      start: 2000,
      end: 3 * S,
      line: 13,
      kind: "future result",
      object: 1,
      label: "future1.result()",
    },
    { thread: 1, state: "running", start: 3 * S, end: 3 * S + 400, line: 13 },
    {
      thread: 1,
      state: "blocked",
      start: 3 * S + 400,
      end: 5 * S,
      line: 14,
      kind: "future result",
      object: 2,
      label: "future2.result()",
    },
    { thread: 1, state: "running", start: 5 * S, end: 5 * S + 1000, line: 14 },
    { thread: 1, state: "done", start: 5 * S + 1000, end: 5 * S + 1000, line: 14 },
    { thread: 2, state: "running", start: 1000, end: 1200, line: 5 },
    {
      thread: 2,
      state: "sleeping",
      start: 1200,
      end: 3 * S + 1200,
      line: 5,
      kind: "sleep",
      label: "sleep(3)",
    },
    { thread: 2, state: "running", start: 3 * S + 1200, end: 3 * S + 1300, line: 6 },
    {
      thread: 2,
      state: "blocked",
      start: 3 * S + 1300,
      end: 5 * S + 1000,
      line: 0,
      kind: "queue get",
      label: "work_queue.get()",
    },
    { thread: 2, state: "done", start: 5 * S + 1000, end: 5 * S + 1000, line: 0 },
    { thread: 3, state: "running", start: 1500, end: 1700, line: 5 },
    {
      thread: 3,
      state: "sleeping",
      start: 1700,
      end: 5 * S + 1700,
      line: 5,
      kind: "sleep",
      label: "sleep(5)",
    },
    { thread: 3, state: "running", start: 5 * S + 1700, end: 5 * S + 1800, line: 6 },
    { thread: 3, state: "done", start: 5 * S + 1800, end: 5 * S + 1800, line: 6 },
  ];
  const events: TraceEvent[] = [
    { t: 900, thread: 1, line: 10, type: "future submit", object: 1, fn: "lengthy_task" },
    { t: 1000, thread: 2, line: 0, type: "future running", object: 1 },
    { t: 1400, thread: 1, line: 11, type: "future submit", object: 2, fn: "lengthy_task" },
    { t: 1500, thread: 3, line: 0, type: "future running", object: 2 },
    {
      t: 3 * S + 1250,
      thread: 2,
      line: 6,
      type: "future done",
      object: 1,
      result: "'Completed 3 second task'",
      exception: null,
    },
    { t: 3 * S + 1300, thread: 1, line: 13, type: "future consumed", object: 1, reraised: false },
    {
      t: 5 * S + 1750,
      thread: 3,
      line: 6,
      type: "future done",
      object: 2,
      result: "'Completed 5 second task'",
      exception: null,
    },
    { t: 5 * S + 1800, thread: 1, line: 14, type: "future consumed", object: 2, reraised: false },
  ];
  return base({
    threads: [
      thread(1, "MainThread", 0, 5 * S + 1000),
      thread(2, "ThreadPoolExecutor-0_0", 1000, 5 * S + 1000),
      thread(3, "ThreadPoolExecutor-0_1", 1500, 5 * S + 1800),
    ],
    spans,
    events,
    gil: [
      { thread: 1, start: 0, end: 1000 },
      { thread: 2, start: 1000, end: 1200 },
      { thread: 1, start: 1200, end: 1500 },
      { thread: 3, start: 1500, end: 1700 },
    ],
    objects: [
      { id: 1, type: "future", name: "Future#1 (lengthy_task)", line: 10 },
      { id: 2, type: "future", name: "Future#2 (lengthy_task)", line: 11 },
    ],
  });
}

/** Two threads taking one lock in turn; Thread-2 waits 0.1 s for it, twice. */
export function lockTrace(): Trace {
  const ms = 1e6;
  const events: TraceEvent[] = [
    { t: 0, thread: 2, line: 9, type: "lock acquire", object: 1, waited: 0 },
    { t: 100 * ms, thread: 3, line: 9, type: "lock request", object: 1, holder: 2 },
    { t: 200 * ms, thread: 2, line: 12, type: "lock release", object: 1, held: 200 * ms },
    { t: 200 * ms, thread: 3, line: 9, type: "lock acquire", object: 1, waited: 100 * ms },
    { t: 300 * ms, thread: 2, line: 9, type: "lock request", object: 1, holder: 3 },
    { t: 400 * ms, thread: 3, line: 12, type: "lock release", object: 1, held: 200 * ms },
    { t: 400 * ms, thread: 2, line: 9, type: "lock acquire", object: 1, waited: 100 * ms },
    { t: 500 * ms, thread: 2, line: 12, type: "lock release", object: 1, held: 100 * ms },
    { t: 600 * ms, thread: 2, line: 9, type: "lock acquire", object: 1, waited: 0 },
  ];
  return base({
    threads: [
      thread(1, "MainThread", 0, null),
      thread(2, "Thread-1 (deposit)", 0, null),
      thread(3, "Thread-2 (deposit)", 0, null),
    ],
    spans: [
      {
        thread: 1,
        state: "blocked",
        start: 0,
        end: 700 * ms,
        line: 20,
        kind: "join",
        label: "join(Thread-1 (deposit))",
      },
      { thread: 2, state: "running", start: 0, end: 700 * ms, line: 9 },
      {
        thread: 3,
        state: "blocked",
        start: 100 * ms,
        end: 200 * ms,
        line: 9,
        kind: "lock",
        object: 1,
        label: "lock",
      },
      {
        thread: 3,
        state: "sleeping",
        start: 200 * ms,
        end: 700 * ms,
        line: 11,
        kind: "sleep",
        label: "sleep(0.2)",
      },
    ],
    events,
    objects: [{ id: 1, type: "lock", name: "Lock#1", line: 6 }],
    outcome: { stdout: "", stderr: "", exitCode: 0, elapsed: 0.7, deadlock: null },
  });
}

/** Two threads each holding one lock and waiting for the other's. */
export function deadlockTrace(): Trace {
  const t = lockTrace();
  t.objects.push({ id: 2, type: "lock", name: "Lock#2", line: 7 });
  t.outcome.deadlock = {
    threads: [
      { thread: 2, waiting: "Lock#2", object: 2, holder: 3 },
      { thread: 3, waiting: "Lock#1", object: 1, holder: 2 },
      { thread: 1, waiting: "join(Thread-1 (deposit))", object: null, holder: null },
    ],
    cycle: [2, 3],
    message: "deadlock",
  };
  return t;
}

/** `n` alternating running/ready spans per thread, for the 10,000-span budget. */
export function busyTrace(threads: number, spansPerThread: number): Trace {
  const spans: Span[] = [];
  for (let id = 1; id <= threads; id++)
    for (let i = 0; i < spansPerThread; i++)
      spans.push({
        thread: id,
        state: i % 2 ? "ready" : "running",
        start: i * 5000,
        end: (i + 1) * 5000,
        line: 3,
      });
  return base({
    threads: Array.from({ length: threads }, (_, i) =>
      thread(i + 1, i ? `Thread-${i}` : "MainThread", 0, null),
    ),
    spans,
    events: [],
    outcome: {
      stdout: "",
      stderr: "",
      exitCode: 0,
      elapsed: (spansPerThread * 5000) / 1e9,
      deadlock: null,
    },
  });
}
