/** The Variables panel's pure parts: frame grouping and titles, change marks. */
import type { FrameView, Snapshot, VarView } from "../engine/inspect/index";

/** A frame of the program's own code, or a run of library frames shown as one line. */
export type FrameGroup =
  { kind: "own"; frame: FrameView } | { kind: "library"; frames: FrameView[] };

/** Outermost first; consecutive library frames (threading.py …) collapse into one group. */
export function groupFrames(frames: FrameView[]): FrameGroup[] {
  const out: FrameGroup[] = [];
  for (const f of frames) {
    const last = out[out.length - 1];
    if (!f.library) out.push({ kind: "own", frame: f });
    else if (last?.kind === "library") last.frames.push(f);
    else out.push({ kind: "library", frames: [f] });
  }
  return out;
}

/** "deposit() · line 13", or "module level · line 24". */
export function frameTitle(f: FrameView): string {
  const where = f.function === "<module>" ? "module level" : `${f.function}()`;
  return `${where} · line ${f.line}`;
}

/** "in threading.py: Thread.join → Thread._wait_for_tstate_lock". */
export function libraryTitle(frames: FrameView[]): string {
  const files = [...new Set(frames.map((f) => f.file))].join(", ");
  return `in ${files}: ${frames.map((f) => f.function).join(" → ")}`;
}

/** Key of a variable for change marking: globals by name, locals by thread, depth and name. */
export function varKey(scope: string, name: string): string {
  return `${scope}\u0000${name}`;
}

function collect(s: Snapshot): Map<string, string> {
  const out = new Map<string, string>();
  const put = (scope: string, vars: VarView[]) => {
    for (const v of vars) {
      const fields = v.value.fields?.map((f) => `${f.name}=${f.repr}`).join(",") ?? "";
      out.set(varKey(scope, v.name), v.value.repr + "|" + fields);
    }
  };
  put("globals", s.globals);
  for (const th of s.threads)
    th.frames.forEach((f, depth) => put(localScope(th.thread, depth, f), f.locals));
  return out;
}

/** The scope key of a frame's locals. */
export function localScope(thread: number, depth: number, f: FrameView): string {
  return `${thread}:${depth}:${f.function}`;
}

/**
 * Keys (see varKey) of variables whose value differs from `before`, or that are new; empty
 * when there is nothing to compare with.
 */
export function changedVars(before: Snapshot | null, after: Snapshot): Set<string> {
  if (before === null || before.t === after.t) return new Set();
  const a = collect(before);
  const out = new Set<string>();
  for (const [k, v] of collect(after)) if (a.get(k) !== v) out.add(k);
  return out;
}
