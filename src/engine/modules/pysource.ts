/**
 * Runs stdlib parts written in Python. CPython itself implements these in Python
 * (contextlib, Counter, dataclass-generated methods, total_ordering …), and here
 * they must be Python too: their dunders must be Python functions for the
 * operator machinery, and calls through them must run on the VM (not nested in a
 * native) so that a thread may block or switch inside them.
 */
import { CodeCache } from "../compile/cache";
import { compileModule } from "../compile/compiler";
import type { CodeObject } from "../compile/code";
import { parseModule } from "../parse/parse";
import { PyFunction } from "../runtime/function";
import type { Ctx, PyValue } from "../runtime/object";
import { None } from "../runtime/types";

/** Library sources are fixed: every one stays compiled for the process. */
const compiled = new CodeCache((source, filename) =>
  compileModule(parseModule(source), filename, source),
);

/** Compile module source once per process. */
export function compileSource(source: string, filename: string): CodeObject {
  return compiled.get(source, filename);
}

/** Execute module source with `globals` as its namespace (names it defines land there). */
export function execSource(
  ctx: Ctx,
  source: string,
  filename: string,
  globals: Map<string, PyValue>,
): Map<string, PyValue> {
  if (!globals.has("__name__")) globals.set("__name__", "__main__");
  if (!globals.has("__doc__")) globals.set("__doc__", None);
  const code = compileSource(source, filename);
  // Module code run as a function with no locals stores its names into `globals`.
  ctx.call(new PyFunction(code, globals, [], null, []), []);
  return globals;
}

/**
 * Compile and run source, then give every function it defined the module name `module`.
 * `native` marks code standing in for CPython's C code: its file is `<native module>`.
 */
export function defineFromSource(
  ctx: Ctx,
  source: string,
  module: string,
  globals: Map<string, PyValue>,
  native = false,
): Map<string, PyValue> {
  globals.set("__name__", module);
  execSource(ctx, source, native ? `<native ${module}>` : `<frozen ${module}>`, globals);
  for (const v of globals.values()) if (v instanceof PyFunction) v.module = module;
  return globals;
}
