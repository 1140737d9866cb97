/** dict methods and dunders. */
import { DictType, newDict, PyDict } from "../../runtime/containers";
import { keyError } from "../../runtime/exceptions";
import { PyBuiltin, PyType, PyWrapperDescr, type Ctx, type PyValue } from "../../runtime/object";
import { setItem, tableIter, toArray } from "../../runtime/ops";
import {
  BuiltinFunctionType,
  ClassMethodType,
  IterTypes,
  newTuple,
  None,
  NotImplemented,
} from "../../runtime/types";
import { dictUpdate } from "../constructors";
import {
  DictItemsType,
  DictKeysType,
  DictValuesType,
  PyDictView,
  reverseTableIter,
} from "./dictViews";
import { dictRepr } from "./reprs";
import { same } from "./seq";
import { checkPositional, def, def0, def1, defPos } from "./util";

const D = (v: PyValue) => v as PyDict;

/** d[key], falling back to a subclass's __missing__ like CPython's dict_subscript. */
export function dictGet(ctx: Ctx, d: PyDict, key: PyValue): PyValue {
  const v = d.table.get(ctx, key);
  if (v !== undefined) return v;
  if (d.cls.heap) {
    const miss = d.cls.lookup("__missing__");
    if (miss !== undefined) return ctx.call(miss, [d, key]);
  }
  throw keyError(key);
}

/** Are two dicts equal (same keys, equal values)? */
export function dictEquals(ctx: Ctx, a: PyDict, b: PyDict): boolean {
  if (a.table.size !== b.table.size) return false;
  const t = a.table;
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k === undefined) continue;
    const w = b.table.get(ctx, k);
    if (w === undefined || !same(ctx, t.vals[i], w)) return false;
  }
  return true;
}

/** dict.update's argument handling: one optional positional plus keywords. */
function update(ctx: Ctx, d: PyDict, args: PyValue[], kw: Map<string, PyValue> | null): void {
  checkPositional("update", args.length, 0, 1);
  if (args.length) dictUpdate(ctx, d, args[0]);
  if (kw) for (const [k, v] of kw) d.table.set(ctx, k, v);
}

let done = false;
/** Install dict's methods (idempotent). */
export function installDict(): void {
  if (done) return;
  done = true;
  const T = DictType;
  def0(T, "keys", (ctx, self) => new PyDictView(DictKeysType, D(self)));
  def0(T, "values", (ctx, self) => new PyDictView(DictValuesType, D(self)));
  def0(T, "items", (ctx, self) => new PyDictView(DictItemsType, D(self)));
  defPos(T, "get", 1, 2, (ctx, self, [k, dflt]) => D(self).table.get(ctx, k) ?? dflt ?? None);
  defPos(T, "setdefault", 1, 2, (ctx, self, [k, dflt]) => {
    const t = D(self).table;
    const v = t.get(ctx, k);
    if (v !== undefined) return v;
    t.set(ctx, k, dflt ?? None);
    return dflt ?? None;
  });
  defPos(T, "pop", 1, 2, (ctx, self, [k, dflt]) => {
    // Like CPython, an empty dict answers without hashing the key.
    const v = D(self).table.size === 0 ? undefined : D(self).table.delete(ctx, k);
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    throw keyError(k);
  });
  def0(T, "popitem", (ctx, self) => {
    const t = D(self).table;
    const i = t.lastIndex();
    if (i < 0) throw keyError("popitem(): dictionary is empty");
    const k = t.keys[i]!;
    const v = t.deleteAt(ctx, i);
    return newTuple([k, v]);
  });
  def(T, "update", (ctx, a, kw) => {
    update(ctx, D(a[0]), a.slice(1), kw);
    return None;
  });
  def0(T, "clear", (ctx, self) => {
    D(self).table.clear();
    return None;
  });
  def0(T, "copy", (ctx, self) => {
    const d = newDict();
    d.table = D(self).table.copy(ctx);
    return d;
  });
  const fromkeys = new PyBuiltin(BuiltinFunctionType, "fromkeys", (ctx, a) => {
    checkPositional("fromkeys", a.length - 1, 1, 2);
    const cls = a[0] as PyType;
    const value = a[2] ?? None;
    const d = cls === DictType ? newDict() : ctx.call(cls, []);
    for (const k of toArray(ctx, a[1])) {
      if (d instanceof PyDict && !d.cls.heap) d.table.set(ctx, k, value);
      else setItem(ctx, d, k, value);
    }
    return d;
  });
  T.ns.set("fromkeys", new PyWrapperDescr(ClassMethodType, fromkeys));

  def0(T, "__len__", (ctx, self) => D(self).table.size);
  def1(T, "__getitem__", (ctx, self, k) => dictGet(ctx, D(self), k));
  defPos(T, "__setitem__", 2, 2, (ctx, self, [k, v]) => {
    D(self).table.set(ctx, k, v);
    return None;
  });
  def1(T, "__delitem__", (ctx, self, k) => {
    if (D(self).table.delete(ctx, k) === undefined) throw keyError(k);
    return None;
  });
  def1(T, "__contains__", (ctx, self, k) => D(self).table.find(ctx, k) >= 0);
  def0(T, "__iter__", (ctx, self) => tableIter(D(self), (t, i) => t.keys[i]!, IterTypes.dictKeys));
  def0(T, "__reversed__", (ctx, self) =>
    reverseTableIter(D(self), (t, i) => t.keys[i]!, IterTypes.dictReverseKeys),
  );
  def0(T, "__repr__", (ctx, self) => dictRepr(ctx, D(self)));
  def1(T, "__eq__", (ctx, self, o) =>
    o instanceof PyDict ? dictEquals(ctx, D(self), o) : NotImplemented,
  );
  def1(T, "__ne__", (ctx, self, o) =>
    o instanceof PyDict ? !dictEquals(ctx, D(self), o) : NotImplemented,
  );
  def1(T, "__or__", (ctx, self, o) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = newDict();
    d.table = D(self).table.copy(ctx);
    dictUpdate(ctx, d, o);
    return d;
  });
  def1(T, "__ror__", (ctx, self, o) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = newDict();
    d.table = o.table.copy(ctx);
    dictUpdate(ctx, d, self);
    return d;
  });
  def1(T, "__ior__", (ctx, self, o) => {
    dictUpdate(ctx, D(self), o);
    return self;
  });
  T.ns.set("__hash__", None);
}
