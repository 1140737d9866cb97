/**
 * dict_keys, dict_values and dict_items: live views of a dict (iteration, len,
 * `in`, reversed, repr like `dict_keys(['a', 'b'])`), and the set operations and
 * set comparisons that keys and items views support.
 */
import { defGetter } from "../../runtime/attrs";
import { operatorTypes } from "../../runtime/binops";
import { PyDict, PySet } from "../../runtime/containers";
import { pyErr, RuntimeError } from "../../runtime/exceptions";
import {
  PyNativeIter,
  PyObject,
  PyTuple,
  type Ctx,
  type PyType,
  type PyValue,
} from "../../runtime/object";
import { tableIter } from "../../runtime/ops";
import {
  builtinType,
  IterTypes,
  newTuple,
  None,
  NotImplemented,
  ObjectType,
} from "../../runtime/types";
import { guarded, isAnySet, joinReprs } from "./reprs";
import { same } from "./seq";
import {
  addAll,
  difference,
  elementsOf,
  intersect,
  setCompare,
  setFrom,
  symmetricDifference,
} from "./setAlgebra";
import { def0, def1 } from "./util";

/** A view of a dict's keys, values or items. */
export class PyDictView extends PyObject {
  constructor(
    cls: PyType,
    public owner: PyDict,
  ) {
    super(cls);
  }
}

/** `dict_keys` */
export const DictKeysType = builtinType("dict_keys", [ObjectType]);
/** `dict_values` */
export const DictValuesType = builtinType("dict_values", [ObjectType]);
/** `dict_items` */
export const DictItemsType = builtinType("dict_items", [ObjectType]);

type Pick = (t: PyDict["table"], i: number) => PyValue;
const pickKey: Pick = (t, i) => t.keys[i]!;
const pickValue: Pick = (t, i) => t.vals[i];
const pickItem: Pick = (t, i) => newTuple([t.keys[i]!, t.vals[i]]);

function iterTypesOf(t: PyType): [PyType, PyType] {
  if (t === DictKeysType) return [IterTypes.dictKeys, IterTypes.dictReverseKeys];
  if (t === DictValuesType) return [IterTypes.dictValues, IterTypes.dictReverseValues];
  return [IterTypes.dictItems, IterTypes.dictReverseItems];
}

function pickOf(t: PyType): Pick {
  return t === DictKeysType ? pickKey : t === DictValuesType ? pickValue : pickItem;
}

/** The view's elements, in dict order. */
export function viewItems(v: PyDictView): PyValue[] {
  const t = v.owner.table;
  const pick = pickOf(v.cls);
  const out: PyValue[] = [];
  for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== undefined) out.push(pick(t, i));
  return out;
}

/** Iterate a dict (or one of its views) from the end: `reversed(d)`, `reversed(d.items())`. */
export function reverseTableIter(d: PyDict, pick: Pick, cls: PyType): PyNativeIter {
  const t0 = d.table;
  const size = t0.size;
  let i = t0.keys.length - 1;
  return new PyNativeIter(cls, () => {
    const t = d.table;
    if (t !== t0 || t.size !== size) {
      i = -1;
      throw pyErr(RuntimeError, "dictionary changed size during iteration");
    }
    while (i >= 0 && t.keys[i] === undefined) i--;
    return i < 0 ? undefined : pick(t, i--);
  });
}

/** `x in view` */
function viewContains(ctx: Ctx, v: PyDictView, x: PyValue): boolean {
  const t = v.owner.table;
  if (v.cls === DictKeysType) return t.find(ctx, x) >= 0;
  if (v.cls === DictItemsType) {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const val = t.get(ctx, x.items[0]);
    return val !== undefined && same(ctx, val, x.items[1]);
  }
  for (let i = 0; i < t.keys.length; i++)
    if (t.keys[i] !== undefined && same(ctx, t.vals[i], x)) return true;
  return false;
}

/** A keys/items view (or a set) as a set of its elements, for the set operations. */
function setOfView(ctx: Ctx, v: PyValue): PySet {
  return v instanceof PyDictView ? setFrom(ctx, viewItems(v)) : setFrom(ctx, elementsOf(ctx, v));
}

const isSetLike = (v: PyValue): boolean =>
  isAnySet(v) || (v instanceof PyDictView && v.cls !== DictValuesType);

let done = false;
/** Install the view types' methods (idempotent). */
export function installDictViews(): void {
  if (done) return;
  done = true;
  for (const T of [DictKeysType, DictValuesType, DictItemsType]) {
    const V = (v: PyValue) => v as PyDictView;
    def0(T, "__len__", (ctx, self) => V(self).owner.table.size);
    const [fwd, back] = iterTypesOf(T);
    def0(T, "__iter__", (ctx, self) => tableIter(V(self).owner, pickOf(T), fwd));
    def0(T, "__reversed__", (ctx, self) => reverseTableIter(V(self).owner, pickOf(T), back));
    def1(T, "__contains__", (ctx, self, x) => viewContains(ctx, V(self), x));
    def0(T, "__repr__", (ctx, self) =>
      guarded(V(self), "...", () => `${T.name}([${joinReprs(ctx, viewItems(V(self)))}])`),
    );
    defGetter(T, "mapping", (ctx, self) => V(self).owner);
    if (T === DictValuesType) continue;
    operatorTypes.add(T);
    // Keys and items views are set-like: set operators with any iterable, set comparisons.
    const binary = (name: string, f: (ctx: Ctx, a: PySet, b: PyValue) => PySet) => {
      def1(T, `__${name}__`, (ctx, self, o) =>
        f(ctx, setOfView(ctx, self), o instanceof PyDictView ? setOfView(ctx, o) : o),
      );
      def1(T, `__r${name}__`, (ctx, self, o) => f(ctx, setOfView(ctx, o), setOfView(ctx, self)));
    };
    binary("or", (ctx, a, b) => {
      addAll(ctx, a, elementsOf(ctx, b));
      return a;
    });
    binary("and", intersect);
    binary("sub", difference);
    binary("xor", symmetricDifference);
    def1(T, "isdisjoint", (ctx, self, o) => {
      for (const x of elementsOf(ctx, o)) if (viewContains(ctx, V(self), x)) return false;
      return true;
    });
    const cmps: [string, string][] = [
      ["__eq__", "Eq"],
      ["__ne__", "NotEq"],
      ["__lt__", "Lt"],
      ["__le__", "LtE"],
      ["__gt__", "Gt"],
      ["__ge__", "GtE"],
    ];
    for (const [name, op] of cmps)
      def1(T, name, (ctx, self, o) =>
        isSetLike(o)
          ? setCompare(ctx, setOfView(ctx, self), setOfView(ctx, o), op)
          : NotImplemented,
      );
    T.ns.set("__hash__", None);
  }
}
