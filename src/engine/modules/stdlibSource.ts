/**
 * Library modules written in Python at CPython's own paths (threading.py, queue.py,
 * concurrent/futures/*.py). A line ending in `#@N` is moved to line N (blank lines are
 * inserted before it), so the frames and lines of tracebacks through the library are
 * those CPython 3.11 prints.
 */
import type { Ctx, PyValue } from "../runtime/object";
import { PyFunction } from "../runtime/function";
import { registerStdlibSource, STDLIB } from "../vm/stdlibLines";
import { execSource } from "./pysource";

const ANCHOR = /\s*#@(\d+)$/;
const anchoredCache = new Map<string, string>();

/** Place every `#@N` line at line N; throws (a bug in the library source) if N is already past. */
export function anchorLines(source: string): string {
  const cached = anchoredCache.get(source);
  if (cached !== undefined) return cached;
  const out: string[] = [];
  for (const line of source.replace(/^\n/, "").split("\n")) {
    const m = ANCHOR.exec(line);
    if (m) {
      const want = Number(m[1]);
      if (out.length + 1 > want)
        throw new Error(`library source: line "${line.trim()}" is past line ${want}`);
      while (out.length + 1 < want) out.push("");
      out.push(line.slice(0, m.index));
    } else out.push(line);
  }
  const text = out.join("\n");
  anchoredCache.set(source, text);
  return text;
}

/** Run library source as module `module` at `STDLIB/relPath` (or a `<native …>` name). */
export function defineStdlibModule(
  ctx: Ctx,
  relPath: string,
  source: string,
  globals: Map<string, PyValue>,
  module: string,
): Map<string, PyValue> {
  const filename = relPath.startsWith("<") ? relPath : `${STDLIB}/${relPath}`;
  const text = anchorLines(source);
  registerStdlibSource(filename, text);
  globals.set("__name__", module);
  globals.set("__file__", filename);
  execSource(ctx, text, filename, globals);
  for (const v of globals.values())
    if (v instanceof PyFunction && v.globals === globals) v.module = module;
  return globals;
}
