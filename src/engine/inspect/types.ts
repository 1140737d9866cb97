/**
 * What inspection reports: the program's variables at one moment of a run, as text made by the
 * engine without running any of the program's code (no __repr__ is called).
 */

/** A value as the Variables panel shows it. */
export interface ValueView {
  /** The Python type's name: "int", "list", "Foo", "_thread.lock". */
  type: string;
  /** CPython's repr for builtin types; `<__main__.Foo object>` for instances; no addresses. */
  repr: string;
  /** Attributes one level deep (an instance's fields, a queue's items, a future's result). */
  fields?: FieldView[];
}

/** One attribute of an instance, shown without its own fields. */
export interface FieldView {
  name: string;
  type: string;
  repr: string;
}

/** A name bound to a value (a global, a local). */
export interface VarView {
  name: string;
  value: ValueView;
}

/** One frame of a thread's stack. */
export interface FrameView {
  /** The code's qualified name: "deposit", "Worker.run", "<module>". */
  function: string;
  /** File of the code ("main.py", or a library module such as "threading.py"). */
  file: string;
  line: number;
  /** Code of a provided module (threading, queue …): shown collapsed, without locals. */
  library: boolean;
  /** Locals of the program's own functions (empty for module level and library frames). */
  locals: VarView[];
}

/** One thread at the inspected moment. */
export interface ThreadView {
  /** The trace's thread id (lane and colour). */
  thread: number;
  name: string;
  state: "new" | "ready" | "running" | "blocked" | "done";
  /** Outermost first, as Python Tutor draws them; empty once the thread has finished. */
  frames: FrameView[];
}

/** The program's state at virtual time `t`. */
export interface Snapshot {
  /** Virtual time in ns the run was stopped at. */
  t: number;
  /** Set when the run ended before `t`: the values are those at its end. */
  ended: boolean;
  /** The main module's own names, in definition order (no modules, dunders or imports). */
  globals: VarView[];
  threads: ThreadView[];
}
