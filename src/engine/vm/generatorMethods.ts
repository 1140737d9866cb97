/**
 * What Python code sees of a generator object: __iter__, __next__, send, throw, close,
 * __name__/__qualname__, gi_running/gi_suspended/gi_yieldfrom and its repr, with
 * CPython 3.11's semantics. throw() and close() raise inside the suspended frame
 * through `Frame.pendingThrow`, which the interpreter raises as soon as the frame runs.
 */
import * as O from "../compile/code";
import { defGetter, defSetter, lookupAttr } from "../runtime/attrs";
import {
  BaseException,
  GeneratorExit,
  PyBaseException,
  pyErr,
  RuntimeError,
  StopIteration,
  stopIteration,
  typeError,
  ValueError,
} from "../runtime/exceptions";
import { PyTuple, PyType, type Ctx, type NativeFn, type PyValue } from "../runtime/object";
import { addr, repr } from "../runtime/ops";
import { defMethod, None, typeOf } from "../runtime/types";
import type { Frame } from "./frame";
import { GeneratorType, PyGenerator } from "./generator";

function gen(v: PyValue, name: string): PyGenerator {
  if (v instanceof PyGenerator) return v;
  throw typeError(
    `descriptor '${name}' for 'generator' objects doesn't apply to a '${typeOf(v).name}' object`,
  );
}

function isExc(e: unknown, t: PyType): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubtype(t);
}

/** The sub-iterator a suspended generator is delegating to with `yield from`, or null. */
function delegate(g: PyGenerator): PyValue | null {
  if (g.state !== "suspended") return null;
  const f = g.frame;
  const ops = f.code.ops;
  // `yield from` compiles to SEND; YIELD_VALUE; JUMP→SEND, with the sub-iterator on the stack top.
  const op = ops[f.pc];
  if ((op !== O.JUMP && op !== O.JUMP_BACKWARD) || ops[ops[f.pc + 1]] !== O.SEND) return null;
  return f.stack[f.sp - 1];
}

/** Where `yield from` continues once its sub-iterator has finished (SEND's jump target). */
function afterYieldFrom(f: Frame): number {
  return f.code.ops[f.code.ops[f.pc + 1] + 1];
}

/**
 * Resume g, sending `sent` or raising `exc` at its yield point. Returns what it yields
 * next; raises StopIteration(return value) when it returns, or whatever it raises.
 */
function resume(ctx: Ctx, g: PyGenerator, sent: PyValue, exc: PyBaseException | null): PyValue {
  if (exc !== null) {
    if (g.state === "running") throw pyErr(ValueError, "generator already executing");
    // A finished generator has no frame to raise in: the exception comes straight back.
    if (g.state === "closed") throw exc;
    g.frame.pendingThrow = exc;
  }
  try {
    const r = ctx.resumeGenerator(g, sent);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  } finally {
    // Normally consumed as the frame starts; cleared in case resuming failed before that.
    g.frame.pendingThrow = null;
  }
}

/** The exception gen.throw(typ[, val[, tb]]) raises (CPython's _gen_throw normalization). */
function thrownException(ctx: Ctx, typ: PyValue, val: PyValue): PyBaseException {
  if (typ instanceof PyType && typ.isSubtype(BaseException)) {
    if (val instanceof PyBaseException && val.cls.isSubtype(typ)) return val;
    const e = ctx.call(typ, val === None ? [] : val instanceof PyTuple ? val.items : [val]);
    if (!(e instanceof PyBaseException))
      throw typeError(
        `calling ${repr(ctx, typ)} should have returned an instance of BaseException, not ${typeOf(e).name}`,
      );
    return e;
  }
  if (typ instanceof PyBaseException) {
    if (val !== None) throw typeError("instance exception may not have a separate value");
    return typ;
  }
  throw typeError(
    `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`,
  );
}

/** Close the sub-iterator of a `yield from` (gen_close_iter); its exception, if any, is returned. */
function closeDelegate(ctx: Ctx, g: PyGenerator, sub: PyValue): PyBaseException | null {
  g.state = "running";
  try {
    if (sub instanceof PyGenerator) genClose(ctx, sub);
    else {
      const close = lookupAttr(ctx, sub, "close");
      if (close !== undefined) ctx.call(close, []);
    }
    return null;
  } catch (e) {
    if (e instanceof PyBaseException) return e;
    throw e;
  } finally {
    g.state = "suspended";
  }
}

