/**
 * The thread scheduler (CPython 3.12 GIL model) on a virtual clock.
 *
 * One thread holds the GIL and runs bytecode; every instruction costs INSTRUCTION_NS.
 * A thread that wants the GIL waits one switch interval, then asks for it; the holder
 * drops it at its next eval-breaker point (function entry, backward jump, call) and
 * the longest waiter takes it. A blocking call (sleep, lock, queue, join …) releases
 * the GIL: the native throws BlockSignal, the thread parks, and the instruction is
 * executed again once the thread is woken (so natives are written to be retried).
 */
import { PyBaseException } from "../runtime/exceptions";
import type { PyValue } from "../runtime/object";
import {
  BlockSignal,
  BudgetExceeded,
  PREEMPTED,
  type Interp,
  type SchedulerHooks,
} from "./interpreter";
import { VMThread } from "./thread";

/** Virtual nanoseconds one bytecode instruction takes (the cost model; see README). */
export const INSTRUCTION_NS = 20;

/** What a blocked thread waits for. */
export interface Wait {
  /** What the timeline shows: "sleep", "lock", "join", "queue get", "future result" … */
  kind: string;
  /** The object waited on (a lock, a queue, a thread …), for wake-ups and the wait-for graph. */
  on: unknown;
  /** Absolute virtual time (ns) at which the wait times out, or null. */
  deadline: number | null;
  /** Human-readable label, e.g. `q.get()` or `join(Thread-2)`. */
  label: string;
}

/** How a blocked thread was woken, handed to the native when its call is retried. */
export interface Wake {
  timedOut: boolean;
  /** The wait that ended (its deadline lets a retried call keep its original timeout). */
  wait: Wait;
  /** Extra data from the waker (e.g. a queue item handed over). */
  value?: PyValue;
}

/** Scheduler-side state of one Python thread. */
export class SimThread {
  state: "new" | "ready" | "running" | "blocked" | "done" = "new";
  wait: Wait | null = null;
  wake: Wake | null = null;
  /** When the thread started wanting the GIL. */
  readySince = 0;
  daemon = false;
  /** Set when the thread ended with an uncaught exception. */
  error: PyBaseException | null = null;
  /** Called when the thread's code finishes (or raises): the threading module hooks in here. */
  onExit: ((t: SimThread, err: PyBaseException | null) => void) | null = null;
  constructor(
    public readonly vm: VMThread,
    public readonly ident: number,
  ) {}
  get name(): string {
    return this.vm.name;
  }
}

/** A state change, for the trace (spans are derived from consecutive changes). */
export interface StateChange {
  t: number;
  thread: number;
  state: "ready" | "running" | "blocked" | "done";
  detail: string;
}

/** Outcome of scheduling a whole program. */
export interface ScheduleResult {
  /** Uncaught exception of the main thread, if any. */
  mainError: unknown;
  /** Set when every live thread was blocked with nothing left to wake them. */
  deadlock: { threads: { name: string; waiting: string }[] } | null;
}

/** The GIL scheduler of one run. */
export class Scheduler implements SchedulerHooks {
  now = 0;
  threads: SimThread[] = [];
  gil: SimThread | null = null;
  private ready: SimThread[] = [];
  private sliceSteps = 0;
  private nextIdent = 0;
  changes: StateChange[] = [];
  main!: SimThread;

  constructor(private readonly interp: Interp) {}

  /** Current virtual time in ns (includes the running thread's instructions so far). */
  clock(): number {
    if (this.gil === null) return this.now;
    return this.now + (this.interp.totalSteps - this.sliceSteps) * INSTRUCTION_NS;
  }

  /** Create a thread (not yet runnable). */
  newThread(name: string): SimThread {
    const vm = new VMThread(this.threads.length + 1, name);
    const t = new SimThread(vm, 140000000000000 + 4096 * ++this.nextIdent);
    this.threads.push(t);
    return t;
  }

  /** Make a thread runnable: it joins the GIL queue. */
  makeReady(t: SimThread, at = this.clock()): void {
    if (t.state === "ready" || t.state === "running" || t.state === "done") return;
    t.state = "ready";
    t.readySince = at;
    t.wait = null;
    this.ready.push(t);
    this.record(t, "ready", "", at);
  }

  /** Park the current thread on `wait` (called by natives via BlockSignal). */
  private park(t: SimThread, wait: Wait): void {
    t.state = "blocked";
    t.wait = wait;
    this.record(t, "blocked", wait.label, this.now);
  }

  /** Wake a blocked thread (its blocked call is retried with `wake` available). */
  wakeThread(t: SimThread, timedOut = false, value?: PyValue, at = this.clock()): void {
    if (t.state !== "blocked" || t.wait === null) return;
    t.wake = { timedOut, wait: t.wait, value };
    this.makeReady(t, at);
  }

  /** Wake threads blocked on `on` (all, or at most `n`, oldest first). */
  wakeWaiters(on: unknown, n = Infinity): number {
    let woken = 0;
    for (const t of this.threads) {
      if (woken >= n) break;
      if (t.state === "blocked" && t.wait?.on === on) {
        this.wakeThread(t);
        woken++;
      }
    }
    return woken;
  }

