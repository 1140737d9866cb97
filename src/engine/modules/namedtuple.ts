/** collections.namedtuple: builds a tuple subclass at runtime, with CPython's methods and messages. */
import { newDict } from "../runtime/containers";
import { attributeError, pyErr, typeError, ValueError } from "../runtime/exceptions";
import {
  PyBuiltin,
  PyProperty,
  PyTuple,
  PyType,
  PyWrapperDescr,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import { repr, toArray } from "../runtime/ops";
import { strRepr } from "../values/strRepr";
import {
  BuiltinFunctionType,
  builtinType,
  ClassMethodType,
  newList,
  newTuple,
  None,
  PropertyType,
  TupleType,
  typeOf,
} from "../runtime/types";

const KEYWORDS = new Set(
  (
    "False None True and as assert async await break class continue def del elif else except finally for from " +
    "global if import in is lambda nonlocal not or pass raise return try while with yield"
  ).split(" "),
);
const IDENT = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 2) return q.join(" and ");
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/** Bind `__new__` arguments like the generated `def __new__(_cls, f1, f2=d2, ...)` would. */
function bindFields(
  qual: string,
  fields: string[],
  defaults: PyValue[],
  args: PyValue[],
  kw: Map<string, PyValue> | null,
): PyValue[] {
  const n = fields.length;
  const out: (PyValue | undefined)[] = new Array(n).fill(undefined);
  if (args.length > n) {
    const nd = defaults.length;
    const takes = nd ? `from ${n - nd + 1} to ${n + 1}` : `${n + 1}`;
    throw typeError(
      `${qual}() takes ${takes} positional argument${n === 0 && !nd ? "" : "s"} but ${args.length + 1} were given`,
    );
  }
  args.forEach((v, i) => (out[i] = v));
  for (const [k, v] of kw ?? []) {
    const i = fields.indexOf(k);
    if (i < 0) throw typeError(`${qual}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined) throw typeError(`${qual}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  const first = n - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if (out[i] !== undefined) continue;
    if (i >= first) out[i] = defaults[i - first];
    else missing.push(fields[i]);
  }
  if (missing.length)
    throw typeError(
      `${qual}() missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}`,
    );
  return out as PyValue[];
}

function fieldNames(ctx: Ctx, v: PyValue): string[] {
  const raw =
    typeof v === "string" ? v.replace(/,/g, " ").split(/\s+/).filter(Boolean) : toArray(ctx, v);
  return raw.map((x) => {
    if (typeof x !== "string") throw typeError("Type names and field names must be strings");
    return x;
  });
}

function validate(name: string, fields: string[], renamed: boolean): void {
  for (const n of [name, ...fields]) {
    if (!IDENT.test(n))
      throw pyErr(
        ValueError,
        `Type names and field names must be valid identifiers: ${strRepr(n)}`,
      );
    if (KEYWORDS.has(n))
      throw pyErr(ValueError, `Type names and field names cannot be a keyword: ${strRepr(n)}`);
  }
  const seen = new Set<string>();
  for (const n of fields) {
    if (n.startsWith("_") && !renamed)
      throw pyErr(ValueError, `Field names cannot start with an underscore: ${strRepr(n)}`);
    if (seen.has(n)) throw pyErr(ValueError, `Encountered duplicate field name: ${strRepr(n)}`);
    seen.add(n);
  }
}

/** Create the namedtuple class `name` with `fields`. */
export function makeNamedTuple(
  ctx: Ctx,
  name: string,
  fields: string[],
  defaults: PyValue[],
  module: string,
): PyType {
  const t = builtinType(name, [TupleType]);
  t.module = module;
  const ns = t.ns;
  const method = (mname: string, fn: NativeFn) =>
    new PyBuiltin(BuiltinFunctionType, mname, fn, true, undefined, name);
  const make = (cls: PyType, items: PyValue[]) => new PyTuple(cls, items);
  const newFn = new PyBuiltin(
    BuiltinFunctionType,
    "__new__",
    (c, a, kw) =>
      make(a[0] as PyType, bindFields(`${name}.__new__`, fields, defaults, a.slice(1), kw)),
    false,
    undefined,
    name,
  );
  // The generated __new__ carries CPython's docstring.
  newFn.dict = new Map([["__doc__", `Create new instance of ${name}(${fields.join(", ")})`]]);
  ns.set("__new__", newFn);
  ns.set(
    "__repr__",
    method("__repr__", (c, a) => {
      const self = a[0] as PyTuple;
      const parts = fields.map((f, i) => `${f}=${repr(c, self.items[i])}`);
      return `${typeOf(self).name}(${parts.join(", ")})`;
    }),
  );
  const makeFn: NativeFn = (c, a) => {
    const items = toArray(c, a[1]);
    if (items.length !== fields.length)
      throw typeError(`Expected ${fields.length} arguments, got ${items.length}`);
    return make(a[0] as PyType, items);
  };
  ns.set(
    "_make",
    new PyWrapperDescr(
      ClassMethodType,
      new PyBuiltin(BuiltinFunctionType, "_make", makeFn, false, undefined, name),
    ),
  );
  ns.set(
    "_replace",
    method("_replace", (c, a, kw) => {
      const self = a[0] as PyTuple;
      const rest = new Map(kw ?? []);
      const items = fields.map((f, i) => {
        const v = rest.get(f);
        rest.delete(f);
        return v ?? self.items[i];
      });
      if (rest.size)
        throw pyErr(
          ValueError,
          `Got unexpected field names: ${repr(c, newList([...rest.keys()]))}`,
        );
      return make(typeOf(self), items);
    }),
  );
  ns.set(
    "_asdict",
    method("_asdict", (c, a) => {
      const d = newDict();
      fields.forEach((f, i) => d.table.set(c, f, (a[0] as PyTuple).items[i]));
      return d;
    }),
  );
  ns.set(
    "__getnewargs__",
    method("__getnewargs__", (c, a) => newTuple((a[0] as PyTuple).items.slice())),
  );
  ns.set("_fields", newTuple(fields.slice()));
  ns.set("__match_args__", newTuple(fields.slice()));
  const fd = newDict();
  const first = fields.length - defaults.length;
  defaults.forEach((v, i) => fd.table.set(ctx, fields[first + i], v));
  ns.set("_field_defaults", fd);
  ns.set("__doc__", `${name}(${fields.join(", ")})`);
  ns.set("__slots__", newTuple([]));
  fields.forEach((f, i) => {
    const get = new PyBuiltin(BuiltinFunctionType, f, (c, a) => (a[0] as PyTuple).items[i]);
    const refuse = (what: string) =>
      new PyBuiltin(BuiltinFunctionType, f, (c, a) => {
        throw attributeError(`can't ${what} attribute`, f, a[0]);
      });
    ns.set(
      f,
      new PyProperty(
        PropertyType,
        get,
        refuse("set"),
        refuse("delete"),
        `Alias for field number ${i}`,
      ),
    );
  });
  return t;
}

/** namedtuple(typename, field_names, *, rename=False, defaults=None, module=None) */
export const namedtupleFn: NativeFn = (ctx, a, kw) => {
  for (const k of kw?.keys() ?? [])
    if (!["typename", "field_names", "rename", "defaults", "module"].includes(k))
      throw typeError(`namedtuple() got an unexpected keyword argument '${k}'`);
  const typename = a[0] ?? kw?.get("typename");
  const namesV = a[1] ?? kw?.get("field_names");
  if (typename === undefined || namesV === undefined) {
    const miss = typename === undefined ? ["typename", "field_names"] : ["field_names"];
    throw typeError(
      `namedtuple() missing ${plural(miss.length, "required positional argument")}: ${nameList(miss)}`,
    );
  }
  if (a.length > 2)
    throw typeError(`namedtuple() takes 2 positional arguments but ${a.length} were given`);
  const name = String(typename);
  let fields = fieldNames(ctx, namesV);
  const rv = kw?.get("rename");
  const rename = rv !== undefined && rv !== false && rv !== None && rv !== 0;
  if (rename) {
    const seen = new Set<string>();
    fields = fields.map((f, i) => {
      const bad = !IDENT.test(f) || KEYWORDS.has(f) || f.startsWith("_") || seen.has(f);
      seen.add(f);
      return bad ? `_${i}` : f;
    });
  }
  validate(name, fields, rename);
  const dv = kw?.get("defaults");
  const defaults = dv === undefined || dv === None ? [] : toArray(ctx, dv);
  if (defaults.length > fields.length) throw typeError("Got more default values than field names");
  const mod = kw?.get("module");
  return makeNamedTuple(ctx, name, fields, defaults, typeof mod === "string" ? mod : "__main__");
};
