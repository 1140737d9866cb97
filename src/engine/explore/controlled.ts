/**
 * One run of a program under an explorer's control: every scheduling choice is made by a
 * policy, and every step (what one thread did between two scheduling points) is recorded
 * with the shared state it touched, for partial-order reduction and preemption counting.
 */
import { CodeCache } from "../compile/cache";
import { compileSource, runSingle } from "../run";
import type { RunResult } from "../index";
import type { VMThread } from "../vm/thread";
import { RunAborted, SimThread, type Chooser, type Scheduler } from "../vm/scheduler";
import { Footprint, recordAccess } from "./access";
import type { InterleavingModel, SiblingStep } from "./types";

/** What one thread did between two scheduling points. */
export interface Step {
  /** Thread id (1 = main), as in schedules. */
  thread: number;
  /** Threads that could have been picked at this point (ascending ids). */
  enabled: number[];
  /** The thread that was preempted here and could have gone on, or null (it blocked/ended). */
  running: number | null;
  /** Index of this point among the run's choice points (≥ 2 enabled), or -1. */
  choice: number;
  /** Shared state the step read and wrote. */
  acc: Footprint;
  /** Object ids given before this step (see Access). */
  mark: number;
  /** Threads the step created. */
  created: number[];
}

/**
 * Picks a thread at a choice point: `choice` is the point's index, `steps` the run so far
 * (the current point not yet included). Returns a thread id from `enabled`, or -1 to abandon
 * the run (everything from here is equivalent to something explored).
 */
export type Policy = (
  choice: number,
  enabled: number[],
  running: number | null,
  steps: readonly Step[],
) => number;

/** A finished (or abandoned) controlled run. */
export interface ControlledRun {
  steps: Step[];
  /** Null when the policy abandoned the run. */
  result: RunResult | null;
  /** Switches away from a thread that could have gone on. */
  preemptions: number;
}

/** Settings shared by all runs of one exploration. */
export interface RunSettings {
  model: InterleavingModel;
  filename: string;
  maxInstructions: number;
}

/** Compile once per source and file name: exploration runs the same program thousands of times. */
const compiled = new CodeCache(compileSource, 16);
const cachedCompile = (src: string, filename: string) => compiled.get(src, filename);
const ignore = () => {};

