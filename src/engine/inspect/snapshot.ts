/** The program's variables at the moment the scheduler stopped: globals and every thread's frames. */
import { PyFunction } from "../runtime/function";
import { PyBuiltin, PyModule, PyType, type PyValue } from "../runtime/object";
import type { Frame } from "../vm/frame";
import type { Scheduler } from "../vm/scheduler";
import type { FrameView, Snapshot, ThreadView, VarView } from "./types";
import { valueView } from "./values";

const isDunder = (name: string) => name.startsWith("__") && name.endsWith("__");

/**
 * Whether a global is the program's own (as Python Tutor shows them): not a dunder, not a
 * module, not a function or class brought in by `from m import f`.
 */
export function isUserGlobal(name: string, v: PyValue): boolean {
  if (isDunder(name)) return false;
  if (v instanceof PyModule || v instanceof PyBuiltin) return false;
  if (v instanceof PyType) return v.module === "__main__";
  if (v instanceof PyFunction) return v.module === "__main__";
  return true;
}

/** The program's globals, in definition order. */
export function globalsView(globals: Map<string, PyValue>): VarView[] {
  const out: VarView[] = [];
  for (const [name, v] of globals)
    if (isUserGlobal(name, v)) out.push({ name, value: valueView(v) });
  return out;
}

/**
 * A frame's locals in CPython's order (parameters and locals, then cells and free variables),
 * without the hidden ones (a comprehension's `.0`, the `__class__` cell of super()).
 */
export function frameLocals(f: Frame): VarView[] {
  const out = new Map<string, PyValue>();
  if (f.locals !== null) for (const [k, v] of f.locals) out.set(k, v);
  else if (f.fn !== null) {
    f.code.varnames.forEach((n, i) => {
      const v = f.fast[i];
      if (v !== undefined) out.set(n, v);
    });
    [...f.code.cellvars, ...f.code.freevars].forEach((n, i) => {
      const v = f.cells[i]?.value;
      if (v !== undefined && !out.has(n)) out.set(n, v);
    });
  }
  const views: VarView[] = [];
  for (const [name, v] of out)
    if (!name.startsWith(".") && !isDunder(name)) views.push({ name, value: valueView(v) });
  return views;
}

/** One frame; library code (threading.py, queue.py …) is named but its locals are left out. */
function frameView(f: Frame, filename: string): FrameView {
  const library = f.code.filename !== filename;
  const module = f.fn === null && f.locals === null;
  return {
    function: f.code.qualname,
    file: f.code.filename.split("/").pop() ?? f.code.filename,
    line: f.line,
    library,
    locals: library || module ? [] : frameLocals(f),
  };
}

/** Every thread the program started, with its frames outermost first. */
export function threadsView(sched: Scheduler): ThreadView[] {
  return sched.threads.map((t) => ({
    thread: t.vm.id,
    name: t.name,
    state: t.state,
    frames: t.state === "done" ? [] : t.vm.frames.map((f) => frameView(f, sched.filename)),
  }));
}

/** The whole snapshot at virtual time `t`. */
export function snapshotOf(
  sched: Scheduler,
  globals: Map<string, PyValue>,
  t: number,
  ended: boolean,
): Snapshot {
  return { t, ended, globals: globalsView(globals), threads: threadsView(sched) };
}