  /** The current thread's wake record if this call is the retry of a blocked call (consumed). */
  takeWake(t: SimThread): Wake | null {
    const w = t.wake;
    t.wake = null;
    return w;
  }

  /** Threads blocked on `on`. */
  waitersOf(on: unknown): SimThread[] {
    return this.threads.filter((t) => t.state === "blocked" && t.wait?.on === on);
  }

  /** SchedulerHooks: stop the running thread at an eval breaker when an event is due. */
  shouldYield(): boolean {
    return this.clock() >= this.nextEvent();
  }

  private nextEvent(): number {
    let e = Infinity;
    const iv = this.interp.run.sys.switchInterval * 1e9;
    for (const t of this.ready) e = Math.min(e, t.readySince + iv);
    for (const t of this.threads)
      if (t.state === "blocked" && t.wait?.deadline != null) e = Math.min(e, t.wait.deadline);
    return e;
  }

  private fireTimers(upTo: number): void {
    const due = this.threads
      .filter((t) => t.state === "blocked" && t.wait?.deadline != null && t.wait.deadline <= upTo)
      .sort((a, b) => a.wait!.deadline! - b.wait!.deadline! || a.vm.id - b.vm.id);
    for (const t of due) this.wakeThread(t, true, undefined, t.wait!.deadline!);
  }

  private record(t: SimThread, state: StateChange["state"], detail: string, at: number): void {
    this.changes.push({ t: at, thread: t.vm.id, state, detail });
  }

  /** Run until the main thread and all non-daemon threads are done (or deadlock). */
  runAll(main: SimThread): ScheduleResult {
    this.main = main;
    const interp = this.interp;
    interp.hooks = this;
    let mainError: unknown = null;
    this.makeReady(main, 0);
    for (;;) {
      if (this.gil === null) {
        if (this.ready.length) {
          this.ready.sort((a, b) => a.readySince - b.readySince || a.vm.id - b.vm.id);
          const t = this.ready.shift()!;
          this.now = Math.max(this.now, t.readySince);
          this.gil = t;
          t.state = "running";
          this.record(t, "running", "", this.now);
        } else {
          const live = this.threads.filter((t) => t.state !== "done" && (!t.daemon || false));
          const mainDone = main.state === "done";
          const nonDaemonLive = this.threads.filter((t) => t.state !== "done" && !t.daemon);
          if (mainDone && nonDaemonLive.length === 0) return { mainError, deadlock: null };
          const next = this.nextEvent();
          if (next === Infinity) {
            if (live.length === 0) return { mainError, deadlock: null };
            return {
              mainError,
              deadlock: {
                threads: this.threads
                  .filter((t) => t.state === "blocked" && !(mainDone && t.daemon))
                  .map((t) => ({ name: t.name, waiting: t.wait?.label ?? "?" })),
              },
            };
          }
          this.now = Math.max(this.now, next);
          this.fireTimers(this.now);
          continue;
        }
      }
      const t = this.gil;
      this.sliceSteps = interp.totalSteps;
      let finished = false;
      let error: unknown = null;
      try {
        const r = t.vm.frames.length ? interp.execute(t.vm, 0) : null;
        finished = r !== PREEMPTED;
      } catch (e) {
        if (e instanceof BlockSignal) {
          this.now = this.clock();
          this.gil = null;
          this.park(t, e.wait as Wait);
          continue;
        }
        if (e instanceof BudgetExceeded) throw e;
        finished = true;
        error = e;
      }
      this.now = this.clock();
      if (finished) {
        this.gil = null;
        t.state = "done";
        this.record(t, "done", "", this.now);
        if (t === main) mainError = error;
        t.onExit?.(t, error instanceof PyBaseException ? error : null);
        if (t === main && error !== null) t.error = error as PyBaseException;
        continue;
      }
      // Preempted at an eval breaker: wake due timers, then hand over the GIL if a waiter asked.
      this.fireTimers(this.now);
      const iv = interp.run.sys.switchInterval * 1e9;
      const due = this.ready.some((w) => w.readySince + iv <= this.now);
      if (due) {
        this.gil = null;
        t.state = "blocked"; // momentarily, so makeReady accepts it
        t.wait = null;
        this.makeReady(t, this.now);
      }
    }
  }

  /** The thread holding the GIL (the one whose native is running). */
  current(): SimThread {
    return this.gil ?? this.main;
  }

  /** Start running `fn(*args)` as the body of thread `t` (pushes its bottom frame). */
  startThread(
    t: SimThread,
    fn: PyValue,
    args: PyValue[],
    kwargs: Map<string, PyValue> | null,
  ): void {
    const interp = this.interp;
    const saved = interp.thread;
    interp.thread = t.vm;
    try {
      const r = interp.invoke(fn, args, kwargs);
      if (r === undefined) t.vm.top.stop = true;
    } finally {
      interp.thread = saved;
    }
    this.makeReady(t);
  }
}

/** Block the calling thread: throws the signal the interpreter turns into a retry later. */
export function block(wait: Wait): never {
  throw new BlockSignal(wait);
}
