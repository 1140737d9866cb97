/** Text and introspection builtins: chr, ord, format, ascii, vars, dir, globals, locals, and the unsupported ones. */
import { lookupAttr } from "../runtime/attrs";
import { PyBytes } from "../runtime/bytes";
import { newDict, type PyDict } from "../runtime/containers";
import {
  OverflowError,
  pyErr,
  RuntimeError,
  SystemExit,
  typeError,
  ValueError,
} from "../runtime/exceptions";
import {
  PyBuiltin,
  PyModule,
  PyType,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import { format, toArray } from "../runtime/ops";
import { asciiOf } from "../runtime/strformat";
import { newList, None, ObjectType, typeOf } from "../runtime/types";
import type { Frame } from "../vm/frame";
import { exactlyOne, rejectKeywords, toIndex } from "./functionsUtil";
import { sortItems } from "./types/list";

function chr(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  rejectKeywords("chr", kwargs);
  const i = toIndex(ctx, exactlyOne("chr", args));
  if (typeof i === "bigint" || i > 0x7fffffff || i < -0x80000000)
    throw pyErr(OverflowError, "Python int too large to convert to C int");
  if (i < 0 || i > 0x10ffff) throw pyErr(ValueError, "chr() arg not in range(0x110000)");
  return String.fromCodePoint(i);
}

function ord(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  rejectKeywords("ord", kwargs);
  const c = exactlyOne("ord", args);
  let n: number;
  if (typeof c === "string") {
    // Count code points: an astral character is one Python character but two JS units.
    n = c.length === 1 ? 1 : [...c].length;
    if (n === 1) return c.codePointAt(0)!;
  } else if (c instanceof PyBytes) {
    n = c.data.length;
    if (n === 1) return c.data[0];
  } else throw typeError(`ord() expected string of length 1, but ${typeOf(c).name} found`);
  throw typeError(`ord() expected a character, but string of length ${n} found`);
}

function formatFn(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  rejectKeywords("format", kwargs);
  if (args.length === 0) throw typeError("format expected at least 1 argument, got 0");
  if (args.length > 2) throw typeError(`format expected at most 2 arguments, got ${args.length}`);
  const spec = args[1] ?? "";
  if (typeof spec !== "string")
    throw typeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
  return format(ctx, args[0], spec);
}

/** The Python frame that called the running native (natives push no frame of their own). */
function callerFrame(ctx: Ctx): Frame | null {
  // The VM's Ctx is the interpreter, which exposes its current thread; Ctx itself stays VM-agnostic.
  const th = (ctx as Partial<{ thread: { frames: Frame[] } }>).thread;
  return th && th.frames.length ? th.frames[th.frames.length - 1] : null;
}

function dictOf(ctx: Ctx, entries: Iterable<[string, PyValue]>): PyDict {
  const d = newDict();
  for (const [k, v] of entries) d.table.set(ctx, k, v);
  return d;
}

/** The names visible as locals in frame f, in CPython's order (locals, then cells, then free variables). */
function frameLocals(f: Frame): [string, PyValue][] {
  if (f.locals !== null) return [...f.locals];
  if (f.fn === null) return [...f.globals];
  const out = new Map<string, PyValue>();
  f.code.varnames.forEach((n, i) => {
    const v = f.fast[i];
    if (v !== undefined) out.set(n, v);
  });
  const derefs = [...f.code.cellvars, ...f.code.freevars];
  derefs.forEach((n, i) => {
    const v = f.cells[i]?.value;
    if (v !== undefined && !out.has(n)) out.set(n, v);
  });
  return [...out];
}

// globals() and locals() return snapshots: CPython's globals() is the live module dict,
// but the engine keeps namespaces in JS Maps, so writes through the result are not seen.
function globalsFn(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  rejectKeywords("globals", kwargs);
  if (args.length) throw typeError(`globals() takes no arguments (${args.length} given)`);
  const f = callerFrame(ctx);
  return dictOf(ctx, f ? f.globals : []);
}

function localsFn(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  rejectKeywords("locals", kwargs);
  if (args.length) throw typeError(`locals() takes no arguments (${args.length} given)`);
  const f = callerFrame(ctx);
  return dictOf(ctx, f ? frameLocals(f) : []);
}

function vars(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  rejectKeywords("vars", kwargs);
  if (args.length > 1) throw typeError(`vars expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return localsFn(ctx, [], null);
  const d = lookupAttr(ctx, args[0], "__dict__");
  if (d === undefined) throw typeError("vars() argument must have __dict__ attribute");
  return d;
}

/** Attributes every object has in CPython (object's own __dict__), which the engine's `object` does not all define. */
const OBJECT_NAMES = [
  "__class__",
  "__delattr__",
  "__dir__",
  "__doc__",
  "__eq__",
  "__format__",
  "__ge__",
  "__getattribute__",
  "__getstate__",
  "__gt__",
  "__hash__",
  "__init__",
  "__init_subclass__",
  "__le__",
  "__lt__",
  "__ne__",
  "__new__",
  "__reduce__",
  "__reduce_ex__",
  "__repr__",
  "__setattr__",
  "__sizeof__",
  "__str__",
  "__subclasshook__",
];

/** Names of a class and its bases (CPython's type.__dir__). */
function classNames(t: PyType, out: Set<string>): void {
  for (const c of t.mro) {
    if (c === ObjectType) for (const n of OBJECT_NAMES) out.add(n);
    for (const k of c.ns.keys()) out.add(k);
    // A class statement's namespace also gets these (CPython stores them in the class __dict__).
    if (c.heap && !c.ns.has("__slots__"))
      for (const n of ["__dict__", "__doc__", "__module__", "__weakref__"]) out.add(n);
  }
}

function sortedNames(ctx: Ctx, names: PyValue[]): PyValue {
  sortItems(ctx, names, None, false);
  return newList(names);
}

function dir(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  rejectKeywords("dir", kwargs);
  if (args.length > 1) throw typeError(`dir expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) {
    const f = callerFrame(ctx);
    return sortedNames(ctx, f ? frameLocals(f).map(([k]) => k) : []);
  }
  const obj = args[0];
  const t = typeOf(obj);
  const own = t.lookup("__dir__");
  if (own !== undefined && !(own instanceof PyBuiltin))
    return sortedNames(ctx, toArray(ctx, ctx.call(own, [obj])));
  const names = new Set<string>();
  if (obj instanceof PyModule) for (const k of obj.dict!.keys()) names.add(k);
  else if (obj instanceof PyType) classNames(obj, names);
  else {
    if (typeof obj === "object" && obj.dict !== null) for (const k of obj.dict.keys()) names.add(k);
    classNames(t, names);
  }
  return sortedNames(ctx, [...names]);
}

/** A builtin Interleave cannot offer: raises a RuntimeError sentence saying so. */
function unsupported(name: string, why: string): NativeFn {
  return () => {
    throw pyErr(RuntimeError, `${why}: ${name}() is not supported`);
  };
}

const NO_IO = "Interleave runs programs without files or input";
const NO_DYNAMIC = "Interleave runs only the program's own source, not code built at run time";

/** exit()/quit() from the site module: raise SystemExit(code). */
function exitFn(ctx: Ctx, args: PyValue[]): PyValue {
  const e = pyErr(SystemExit);
  e.args = args.length ? [args[0]] : [];
  throw e;
}

/** The text and introspection builtin functions by name. */
export const introspectFunctions: Record<string, NativeFn> = {
  chr,
  ord,
  format: formatFn,
  ascii: (ctx, args, kwargs) => {
    rejectKeywords("ascii", kwargs);
    return asciiOf(ctx, exactlyOne("ascii", args));
  },
  vars,
  dir,
  globals: globalsFn,
  locals: localsFn,
  input: unsupported("input", NO_IO),
  open: unsupported("open", NO_IO),
  exec: unsupported("exec", NO_DYNAMIC),
  eval: unsupported("eval", NO_DYNAMIC),
  compile: unsupported("compile", NO_DYNAMIC),
  breakpoint: unsupported(
    "breakpoint",
    "Interleave has no debugger prompt (use its step controls)",
  ),
  exit: exitFn,
  quit: exitFn,
};
