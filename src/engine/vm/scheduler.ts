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
  EngineSignal,
  PREEMPTED,
  type Interp,
  type SchedulerHooks,
} from "./interpreter";
import { VMThread } from "./thread";
import type { Ctx } from "../runtime/object";
import { TraceRecorder, type EventBody } from "../trace/recorder";
import type { BlockKind, TraceEvent } from "../trace/types";

/** Virtual nanoseconds one bytecode instruction takes (the cost model; see README). */
export const INSTRUCTION_NS = 20;

/** Free-threaded model: a thread runs 1..QUANTUM instructions before the next pick. */
const QUANTUM = 64;

/** A small seeded PRNG (mulberry32): deterministic per seed, no global state. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a blocked thread waits for. */
export interface Wait {
  /** What the timeline shows: "sleep", "lock", "join", "queue get", "future result" … */
  kind: BlockKind;
  /** The object waited on (a lock, a queue, a thread …), for wake-ups and the wait-for graph. */
  on: unknown;
  /** Absolute virtual time (ns) at which the wait times out, or null. */
  deadline: number | null;
  /** Human-readable label, e.g. `Queue#1.get()` or `join(Thread-2)`. */
  label: string;
  /** When the wait began (kept across retries, for wait times). */
  since?: number;
  /** Trace id of the object waited on (0 if none). */
  object?: number;
  /** The thread that must act to end the wait (a lock's holder, a joined thread), if known. */
  holder?: () => SimThread | null;
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
  /** Free-threaded model: the thread's own clock, and when it got its core. */
  clock = 0;
  coreSince = 0;
  daemon = false;
  /** Set when the thread ended with an uncaught exception. */
  error: PyBaseException | null = null;
  /** "ValueError: bad" when an uncaught exception ended the thread (for the trace). */
  errorText: string | null = null;
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
  /** The wait, for "blocked". */
  wait: Wait | null;
  /** Line of the main program the thread was at. */
  line: number;
}

/** A deadlock as the scheduler found it. */
export interface DeadlockInfo {
  threads: {
    thread: SimThread;
    kind: string;
    waiting: string;
    object: number | null;
    holder: SimThread | null;
  }[];
  /** Threads of the wait-for cycle, in order (empty if the wait graph has no cycle). */
  cycle: SimThread[];
}

/** Outcome of scheduling a whole program. */
export interface ScheduleResult {
  /** Uncaught exception of the main thread, if any. */
  mainError: unknown;
  /** Set when every live thread was blocked with nothing left to wake them. */
  deadlock: DeadlockInfo | null;
}

/** Thrown out of nested scheduling loops when the whole run is over. */
class RunEnded extends EngineSignal {}

/** Thrown by an exploration chooser to abandon a run whose remaining schedules are redundant. */
export class RunAborted extends EngineSignal {}

/**
 * Race exploration hook (src/engine/explore): when set, it makes every scheduling choice of
 * the run instead of the GIL's switch-interval rules (time stays GIL-style: one thread runs).
 */
export interface Chooser {
  /**
   * Pick the next thread among `enabled` (never empty: ready threads, plus sleepers whose
   * timeout is due). `running` is the preempted thread, which may be picked to go on.
   */
  choose(enabled: SimThread[], running: SimThread | null): SimThread;
  /** At an eval breaker of `th`: true makes it a scheduling point ("CPython 3.12 with GIL"). */
  atBreaker(th: VMThread): boolean;
}