/** gen.throw(exc): delegated to a `yield from` sub-iterator first, as CPython does. */
function genThrow(ctx: Ctx, g: PyGenerator, exc: PyBaseException, args: PyValue[]): PyValue {
  const sub = delegate(g);
  if (sub === null) return resume(ctx, g, None, exc);
  if (isExc(exc, GeneratorExit)) return resume(ctx, g, None, closeDelegate(ctx, g, sub) ?? exc);
  const subThrow = sub instanceof PyGenerator ? undefined : lookupAttr(ctx, sub, "throw");
  if (!(sub instanceof PyGenerator) && subThrow === undefined) return resume(ctx, g, None, exc);
  let v: PyValue;
  g.state = "running";
  try {
    v = sub instanceof PyGenerator ? genThrow(ctx, sub, exc, args) : ctx.call(subThrow!, args);
  } catch (e) {
    g.state = "suspended";
    if (!(e instanceof PyBaseException)) throw e;
    const f = g.frame;
    f.sp--; // the sub-iterator is finished: drop it, as SEND does
    if (!isExc(e, StopIteration)) return resume(ctx, g, None, e);
    // It returned: `yield from` evaluates to its value and g carries on after it.
    f.pc = afterYieldFrom(f);
    return resume(ctx, g, e.args[0] ?? None, null);
  }
  g.state = "suspended";
  return v;
}

/** gen.close(): GeneratorExit at the yield point; a generator that yields again is an error. */
function genClose(ctx: Ctx, g: PyGenerator): PyValue {
  if (g.state === "created" || g.state === "closed") {
    g.state = "closed";
    return None;
  }
  if (g.state === "running") throw pyErr(ValueError, "generator already executing");
  const sub = delegate(g);
  const err = sub === null ? null : closeDelegate(ctx, g, sub);
  try {
    resume(ctx, g, None, err ?? pyErr(GeneratorExit));
  } catch (e) {
    if (isExc(e, GeneratorExit) || isExc(e, StopIteration)) return None;
    throw e;
  }
  throw pyErr(RuntimeError, "generator ignored GeneratorExit");
}

function noKwargs(name: string, kwargs: Map<string, PyValue> | null): void {
  if (kwargs && kwargs.size) throw typeError(`${name}() takes no keyword arguments`);
}

const methods: Record<string, NativeFn> = {
  __iter__: (ctx, a) => gen(a[0], "__iter__"),
  __next__(ctx, a) {
    if (a.length !== 1) throw typeError(`expected 0 arguments, got ${a.length - 1}`);
    return resume(ctx, gen(a[0], "__next__"), None, null);
  },
  send(ctx, a, kw) {
    noKwargs("generator.send", kw);
    if (a.length !== 2)
      throw typeError(`generator.send() takes exactly one argument (${a.length - 1} given)`);
    return resume(ctx, gen(a[0], "send"), a[1], null);
  },
  throw(ctx, a, kw) {
    noKwargs("generator.throw", kw);
    const g = gen(a[0], "throw");
    const args = a.slice(1);
    if (args.length === 0) throw typeError("throw expected at least 1 argument, got 0");
    if (args.length > 3) throw typeError(`throw expected at most 3 arguments, got ${args.length}`);
    // The traceback argument is accepted and ignored: the engine has no traceback objects
    // (`e.__traceback__` is a stand-in), and `gen.throw(type(e), e, e.__traceback__)` must work.
    return genThrow(ctx, g, thrownException(ctx, args[0], args[1] ?? None), args);
  },
  close(ctx, a, kw) {
    noKwargs("generator.close", kw);
    if (a.length !== 1)
      throw typeError(`generator.close() takes no arguments (${a.length - 1} given)`);
    return genClose(ctx, gen(a[0], "close"));
  },
  __repr__: (ctx, a) =>
    `<generator object ${gen(a[0], "__repr__").qualname} at ${addr(ctx, gen(a[0], "__repr__"))}>`,
};

let installed = false;
/** Install the generator type's methods and attributes (idempotent). */
export function installGeneratorMethods(): void {
  if (installed) return;
  installed = true;
  for (const [name, fn] of Object.entries(methods)) defMethod(GeneratorType, name, fn);
  const g = (o: PyValue) => o as PyGenerator;
  defGetter(GeneratorType, "__name__", (ctx, o) => g(o).name);
  defGetter(GeneratorType, "__qualname__", (ctx, o) => g(o).qualname);
  defGetter(GeneratorType, "gi_running", (ctx, o) => g(o).state === "running");
  defGetter(GeneratorType, "gi_suspended", (ctx, o) => g(o).state === "suspended");
  defGetter(GeneratorType, "gi_yieldfrom", (ctx, o) => delegate(g(o)) ?? None);
  for (const attr of ["__name__", "__qualname__"] as const) {
    defSetter(GeneratorType, attr, (ctx, o, v) => {
      if (typeof v !== "string") throw typeError(`${attr} must be set to a string object`);
      if (attr === "__name__") g(o).name = v;
      else g(o).qualname = v;
    });
  }
}
