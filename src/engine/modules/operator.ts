/** The `operator` module: the operators as functions, and itemgetter / attrgetter / methodcaller. */
import { getAttr } from "../runtime/attrs";
import { binaryOp } from "../runtime/binops";
import { pyErr, typeError, ValueError } from "../runtime/exceptions";
import {
  PyFloat,
  PyList,
  PyObject,
  PyTuple,
  PyType,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import {
  compare,
  contains,
  delItem,
  eq,
  getItem,
  getIter,
  lenOf,
  next,
  repr,
  setItem,
  truthy,
  type CmpName,
} from "../runtime/ops";
import {
  builtinFn,
  BuiltinFunctionType,
  defMethod,
  newFloat,
  newTuple,
  None,
  ObjectType,
  typeOf,
} from "../runtime/types";
import { PyBuiltin } from "../runtime/object";
import { defineModule } from "./registry";
import { indexOf, moduleType, newModule } from "./util";

const BINARY: Record<string, number> = {
  add: 0,
  sub: 1,
  mul: 2,
  matmul: 3,
  truediv: 4,
  mod: 5,
  pow: 6,
  lshift: 7,
  rshift: 8,
  or_: 9,
  xor: 10,
  and_: 11,
  floordiv: 12,
};
const COMPARE: Record<string, CmpName> = {
  lt: "Lt",
  le: "LtE",
  eq: "Eq",
  ne: "NotEq",
  gt: "Gt",
  ge: "GtE",
};

/** -x, +x, ~x, abs(x) with Python semantics. */
function unary(ctx: Ctx, dunder: string, sym: string, v: PyValue): PyValue {
  const n = typeof v === "boolean" ? (v ? 1 : 0) : v;
  if (typeof n === "number" || typeof n === "bigint") {
    const b = BigInt(n);
    const r =
      dunder === "__neg__"
        ? -b
        : dunder === "__pos__"
          ? b
          : dunder === "__abs__"
            ? b < 0n
              ? -b
              : b
            : -b - 1n;
    return Number.isSafeInteger(Number(r)) ? Number(r) : r;
  }
  if (n instanceof PyFloat && dunder !== "__invert__")
    return newFloat(dunder === "__neg__" ? -n.v : dunder === "__abs__" ? Math.abs(n.v) : n.v);
  const f = typeOf(v).lookup(dunder);
  if (f !== undefined) return ctx.call(f, [v]);
  if (dunder === "__abs__") throw typeError(`bad operand type for abs(): '${typeOf(v).name}'`);
  throw typeError(`bad operand type for unary ${sym}: '${typeOf(v).name}'`);
}

function arity(name: string, a: PyValue[], n: number): void {
  if (a.length !== n)
    throw typeError(
      n === 1
        ? `${name}() takes exactly one argument (${a.length} given)`
        : `${name} expected ${n} arguments, got ${a.length}`,
    );
}

/** A callable helper object (itemgetter, attrgetter, methodcaller) and what it holds. */
class PyGetter extends PyObject {
  items: PyValue[] = [];
  name = "";
  kwargs: Map<string, PyValue> | null = null;
}

function getterType(
  name: string,
  make: (g: PyGetter, a: PyValue[], kw: Map<string, PyValue> | null) => void,
  call: (ctx: Ctx, g: PyGetter, obj: PyValue) => PyValue,
  show: (ctx: Ctx, g: PyGetter) => string,
): PyType {
  const t = moduleType("operator", name, [ObjectType], (cls) => new PyGetter(cls));
  t.ns.set(
    "__new__",
    new PyBuiltin(
      BuiltinFunctionType,
      "__new__",
      (ctx, a, kw) => {
        const g = new PyGetter(a[0] as PyType);
        make(g, a.slice(1), kw);
        return g;
      },
      false,
      undefined,
      name,
    ),
  );
  defMethod(t, "__call__", (ctx, a, kw) => {
    if (a.length !== 2 || (kw && kw.size))
      throw typeError(`${name} expected 1 argument, got ${a.length - 1}`);
    return call(ctx, a[0] as PyGetter, a[1]);
  });
  defMethod(t, "__repr__", (ctx, a) => `operator.${name}(${show(ctx, a[0] as PyGetter)})`);
  return t;
}

function dotted(ctx: Ctx, obj: PyValue, path: string): PyValue {
  for (const part of path.split(".")) obj = getAttr(ctx, obj, part);
  return obj;
}

const ItemGetterType = getterType(
  "itemgetter",
  (g, a, kw) => {
    if (kw && kw.size) throw typeError("itemgetter() takes no keyword arguments");
    if (!a.length) throw typeError("itemgetter expected 1 argument, got 0");
    g.items = a;
  },
  (ctx, g, obj) =>
    g.items.length === 1
      ? getItem(ctx, obj, g.items[0])
      : newTuple(g.items.map((k) => getItem(ctx, obj, k))),
  (ctx, g) => g.items.map((x) => repr(ctx, x)).join(", "),
);

const AttrGetterType = getterType(
  "attrgetter",
  (g, a, kw) => {
    if (kw && kw.size) throw typeError("attrgetter() takes no keyword arguments");
    if (!a.length) throw typeError("attrgetter expected 1 argument, got 0");
    for (const x of a)
      if (typeof x !== "string") throw typeError("attribute name must be a string");
    g.items = a;
  },
  (ctx, g, obj) =>
    g.items.length === 1
      ? dotted(ctx, obj, g.items[0] as string)
      : newTuple(g.items.map((k) => dotted(ctx, obj, k as string))),
  (ctx, g) => g.items.map((x) => repr(ctx, x)).join(", "),
);

const MethodCallerType = getterType(
  "methodcaller",
  (g, a, kw) => {
    if (!a.length) throw typeError("methodcaller needs at least one argument, the method name");
    if (typeof a[0] !== "string") throw typeError("method name must be a string");
    g.name = a[0];
    g.items = a.slice(1);
    g.kwargs = kw && kw.size ? new Map(kw) : null;
  },
  (ctx, g, obj) => ctx.call(getAttr(ctx, obj, g.name), g.items, g.kwargs),
  (ctx, g) =>
    [
      repr(ctx, g.name),
      ...g.items.map((x) => repr(ctx, x)),
      ...[...(g.kwargs ?? [])].map(([k, v]) => `${k}=${repr(ctx, v)}`),
    ].join(", "),
);

const fns: Record<string, NativeFn> = {
  neg: (ctx, a) => (arity("neg", a, 1), unary(ctx, "__neg__", "-", a[0])),
  pos: (ctx, a) => (arity("pos", a, 1), unary(ctx, "__pos__", "+", a[0])),
  abs: (ctx, a) => (arity("abs", a, 1), unary(ctx, "__abs__", "abs", a[0])),
  invert: (ctx, a) => (arity("invert", a, 1), unary(ctx, "__invert__", "~", a[0])),
  not_: (ctx, a) => (arity("not_", a, 1), !truthy(ctx, a[0])),
  truth: (ctx, a) => (arity("truth", a, 1), truthy(ctx, a[0])),
  is_: (ctx, a) => (arity("is_", a, 2), a[0] === a[1]),
  is_not: (ctx, a) => (arity("is_not", a, 2), a[0] !== a[1]),
  contains: (ctx, a) => (arity("contains", a, 2), contains(ctx, a[0], a[1])),
  getitem: (ctx, a) => (arity("getitem", a, 2), getItem(ctx, a[0], a[1])),
  setitem: (ctx, a) => (arity("setitem", a, 3), setItem(ctx, a[0], a[1], a[2]), None),
  delitem: (ctx, a) => (arity("delitem", a, 2), delItem(ctx, a[0], a[1]), None),
  index: (ctx, a) => (arity("index", a, 1), indexOf(ctx, a[0])),
  concat(ctx, a) {
    arity("concat", a, 2);
    const seq = typeof a[0] === "string" || a[0] instanceof PyList || a[0] instanceof PyTuple;
    if (!seq && typeOf(a[0]).lookup("__getitem__") === undefined)
      throw typeError(`'${typeOf(a[0]).name}' object can't be concatenated`);
    return binaryOp(ctx, 0, a[0], a[1], false);
  },
  countOf(ctx, a) {
    arity("countOf", a, 2);
    let n = 0;
    const it = getIter(ctx, a[0]);
    for (let x = next(ctx, it); x !== undefined; x = next(ctx, it))
      if (x === a[1] || eq(ctx, x, a[1])) n++;
    return n;
  },
  indexOf(ctx, a) {
    arity("indexOf", a, 2);
    let i = 0;
    const it = getIter(ctx, a[0]);
    for (let x = next(ctx, it); x !== undefined; x = next(ctx, it), i++)
      if (x === a[1] || eq(ctx, x, a[1])) return i;
    throw pyErr(ValueError, "sequence.index(x): x not in sequence");
  },
  length_hint(ctx, a) {
    try {
      return lenOf(ctx, a[0]);
    } catch {
      return a[1] ?? 0;
    }
  },
};
for (const [name, op] of Object.entries(BINARY)) {
  fns[name] = (ctx, a) => (arity(name, a, 2), binaryOp(ctx, op, a[0], a[1], false));
  const iname = name.endsWith("_") ? `i${name.slice(0, -1)}` : `i${name}`;
  fns[iname] = (ctx, a) => (arity(iname, a, 2), binaryOp(ctx, op, a[0], a[1], true));
}
fns.iconcat = (ctx, a) => (arity("iconcat", a, 2), binaryOp(ctx, 0, a[0], a[1], true));
for (const [name, op] of Object.entries(COMPARE))
  fns[name] = (ctx, a) => (arity(name, a, 2), compare(ctx, a[0], a[1], op));

function makeOperator() {
  const m = newModule("operator");
  const d = m.dict!;
  for (const [k, f] of Object.entries(fns)) d.set(k, builtinFn(k, f));
  const aliases = [
    ...Object.keys(BINARY),
    ...Object.keys(COMPARE),
    "neg",
    "pos",
    "abs",
    "invert",
    "index",
    "getitem",
    "setitem",
    "delitem",
    "contains",
    "not_",
  ];
  for (const k of aliases) {
    const base = k.replace(/_$/, "");
    d.set(`__${base}__`, d.get(k)!);
    if (k in BINARY) d.set(`__i${base}__`, d.get(`i${base}`)!);
  }
  d.set("itemgetter", ItemGetterType);
  d.set("attrgetter", AttrGetterType);
  d.set("methodcaller", MethodCallerType);
  return m;
}

defineModule("operator", makeOperator);
