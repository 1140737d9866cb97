/** The `dataclasses` module: CPython's Python implementation plus a native stand-in for its exec(). */
import { newDict, PyDict } from "../runtime/containers";
import { typeError } from "../runtime/exceptions";
import { PyFunction } from "../runtime/function";
import type { Ctx, NativeFn, PyValue } from "../runtime/object";
import { builtinFn } from "../runtime/types";
import { deepcopyFn } from "./copy";
import { DATACLASSES_HELPERS_SOURCE } from "./dataclassesHelpers";
import { DATACLASSES_PROCESS_SOURCE } from "./dataclassesProcess";
import { DATACLASSES_FIELDS_SOURCE } from "./dataclassesPy";
import { defineFromSource, execSource } from "./pysource";
import { defineModule } from "./registry";
import { newModule } from "./util";

/**
 * _create_fns(source, namespace, qualprefix): run generated `def`s with the
 * namespace dict as their globals; returns {name: function} in definition order,
 * each named `qualprefix.name` as dataclasses' _set_qualname does.
 */
const createFns: NativeFn = (ctx, a) => {
  const [source, ns, prefix] = a;
  if (typeof source !== "string" || !(ns instanceof PyDict) || typeof prefix !== "string")
    throw typeError("_create_fns(source, dict, str)");
  const globals = new Map<string, PyValue>();
  ns.table.keys.forEach((k, i) => {
    if (typeof k === "string") globals.set(k, ns.table.vals[i]);
  });
  globals.set("__name__", "__main__");
  const before = new Set(globals.keys());
  // Each def is compiled alone with its `def` on line 2, as CPython's __create_fn__ wrapper
  // puts it, so tracebacks show the same "<string>" line numbers. The qualified name is
  // part of the text so each class gets its own code objects (their names differ).
  for (const chunk of source.split(/^(?=def )/m)) {
    if (chunk.trim()) execSource(ctx, `# ${prefix}\n${chunk}`, "<string>", globals);
  }
  const out = newDict();
  for (const [k, v] of globals) {
    if (before.has(k) || !(v instanceof PyFunction)) continue;
    v.qualname = `${prefix}.${k}`;
    v.code.qualname = v.qualname;
    out.table.set(ctx, k, v);
  }
  return out;
};

function makeDataclasses(ctx: Ctx) {
  const m = newModule("dataclasses");
  const g = m.dict!;
  g.set("_create_fns", builtinFn("_create_fns", createFns));
  g.set("deepcopy", builtinFn("deepcopy", deepcopyFn));
  const source =
    DATACLASSES_FIELDS_SOURCE + DATACLASSES_PROCESS_SOURCE + DATACLASSES_HELPERS_SOURCE;
  defineFromSource(ctx, source, "dataclasses", g);
  return m;
}

defineModule("dataclasses", makeDataclasses);