/** Run `source` once, letting `policy` make every choice. */
export function controlledRun(source: string, s: RunSettings, policy: Policy): ControlledRun {
  const steps: Step[] = [];
  let preemptions = 0;
  let choices = 0;
  let acc = new Footprint();
  let fresh = true;
  let sched!: Scheduler;
  let known = 0;
  // Object ids in order of first access; threads are -id and the output stream 0, so those
  // agree across all runs.
  // A plain Map: it lives no longer than the run's objects (a WeakMap costs more to fill).
  const ids = new Map<object, number>();
  let nextId = 1;
  const push = (obj: object, key: string | number | null, write: boolean) => {
    let id = ids.get(obj);
    if (id === undefined) ids.set(obj, (id = nextId++));
    acc.add(id, key, write);
  };
  // Only number what is touched: while the main thread is alone, nothing it touches can race
  // (every other thread starts after it), but its objects keep the low ids every run agrees on.
  const number = (obj: object) => {
    if (!ids.has(obj)) ids.set(obj, nextId++);
  };
  const file = s.filename;
  const anyModel = s.model === "any";

  // Before every instruction: record its accesses; in the "any" model, stop the thread
  // before its second visible instruction of the step (a switch point in the user's code).
  const probe = (
    f: Parameters<typeof recordAccess>[1],
    op: number,
    arg: number,
    stack: Parameters<typeof recordAccess>[4],
    sp: number,
  ): boolean => {
    // Preempting before a visible instruction: it is recorded in the thread's next step.
    const preempt = !fresh && anyModel && f.code.filename === file;
    const sink = preempt ? ignore : sched.threads.length === 1 ? number : push;
    if (!recordAccess(sink, f, op, arg, stack, sp, file)) return false;
    fresh = false;
    return preempt;
  };

  const closeStep = () => {
    const last = steps[steps.length - 1];
    if (last === undefined) return;
    // Ending a thread is a write its joiners read (their wait is on the thread).
    const t = sched.threads[last.thread - 1];
    if (t.state === "done") acc.add(-t.vm.id, null, true);
    last.acc = acc;
    for (; known < sched.threads.length; known++) last.created.push(known + 1);
  };

  const chooser: Chooser = {
    choose(enabledThreads: SimThread[], running: SimThread | null): SimThread {
      closeStep();
      const enabled = sortedIds(enabledThreads);
      const run = running === null ? null : running.vm.id;
      let pick = enabled[0];
      let choice = -1;
      if (enabled.length > 1) {
        choice = choices++;
        pick = policy(choice, enabled, run, steps);
        if (pick < 0) throw new RunAborted();
      }
      if (run !== null && pick !== run) preemptions++;
      const t = sched.threads[pick - 1];
      acc = new Footprint();
      const mark = nextId;
      // A woken thread's retried call observes whatever ended its wait (a join, a lock …).
      const on = t.wake?.wait.on ?? t.wait?.on;
      if (on instanceof SimThread) acc.add(-on.vm.id, null, true);
      else if (on !== null && on !== undefined && typeof on === "object") push(on, null, true);
      steps.push({ thread: pick, enabled, running: run, choice, acc, mark, created: [] });
      fresh = true;
      return t;
    },
    atBreaker(th: VMThread): boolean {
      // "CPython 3.12 with GIL": eval breakers in the user's code are the switch points.
      return !anyModel && th.top.code.filename === file;
    },
  };

  let result: RunResult | null = null;
  try {
    result = runSingle(
      source,
      { filename: file, maxInstructions: s.maxInstructions, model: "gil" },
      cachedCompile,
      (sc, interp) => {
        sched = sc;
        known = sc.threads.length;
        sc.chooser = chooser;
        interp.probe = probe;
        // A finite limit turns the interpreter's per-instruction check (and the probe) on.
        interp.stepLimit = Number.MAX_SAFE_INTEGER;
        interp.onWrite = wrapWrite(interp.onWrite, () => acc);
      },
    );
    closeStep();
  } catch (e) {
    if (!(e instanceof RunAborted)) throw e;
  }
  return { steps, result, preemptions };
}

/** Thread ids in ascending order (a few threads: insertion sort, nothing else allocated). */
function sortedIds(threads: readonly SimThread[]): number[] {
  const out: number[] = [];
  for (const t of threads) {
    const id = t.vm.id;
    let i = out.length;
    for (; i > 0 && out[i - 1] > id; i--) out[i] = out[i - 1];
    out[i] = id;
  }
  return out;
}

/**
 * `write`, and a write to the output stream (id 0) in the current step's footprint. Built
 * outside controlledRun so the closure holds only these two: a closure over the whole run,
 * stored as the interpreter's `onWrite`, made V8 promote most of every run's garbage to the
 * old generation (see printTo in run.ts; `npm run bench` prints the promoted bytes).
 */
function wrapWrite(write: ((fd: 1 | 2, text: string) => void) | null, acc: () => Footprint) {
  return (fd: 1 | 2, text: string) => {
    acc().add(0, null, true);
    write?.(fd, text);
  };
}

/**
 * The first step of the last choice of `prefix` (a schedule prefix: one thread per choice
 * point), as a sibling part sees it: the run follows the prefix and stops right after.
 */
export function branchStep(source: string, s: RunSettings, prefix: readonly number[]): SiblingStep {
  const run = controlledRun(source, s, (choice) => (choice < prefix.length ? prefix[choice] : -1));
  const step = run.steps.find((x) => x.choice === prefix.length - 1)!;
  return { thread: step.thread, accesses: step.acc.list(), mark: step.mark };
}
