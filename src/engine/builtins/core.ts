/** The core builtin functions (print, len, isinstance, getattr, iter, next …). */
import { delAttr, getAttr, lookupAttr, setAttr } from "../runtime/attrs";
import { pyErr, StopIteration, typeError } from "../runtime/exceptions";
import { PySuper, SuperType } from "../runtime/function";
import {
  PyNativeIter,
  PyTuple,
  PyType,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import { callable, eq, getIter, hash, lenOf, next as iterNext, repr, str } from "../runtime/ops";
import { builtinType, None, ObjectType, typeOf } from "../runtime/types";
import { arity, kwarg, onlyKwargs } from "./args";

/** A frame-aware hook for zero-argument super(): [class from __class__ cell, first argument]. */
export type SuperContext = (ctx: Ctx) => [PyValue, PyValue];

function print(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  onlyKwargs("print", kwargs, ["sep", "end", "file", "flush"]);
  const sepV = kwarg(kwargs, "sep") ?? None;
  const endV = kwarg(kwargs, "end") ?? None;
  if (sepV !== None && typeof sepV !== "string")
    throw typeError(`sep must be None or a string, not ${typeOf(sepV).name}`);
  if (endV !== None && typeof endV !== "string")
    throw typeError(`end must be None or a string, not ${typeOf(endV).name}`);
  const sep = sepV === None ? " " : (sepV as string);
  const end = endV === None ? "\n" : (endV as string);
  const text = args.map((a) => str(ctx, a)).join(sep) + end;
  const file = kwarg(kwargs, "file") ?? None;
  if (file === None) ctx.write(1, text);
  else ctx.call(getAttr(ctx, file, "write"), [text]);
  return None;
}

function isinstanceOf(ctx: Ctx, v: PyValue, t: PyValue, fname: string): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isinstanceOf(ctx, v, x, fname));
  if (!(t instanceof PyType)) {
    throw typeError(`${fname}() arg 2 must be a type, a tuple of types, or a union`);
  }
  const check = typeOf(t).lookup("__instancecheck__");
  if (check !== undefined && typeOf(t).heap) return ctx.call(check, [t, v]) === true;
  return typeOf(v).isSubtype(t);
}

function issubclassOf(ctx: Ctx, c: PyValue, t: PyValue): boolean {
  if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  if (t instanceof PyTuple) return t.items.some((x) => issubclassOf(ctx, c, x));
  if (!(t instanceof PyType))
    throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return c.isSubtype(t);
}

function attrName(v: PyValue, fname: string): string {
  if (typeof v !== "string")
    throw typeError(`attribute name must be string, not '${typeOf(v).name}'`);
  void fname;
  return v;
}

/** The builtin functions defined here, by name. */
export function coreFunctions(superCtx: SuperContext): Record<string, NativeFn> {
  return {
    print,
    len(ctx, a) {
      arity("len", a, 1);
      return lenOf(ctx, a[0]);
    },
    repr(ctx, a) {
      arity("repr", a, 1);
      return repr(ctx, a[0]);
    },
    isinstance(ctx, a) {
      if (a.length !== 2) throw typeError(`isinstance expected 2 arguments, got ${a.length}`);
      return isinstanceOf(ctx, a[0], a[1], "isinstance");
    },
    issubclass(ctx, a) {
      if (a.length !== 2) throw typeError(`issubclass expected 2 arguments, got ${a.length}`);
      return issubclassOf(ctx, a[0], a[1]);
    },
    getattr(ctx, a) {
      if (a.length < 2 || a.length > 3)
        throw typeError(`getattr expected at least 2 arguments, got ${a.length}`);
      const name = attrName(a[1], "getattr");
      if (a.length === 3) {
        const v = lookupAttr(ctx, a[0], name);
        return v === undefined ? a[2] : v;
      }
      return getAttr(ctx, a[0], name);
    },
    setattr(ctx, a) {
      arity("setattr", a, 3);
      setAttr(ctx, a[0], attrName(a[1], "setattr"), a[2]);
      return None;
    },
    delattr(ctx, a) {
      arity("delattr", a, 2);
      delAttr(ctx, a[0], attrName(a[1], "delattr"));
      return None;
    },
    hasattr(ctx, a) {
      arity("hasattr", a, 2);
      return lookupAttr(ctx, a[0], attrName(a[1], "hasattr")) !== undefined;
    },
    id(ctx, a) {
      arity("id", a, 1);
      const v = a[0];
      if (typeof v === "object") return 140000000000000 + ctx.idOf(v) * 16;
      return 139000000000000 + (typeof v === "string" ? v.length : Number(v)) * 32;
    },
    hash(ctx, a) {
      arity("hash", a, 1);
      return hash(ctx, a[0]);
    },
    callable(ctx, a) {
      arity("callable", a, 1);
      return callable(a[0]);
    },
    iter(ctx, a) {
      arity("iter", a, 1, 2);
      if (a.length === 2) return callableIter(ctx, a[0], a[1]);
      return getIter(ctx, a[0]);
    },
    next(ctx, a) {
      arity("next", a, 1, 2);
      const t = typeOf(a[0]);
      if (t.lookup("__next__") === undefined && t.name !== "iterator" && t.name !== "generator")
        throw typeError(`'${t.name}' object is not an iterator`);
      // Without a default, __next__'s own StopIteration (a generator's return value) propagates.
      const own =
        a.length === 1 && !(a[0] instanceof PyNativeIter) ? t.lookup("__next__") : undefined;
      if (own !== undefined) return ctx.call(own, [a[0]]);
      const v = iterNext(ctx, a[0]);
      if (v !== undefined) return v;
      if (a.length === 2) return a[1];
      throw pyErr(StopIteration);
    },
    super(ctx, a) {
      let t: PyValue;
      let obj: PyValue;
      if (a.length === 0) [t, obj] = superCtx(ctx);
      else if (a.length === 2) [t, obj] = a;
      else throw typeError("super() takes 0 or 2 arguments");
      if (!(t instanceof PyType))
        throw typeError(`super() argument 1 must be a type, not ${typeOf(t).name}`);
      const objType = obj instanceof PyType && obj.isSubtype(t) ? obj : typeOf(obj);
      if (!objType.isSubtype(t))
        throw typeError("super(type, obj): obj must be an instance or subtype of type");
      return new PySuper(SuperType, t, obj, objType);
    },
  };
}

/** iter(callable, sentinel): calls until the sentinel comes back. */
function callableIter(ctx: Ctx, fn: PyValue, sentinel: PyValue): PyValue {
  if (!callable(fn)) throw typeError("iter(v, w): v must be callable");
  let done = false;
  return new PyNativeIter(CallableIterType, (c) => {
    if (done) return undefined;
    const v = c.call(fn, []);
    if (eq(c, v, sentinel)) {
      done = true;
      return undefined;
    }
    return v;
  });
}

/** The type of iter(callable, sentinel) objects. */
export const CallableIterType = builtinType("callable_iterator", [ObjectType]);