/** The GIL scheduler of one run. */
export class Scheduler implements SchedulerHooks {
  now = 0;
  threads: SimThread[] = [];
  gil: SimThread | null = null;
  private ready: SimThread[] = [];
  private sliceSteps = 0;
  /** Cached time of the next scheduling event (-1: recompute). */
  private eventAt = -1;
  /** Threads parked inside natives' callbacks, innermost last (see waitNested). */
  private nested: SimThread[] = [];
  private mainError: unknown = null;
  private deadlock: DeadlockInfo | null = null;
  private onMainExit: ((error: unknown) => void) | null = null;
  /** threading._shutdown, registered by the threading module; run when main's code ends. */
  atMainExit: PyValue | null = null;
  private mainExitBegun = false;
  /** Set when a run could not continue because of an engine limitation (explained). */
  limitation: string | null = null;
  /** The run's schedule: [thread id, instructions] per slice (for replay). */
  slices: [number, number][] = [];
  /** Slices to replay (consumed from the front), or null. */
  replay: [number, number][] | null = null;
  /** The running slice was dictated by the replayed schedule. */
  private replayed = false;
  /** Set when a replayed schedule stopped fitting the program. */
  replayDiverged = false;
  /**
   * Free-threaded replay: the loop makes its own choices (cores, clocks, rotation, timers) and
   * the schedule gives only each quantum's length, which is the one random choice it makes;
   * so a recorded run comes back exactly, spans included. Set by `replaySchedule`.
   */
  private replayFollows = false;
  /** Free-threaded model: threads currently on a core. */
  private onCores: SimThread[] = [];
  /** Free-threaded model: when each free core became free. */
  private coreFree: number[] = [];
  /** Seeded generator for free-threaded quanta. */
  rng: () => number = mulberry32(0);
  /** "gil" or "free-threaded". */
  model: "gil" | "free-threaded" = "gil";
  private nextIdent = 0;
  /** Exploration: makes every scheduling choice (null in ordinary runs). */
  chooser: Chooser | null = null;
  /** Exploration: the thread the chooser picked at a preemption, granted next. */
  private chosen: SimThread | null = null;
  changes: StateChange[] = [];
  main!: SimThread;
  /** Events and objects for the trace. */
  rec = new TraceRecorder();
  /**
   * Inspection (src/engine/inspect): end the run at the first eval breaker or slice boundary
   * past this virtual time. Natives stamp events with the clock as of the last eval breaker, so
   * stopping there means every event stamped at or before stopAt has happened and none later.
   * Ordinary runs leave it at Infinity: one comparison per slice and per eval breaker, nothing
   * per instruction.
   */
  stopAt = Infinity;
  /** Inspection: called at the stop point (takes a snapshot, then throws RunAborted). */
  onStop: (() => never) | null = null;
  /** Threads' Python-level start/finish times and parents, for the trace. */
  meta = new Map<SimThread, { parent: number | null; created: number; started: number | null }>();

  constructor(
    private readonly interp: Interp,
    /** The main program's file name: trace lines refer to it. */
    readonly filename = "main.py",
  ) {}

  /** Line of the main program `t` is executing (innermost frame in that file), or 0. */
  lineOf(t: SimThread): number {
    const fs = t.vm.frames;
    for (let i = fs.length - 1; i >= 0; i--)
      if (fs[i].code.filename === this.filename) return fs[i].line;
    return 0;
  }

  /** Record a trace event by the current thread, now. */
  emit(body: EventBody, line?: number): void {
    const t = this.current();
    this.rec.push({
      ...body,
      t: this.clock(),
      thread: t.vm.id,
      line: line ?? this.lineOf(t),
    } as TraceEvent);
  }

