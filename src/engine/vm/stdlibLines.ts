/**
 * Source lines of CPython 3.11's own library that appear in tracebacks crossing
 * library code (e.g. a worker exception re-raised by Future.result()). The engine
 * implements these modules natively, so it prints the lines CPython would.
 */

import type { Ctx } from "../runtime/object";

/** Where CPython's library lives in printed paths (normalized by the conformance script too). */
export const STDLIB = "/usr/lib/python3.11";

const LINES: Record<string, Record<number, string>> = {
  "threading.py": {
    1045: "        self.run()",
    982: "        self._target(*self._args, **self._kwargs)",
  },
  "concurrent/futures/_base.py": {
    449: "            return self.__get_result()",
    456: "                return self.__get_result()",
    401: "            raise self._exception",
  },
  "concurrent/futures/thread.py": {
    58: "            result = self.fn(*self.args, **self.kwargs)",
  },
};

/** Library modules the engine runs from Python source, by file name. */
const registered = new Map<string, string>();

/** Make a library file's source available to tracebacks. */
export function registerStdlibSource(filename: string, source: string): void {
  registered.set(filename, source);
}

/** Source lookup for tracebacks of the current run: its program, then the library. */
export function sourceLookup(ctx: Ctx): (filename: string) => string | undefined {
  const own = ctx.run.extra.get("sources") as Map<string, string> | undefined;
  return (f) => own?.get(f) ?? stdlibSource(f);
}

/** The full source of a library file as far as tracebacks need it (other lines are empty). */
export function stdlibSource(filename: string): string | undefined {
  const r = registered.get(filename);
  if (r !== undefined) return r;
  if (!filename.startsWith(STDLIB + "/")) return undefined;
  const table = LINES[filename.slice(STDLIB.length + 1)];
  if (!table) return undefined;
  const max = Math.max(...Object.keys(table).map(Number));
  const lines: string[] = [];
  for (let i = 1; i <= max; i++) lines.push(table[i] ?? "");
  return lines.join("\n");
}
