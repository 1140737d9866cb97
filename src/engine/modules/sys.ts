/** The `sys` module. */
import {
  PyBaseException,
  pyErr,
  pyErrArgs,
  SystemExit,
  tracebackOf,
  typeError,
  ValueError,
} from "../runtime/exceptions";
import { asFloat, asInt } from "../runtime/numeric";
import { PyModule, type Ctx, type NativeFn, type PyValue } from "../runtime/object";
import { newDict } from "../runtime/containers";
import {
  builtinFn,
  builtinType,
  defMethod,
  ModuleType,
  newFloat,
  newList,
  newTuple,
  None,
  ObjectType,
} from "../runtime/types";
import { defineModule } from "./registry";

/** The type of sys.stdout / sys.stderr. */
const TextIOType = builtinType("TextIOWrapper", [ObjectType]);
TextIOType.module = "_io";
class Stream extends PyModule {}
defMethod(TextIOType, "write", (ctx, a) => {
  const s = a[1];
  if (typeof s !== "string")
    throw typeError(
      `write() argument must be str, not ${typeof s === "object" ? s.cls.name : typeof s}`,
    );
  const fd = (a[0] as Stream).name === "<stderr>" ? 2 : 1;
  ctx.write(fd, s);
  return s.length;
});
defMethod(TextIOType, "flush", () => None);
defMethod(TextIOType, "isatty", () => false);

/** sys.modules: a live dict of the imported modules. */
function modulesView(ctx: Ctx): PyValue {
  const d = newDict();
  for (const [k, v] of ctx.run.modules) d.table.set(ctx, k, v);
  // The import system keeps it up to date (see vm/imports.ts).
  ctx.run.extra.set("sys.modules", d);
  return d;
}

/** A read-only record like sys.float_info (attributes only). */
function infoObject(name: string, fields: Record<string, PyValue>): PyModule {
  const o = new PyModule(ModuleType, name);
  for (const [k, v] of Object.entries(fields)) o.dict!.set(k, v);
  return o;
}

/** Build the sys module for a run. */
export function makeSys(ctx: Ctx): PyModule {
  const m = new PyModule(ModuleType, "sys");
  const d = m.dict!;
  const run = ctx.run;
  const out = new Stream(TextIOType, "<stdout>");
  const err = new Stream(TextIOType, "<stderr>");
  const fns: Record<string, NativeFn> = {
    exit(c, a) {
      throw pyErrArgs(SystemExit, a.length ? [a[0]] : []);
    },
    getrecursionlimit: () => run.sys.recursionLimit,
    setrecursionlimit(c, a) {
      const n = asInt(a[0] ?? None);
      if (n === null) throw typeError("an integer is required");
      if (n < 1) throw pyErr(ValueError, "recursion limit must be greater or equal than 1");
      run.sys.recursionLimit = Number(n);
      return None;
    },
    getswitchinterval: () => newFloat(run.sys.switchInterval),
    setswitchinterval(c, a) {
      const f = asFloat(a[0] ?? None);
      if (f === null)
        throw typeError(
          `must be real number, not ${typeof a[0] === "object" ? a[0].cls.name : typeof a[0]}`,
        );
      if (f <= 0) throw pyErr(ValueError, "switch interval must be strictly positive");
      run.sys.switchInterval = f;
      return None;
    },
    exc_info(c) {
      const e = (c as unknown as { thread: { excInfo: PyValue | null } }).thread.excInfo;
      if (!e) return newTuple([None, None, None]);
      return newTuple([(e as PyModule).cls, e, tracebackOf(e as PyBaseException)]);
    },
    getsizeof: () => 64,
    intern: (c, a) => a[0],
  };
  for (const [k, f] of Object.entries(fns)) d.set(k, builtinFn(k, f));
  d.set("stdout", out);
  d.set("stderr", err);
  d.set("__stdout__", out);
  d.set("__stderr__", err);
  d.set("argv", newList(run.sys.argv.slice()));
  d.set("maxsize", 9223372036854775807n);
  d.set("platform", "linux");
  d.set("byteorder", "little");
  d.set("version", "3.12.0 (Interleave simulated CPython)");
  d.set("version_info", newTuple([3, 12, 0, "final", 0]));
  d.set("path", newList([]));
  d.set(
    "float_info",
    infoObject("sys.float_info", {
      max: newFloat(Number.MAX_VALUE),
      min: newFloat(2.2250738585072014e-308),
      epsilon: newFloat(Number.EPSILON),
      dig: 15,
      mant_dig: 53,
      max_exp: 1024,
      min_exp: -1021,
      radix: 2,
    }),
  );
  d.set("int_info", infoObject("sys.int_info", { bits_per_digit: 30, sizeof_digit: 4 }));
  d.set("modules", modulesView(ctx));
  d.set("__name__", "sys");
  return m;
}

defineModule("sys", makeSys);