  /** Trace id of a synchronisation object (registered on first use). */
  objectId(o: object, type: Parameters<TraceRecorder["objectId"]>[1], typeName: string): number {
    const known = this.rec.knownId(o);
    if (known !== undefined) return known;
    return this.rec.objectId(o, type, typeName, this.lineOf(this.current()));
  }

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
    const parent = this.threads.length > 1 ? this.current().vm.id : null;
    this.meta.set(t, { parent, created: this.clock(), started: null });
    return t;
  }

  /** Make a thread runnable: it joins the GIL queue. */
  makeReady(t: SimThread, at = this.clock()): void {
    if (t.state === "ready" || t.state === "running" || t.state === "done") return;
    t.state = "ready";
    t.readySince = at;
    t.wait = null;
    this.ready.push(t);
    this.record(t, "ready", null, at);
  }

  /** Park the current thread on `wait` (called by natives via BlockSignal). */
  private park(t: SimThread, wait: Wait): void {
    t.state = "blocked";
    t.wait = wait;
    this.record(t, "blocked", wait, this.now);
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
    if (this.stopAt !== Infinity && this.clock() > this.stopAt) return true;
    if (this.replayed || this.model !== "gil") return false;
    if (this.eventAt < 0) this.eventAt = this.nextEvent();
    return this.clock() >= this.eventAt;
  }

  private nextEvent(): number {
    let e = Infinity;
    const iv = this.interp.run.sys.switchInterval * 1e9;
    if (this.model === "gil") for (const t of this.ready) e = Math.min(e, t.readySince + iv);
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

  private record(t: SimThread, state: StateChange["state"], wait: Wait | null, at: number): void {
    this.eventAt = -1;
    this.changes.push({ t: at, thread: t.vm.id, state, wait, line: this.lineOf(t) });
  }

  /** Run until the main thread and all non-daemon threads are done (or deadlock). */
  runAll(main: SimThread, onMainExit?: (error: unknown) => void): ScheduleResult {
    this.main = main;
    this.onMainExit = onMainExit ?? null;
    // Exploring: eval breakers ask the chooser (a separate hooks object keeps shouldYield as is).
    const chooser = this.chooser;
    this.interp.hooks =
      chooser === null
        ? this
        : {
            shouldYield: (th) => chooser.atBreaker(th),
            waitNested: (th, w) => this.waitNested(th, w),
          };
    this.makeReady(main, 0);
    try {
      this.loop(null);
    } catch (e) {
      if (!(e instanceof RunEnded)) throw e;
    }
    return { mainError: this.mainError, deadlock: this.deadlock };
  }

  /** SchedulerHooks: `th` blocked inside a native's callback; run others until it may go on. */
  waitNested(th: VMThread, wait: unknown): void {
    const t = this.gil!;
    if (t.vm !== th) throw new Error("waitNested: not the running thread");
    this.endSlice(t);
    if (this.model === "free-threaded") {
      t.clock = this.now;
      this.offCore(t);
    }
    this.park(t, wait as Wait);
    this.nested.push(t);
    try {
      this.loop(t);
    } finally {
      this.nested.pop();
    }
  }

  /** Replay `slices` (as recorded in `slices` by an earlier run of the same program). */
  replaySchedule(slices: [number, number][]): void {
    this.replay = slices.map(([id, n]) => [id, n]);
    this.replayFollows = this.model === "free-threaded";
  }

  /**
   * Free-threaded model: instructions `t` may run before the core is offered to another
   * thread. Random (seeded), or the rest of the replayed slice when `t` is the thread it names
   * (a slice that ended in a block or an exit ran fewer; with this limit it does the same).
   */
  private quantum(t: SimThread): number {
    if (this.replayFollows && this.replay !== null) {
      while (this.replay.length && this.replay[0][1] === 0) this.replay.shift();
      if (this.replay.length) {
        if (this.replay[0][0] === t.vm.id) return this.replay[0][1];
        this.diverge();
      }
    }
    return 1 + Math.floor(this.rng() * QUANTUM);
  }

  /** The replayed schedule does not fit this program (edited since): go on freely. */
  private diverge(): void {
    this.replay = null;
    this.replayFollows = false;
    this.replayDiverged = true;
  }

  /** Account the running thread's instructions to the clock and record its slice. */
  private endSlice(t: SimThread): void {
    if (this.model === "gil" && this.replayed) {
      this.replayed = false;
      this.interp.stepLimit = Infinity;
    }
    const steps = this.interp.totalSteps - this.sliceSteps;
    this.now = this.now + steps * INSTRUCTION_NS;
    this.gil = null;
    if (this.replayFollows && steps > 0 && this.replay?.length) {
      const head = this.replay[0];
      if (head[0] !== t.vm.id || steps > head[1]) this.diverge();
      else if ((head[1] -= steps) === 0) this.replay.shift();
    }
    if (steps > 0 || this.slices.length === 0 || this.slices[this.slices.length - 1][0] !== t.vm.id)
      this.slices.push([t.vm.id, steps]);
    else this.slices[this.slices.length - 1][1] += steps;
  }

  /** Give the GIL to `t`. */
  private grant(t: SimThread): void {
    this.now = Math.max(this.now, t.readySince);
    this.gil = t;
    t.state = "running";
    this.sliceSteps = this.interp.totalSteps;
    this.record(t, "running", null, this.now);
  }

  /** The next thread to run: the longest waiter, except threads parked in an outer nested wait. */
  private pickReady(until: SimThread | null): SimThread | null {
    const top = this.nested.length ? this.nested[this.nested.length - 1] : null;
    let best: SimThread | null = null;
    for (const t of this.ready) {
      if (this.nested.includes(t) && t !== top) continue;
      if (t === top && t !== until) continue;
      if (
        best === null ||
        t.readySince < best.readySince ||
        (t.readySince === best.readySince && t.vm.id < best.vm.id)
      )
        best = t;
    }
    if (best !== null) this.ready.splice(this.ready.indexOf(best), 1);
    return best;
  }

  /**
   * The scheduling loop. With `until` set it runs inside a native's callback and returns as
   * soon as `until` gets the GIL back; at the top level it returns when the program ends.
   */
  private loop(until: SimThread | null): void {
    if (this.model === "free-threaded") return this.loopFree(until);
    const interp = this.interp;
    for (;;) {
      if (this.gil === null) {
        const t =
          this.chooser !== null
            ? this.pickChosen(until)
            : this.replay?.length
              ? this.pickReplayed(until)
              : this.pickReady(until);
        if (t !== null) {
          this.grant(t);
          if (this.now > this.stopAt) this.onStop!();
          if (t === until) return;
        } else {
          this.idle(until);
          continue;
        }
      }
      const t = this.gil!;
      let finished = false;
      let error: unknown = null;
      try {
        const r = t.vm.frames.length ? interp.execute(t.vm, 0) : null;
        finished = r !== PREEMPTED;
      } catch (e) {
        if (e instanceof BlockSignal) {
          this.endSlice(t);
          this.park(t, e.wait as Wait);
          continue;
        }
        if (e instanceof EngineSignal) throw e;
        finished = true;
        error = e;
      }
      if (!finished && this.clock() > this.stopAt) this.onStop!();
      if (!finished && this.chooser !== null) {
        this.choosePreempted(t, until);
        continue;
      }
      const replayed = this.replayed;
      this.endSlice(t);
      if (finished) {
        if (this.beginMainExit(t, error)) {
          this.gil = t;
          this.sliceSteps = interp.totalSteps;
          // The exit code ran as a slice of its own: replaying, it is the next recorded one.
          const head = this.replay?.[0];
          if (replayed && head !== undefined && head[0] === t.vm.id) {
            this.replay!.shift();
            interp.stepLimit = interp.totalSteps + Math.max(1, head[1]);
            this.replayed = true;
          }
        } else this.finish(t, error);
        continue;
      }
      // Preempted at an eval breaker: wake due timers, then hand over the GIL if a waiter asked.
      this.fireTimers(this.now);
      const iv = interp.run.sys.switchInterval * 1e9;
      const due = replayed || this.ready.some((w) => w.readySince + iv <= this.now);
      if (due) this.requeue(t);
      else {
        this.gil = t;
        this.sliceSteps = interp.totalSteps;
      }
    }
  }

  /** Put a preempted thread back in the ready queue. */
  private requeue(t: SimThread): void {
    t.state = "blocked"; // momentarily, so makeReady accepts it
    t.wait = null;
    this.makeReady(t, this.now);
  }

  /**
   * Exploration: threads the chooser may pick now — ready ones and sleepers whose timeout is
   * due — minus threads parked in an outer nested wait (as pickReady); after `first`, if given.
   */
  private enabledFor(until: SimThread | null, first: SimThread | null = null): SimThread[] {
    const top = this.nested.length ? this.nested[this.nested.length - 1] : null;
    const out: SimThread[] = first === null ? [] : [first];
    const now = this.clock();
    for (const t of this.threads) {
      const due = t.state === "blocked" && t.wait?.deadline != null && t.wait.deadline <= now;
      if (t.state !== "ready" && !due) continue;
      if (this.nested.includes(t) && !(t === top && t === until)) continue;
      out.push(t);
    }
    return out;
  }

  /**
   * Exploration: the chooser's pick when no thread holds the GIL. A due sleeper is woken the
   * way replay wakes it (every due timer fires), so the recorded slices replay exactly.
   */
  private pickChosen(until: SimThread | null): SimThread | null {
    let t = this.chosen;
    this.chosen = null;
    if (t === null) {
      const enabled = this.enabledFor(until);
      if (enabled.length === 0) return null;
      t = this.chooser!.choose(enabled, null);
    }
    if (t.state !== "ready") this.fireTimers(this.now);
    this.ready.splice(this.ready.indexOf(t), 1);
    return t;
  }

  /**
   * Exploration: `t` stopped at a scheduling point. If the chooser keeps it, the slice goes
   * on (no timer fires, so replay needs no split here); otherwise the slice ends as a
   * replayed one does (timers fire, `t` requeued) and the pick is granted next.
   */
  private choosePreempted(t: SimThread, until: SimThread | null): void {
    const c = this.chooser!.choose(this.enabledFor(until, t), t);
    if (c === t) return;
    this.endSlice(t);
    this.fireTimers(this.now);
    this.requeue(t);
    this.chosen = c;
  }

  /** Replay: the thread the next recorded slice names, once it is ready (timers fire meanwhile). */
  private pickReplayed(until: SimThread | null): SimThread | null {
    const [id, steps] = this.replay![0];
    const t = this.threads[id - 1];
    for (;;) {
      if (t !== undefined && t.state === "ready" && (!this.nested.includes(t) || t === until)) {
        this.replay!.shift();
        this.ready.splice(this.ready.indexOf(t), 1);
        this.interp.stepLimit = this.interp.totalSteps + Math.max(1, steps);
        this.replayed = true;
        return t;
      }
      // Only a timer can make the named thread ready now (others asking for the GIL cannot).
      const next = this.nextTimer();
      if (t === undefined || t.state === "done" || next === Infinity) {
        // The schedule does not fit this program (edited since it was recorded): go on freely.
        this.replay = null;
        this.replayDiverged = true;
        this.interp.stepLimit = Infinity;
        this.replayed = false;
        return this.pickReady(until);
      }
      this.now = Math.max(this.now, next);
      this.fireTimers(this.now);
    }
  }

  /** Free-threaded model: up to `cores` threads run at once, each on its own clock. */
  private loopFree(until: SimThread | null): void {
    const interp = this.interp;
    const cores = Math.max(1, interp.run.sys.cores);
    for (;;) {
      while (this.onCores.length < cores) {
        // Replaying a free-threaded run follows the loop's own choices (see `quantum`).
        const t =
          this.replay?.length && !this.replayFollows
            ? this.pickReplayed(until)
            : this.pickReady(until);
        if (t === null) break;
        t.state = "running";
        // The core that has been free the longest (cores free up at different virtual times).
        while (this.coreFree.length < cores - this.onCores.length) this.coreFree.push(0);
        this.coreFree.sort((a, b) => a - b);
        t.clock = Math.max(t.readySince, this.coreFree.shift() ?? 0);
        t.coreSince = t.clock;
        this.onCores.push(t);
        this.record(t, "running", null, t.clock);
        if (this.replayed) break;
      }
      if (this.onCores.length === 0) {
        this.idle(until);
        continue;
      }
      let t: SimThread;
      if (this.replayed) t = this.onCores[this.onCores.length - 1];
      else {
        t = this.onCores[0];
        for (const c of this.onCores) if (c.clock < t.clock) t = c;
        const timer = this.nextTimer();
        if (timer < t.clock) {
          this.now = Math.max(this.now, timer);
          this.fireTimers(this.now);
          continue;
        }
        interp.stepLimit = interp.totalSteps + this.quantum(t);
      }
      if (t.clock > this.stopAt) this.onStop!();
      if (t === until) {
        this.now = t.clock;
        this.gil = t;
        this.sliceSteps = interp.totalSteps;
        return;
      }
      this.now = t.clock;
      this.gil = t;
      this.sliceSteps = interp.totalSteps;
      let finished = false;
      let error: unknown = null;
      try {
        finished = interp.execute(t.vm, 0) !== PREEMPTED;
      } catch (e) {
        if (e instanceof BlockSignal) {
          this.endSlice(t);
          t.clock = this.now;
          this.offCore(t);
          this.park(t, e.wait as Wait);
          continue;
        }
        if (e instanceof EngineSignal) throw e;
        finished = true;
        error = e;
      }
      this.endSlice(t);
      t.clock = this.now;
      if (!finished && t.clock > this.stopAt) this.onStop!();
      if (finished) {
        if (this.beginMainExit(t, error)) {
          // Replaying, the next recorded slice picks it again (as after any replayed slice).
          if (this.replayed) {
            this.offCore(t);
            this.requeue(t);
          }
          continue;
        }
        this.offCore(t);
        this.finish(t, error);
        continue;
      }
      // More runnable threads than cores: the OS rotates them every switch interval.
      const iv = interp.run.sys.switchInterval * 1e9;
      if (this.replayed || (this.ready.length && t.clock - t.coreSince >= iv)) {
        this.offCore(t);
        this.requeue(t);
      }
    }
  }

  private offCore(t: SimThread): void {
    this.onCores.splice(this.onCores.indexOf(t), 1);
    this.coreFree.push(t.clock);
    if (this.replayed) {
      this.replayed = false;
      this.interp.stepLimit = Infinity;
    }
  }

  /** The earliest timeout among blocked threads. */
  private nextTimer(): number {
    let e = Infinity;
    for (const t of this.threads)
      if (t.state === "blocked" && t.wait?.deadline != null) e = Math.min(e, t.wait.deadline);
    return e;
  }

  /**
   * The main thread's code ended: report its outcome, then (like CPython's interpreter exit)
   * run threading._shutdown() in it as ordinary Python, which may block and be scheduled.
   * Returns false when there is nothing to run (the thread is finished).
   */
  private beginMainExit(t: SimThread, error: unknown): boolean {
    if (t !== this.main || this.mainExitBegun) return false;
    this.mainExitBegun = true;
    this.mainError = error;
    if (error !== null) t.error = error as PyBaseException;
    this.onMainExit?.(error);
    const fn = this.atMainExit;
    if (fn === null || error instanceof EngineSignal) return false;
    const interp = this.interp;
    const saved = interp.thread;
    interp.thread = t.vm;
    try {
      if (interp.invoke(fn, [], null) !== undefined) return false;
      t.vm.top.stop = true;
      return true;
    } catch {
      return false;
    } finally {
      interp.thread = saved;
    }
  }

  /** A thread's code ended (normally or with an uncaught exception). */
  private finish(t: SimThread, error: unknown): void {
    t.state = "done";
    this.record(t, "done", null, this.now);
    this.wakeWaiters(t);
    // (For the main thread, beginMainExit already reported the program's outcome.)
    t.onExit?.(t, error instanceof PyBaseException ? error : null);
  }

  /** Nobody can run: advance the clock to the next timer, or end the run (done or deadlock). */
  private idle(until: SimThread | null): void {
    const mainDone = this.main.state === "done";
    const nonDaemonLive = this.threads.some((t) => t.state !== "done" && !t.daemon);
    if (mainDone && !nonDaemonLive) throw new RunEnded();
    const next = this.nextEvent();
    if (next === Infinity) {
      if (until !== null && until.state === "ready")
        this.limitation = `${until.name} waits inside a call made by a builtin function (such as list() over a generator) while another thread it depends on is in the same situation; Interleave cannot resume them in this order.`;
      this.deadlock = this.deadlockReport(mainDone);
      throw new RunEnded();
    }
    this.now = Math.max(this.now, next);
    this.fireTimers(this.now);
  }

  /** Every live thread is blocked: who waits for what, and the wait-for cycle if there is one. */
  private deadlockReport(mainDone: boolean): DeadlockInfo {
    const blocked = this.threads.filter((t) => t.state !== "done" && !(mainDone && t.daemon));
    const threads = blocked.map((t) => {
      const holder = t.wait?.holder?.() ?? null;
      return {
        thread: t,
        kind: t.wait?.kind ?? "?",
        waiting: t.wait?.label ?? "?",
        object: t.wait?.object ?? null,
        holder,
      };
    });
    // Follow thread → holder edges from each thread; the first revisit closes a cycle.
    let cycle: SimThread[] = [];
    for (const start of threads) {
      const path: SimThread[] = [];
      let cur: SimThread | null = start.thread;
      while (cur !== null && !path.includes(cur)) {
        path.push(cur);
        cur = threads.find((x) => x.thread === cur)?.holder ?? null;
      }
      if (cur !== null) {
        cycle = path.slice(path.indexOf(cur));
        break;
      }
    }
    return { threads, cycle };
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
    this.meta.get(t)!.started = this.clock();
    this.makeReady(t);
  }
}

/** The scheduler of the run a native is executing in. */
export function schedulerOf(ctx: Ctx): Scheduler {
  return ctx.run.extra.get("scheduler") as Scheduler;
}

/** Block the calling thread: throws the signal the interpreter turns into a retry later. */
export function block(wait: Wait): never {
  throw new BlockSignal(wait);
}
