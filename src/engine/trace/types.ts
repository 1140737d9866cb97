/**
 * The trace of one run (format version 1): everything the views draw, as plain JSON data.
 *
 * Times are virtual nanoseconds since the program started. Threads are numbered from 1
 * (1 = MainThread) in creation order. Spans of one thread tile its life without gaps,
 * from `created` until the run ends; the last span of a finished thread is "done".
 */

/** Version of this format; bump when a field changes meaning. */
export const TRACE_VERSION = 1;

/** Interpreter model a run used. */
export type Model = "gil" | "free-threaded";

/** What a thread is doing during a span. */
export type ThreadState =
  /** Executing bytecode (holds the GIL in GIL mode, a core in free-threaded mode). */
  | "running"
  /** Runnable, waiting for the GIL (or for a free core). */
  | "ready"
  /** Blocked in a synchronisation call; `kind` and `label` say on what. */
  | "blocked"
  /** In time.sleep(). */
  | "sleeping"
  /** Finished (or abandoned daemon at exit). */
  | "done";

/** What a blocked thread waits for. */
export type BlockKind =
  | "lock"
  | "rlock"
  | "condition"
  | "semaphore"
  | "event"
  | "queue get"
  | "queue put"
  | "queue join"
  | "future result"
  | "futures wait"
  | "join"
  | "barrier"
  | "sleep";

/** One thread of the run. */
export interface TraceThread {
  id: number;
  /** Python name: MainThread, Thread-1 (worker), ThreadPoolExecutor-0_0 … */
  name: string;
  ident: number;
  daemon: boolean;
  /** Thread that created it (null for the main thread). */
  parent: number | null;
  created: number;
  /** When start() ran, or null if never started. */
  started: number | null;
  /** When its code finished, or null if it never finished (abandoned daemon, deadlock). */
  finished: number | null;
  /** Uncaught exception that ended it, e.g. "ValueError: bad". */
  error: string | null;
}

/** A stretch of time during which one thread was in one state. */
export interface Span {
  thread: number;
  state: ThreadState;
  start: number;
  end: number;
  /** Source line of the main program the thread was at when the span began (0 if unknown). */
  line: number;
  /** For blocked/sleeping spans: what kind of wait. */
  kind?: BlockKind;
  /** For blocked spans: id of the object waited on (see `objects`). */
  object?: number;
  /** Human-readable wait, e.g. `q.get()`, `join(Thread-2)`, `lock`, `sleep(0.5)`. */
  label?: string;
}

/** A synchronisation object (lock, queue, future, event …) seen during the run. */
export interface TraceObject {
  id: number;
  type:
    | "lock"
    | "rlock"
    | "condition"
    | "semaphore"
    | "event"
    | "barrier"
    | "queue"
    | "future"
    | "thread";
  /** Short display name: "lock#1", "Queue#2", "Future#3 (work)" … */
  name: string;
  /** Line of the main program where it was created (0 if unknown). */
  line: number;
}

/** Something that happened at an instant. `thread` is the thread that did it. */
export type TraceEvent = { t: number; thread: number; line: number } & (
  | { type: "thread start"; target: number }
  | { type: "thread exit"; target: number }
  | { type: "join"; target: number }
  /** A thread asked for a lock that was held (it will wait). */
  | { type: "lock request"; object: number; holder: number | null }
  | { type: "lock acquire"; object: number; waited: number }
  | { type: "lock release"; object: number; held: number }
  | { type: "queue put"; object: number; item: string; seq: number }
  /** `seq` matches the put that produced the item (its producer is that event's thread). */
  | { type: "queue get"; object: number; item: string; seq: number }
  | { type: "future submit"; object: number; fn: string }
  | { type: "future running"; object: number }
  | { type: "future done"; object: number; result: string; exception: string | null }
  | { type: "future cancelled"; object: number }
  /** A thread obtained a finished future's outcome (result(), exception()). */
  | { type: "future consumed"; object: number; reraised: boolean }
  | { type: "callback"; object: number; fn: string }
  | { type: "event set"; object: number }
  | { type: "notify"; object: number; n: number }
  | { type: "print"; fd: 1 | 2; text: string }
  | { type: "exception"; exception: string; uncaught: boolean }
);

/** GIL ownership: which thread held it from `start` to `end` (GIL model only). */
export interface GilSpan {
  thread: number;
  start: number;
  end: number;
}

/** A deadlock: the blocked threads and, when there is one, the wait-for cycle. */
export interface Deadlock {
  /** Every blocked thread and what it waits for. */
  threads: { thread: number; waiting: string; object: number | null; holder: number | null }[];
  /** Thread ids forming a cycle thread → object → holder → … (empty if none). */
  cycle: number[];
  /** The message printed on stderr. */
  message: string;
}

/** How the run ended. */
export interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Virtual seconds until the program exited. */
  elapsed: number;
  deadlock: Deadlock | null;
}

/** The whole trace. */
export interface Trace {
  version: typeof TRACE_VERSION;
  model: Model;
  settings: { switchInterval: number; cores: number; seed: number };
  /** Name of the main program file (lines in spans and events refer to it). */
  filename: string;
  threads: TraceThread[];
  spans: Span[];
  gil: GilSpan[];
  objects: TraceObject[];
  /** Sorted by time, then by the order they happened. */
  events: TraceEvent[];
  outcome: Outcome;
  /** Instructions executed. */
  instructions: number;
  /** Set when spans/events were capped to keep the trace small (see README). */
  truncated: boolean;
  /** The schedule the run followed (`thread:instructions` slices); replaying it reproduces the run. */
  schedule: string;
}
