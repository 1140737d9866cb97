/**
 * repr() of the builtin containers as their `__repr__` methods compute it. These
 * never look the receiver's `__repr__` up again, so a subclass calling
 * `super().__repr__()` works, and CPython's rule holds that list/tuple/dict
 * subclasses print like the base type while set subclasses show their name.
 */
import { FrozenSetType, PyDict, PySet, SetType } from "../../runtime/containers";
import type { Ctx, PyObject, PyValue } from "../../runtime/object";
import { repr, setOrder } from "../../runtime/ops";

const active = new Set<PyObject>();

/** Run `body` unless `obj` is already being printed further up (self-containing containers). */
export function guarded(obj: PyObject, onCycle: string, body: () => string): string {
  if (active.has(obj)) return onCycle;
  active.add(obj);
  try {
    return body();
  } finally {
    active.delete(obj);
  }
}

/** "a, b, c" from reprs of items. */
export function joinReprs(ctx: Ctx, items: PyValue[]): string {
  let s = "";
  for (let i = 0; i < items.length; i++) s += (i ? ", " : "") + repr(ctx, items[i]);
  return s;
}

/** repr of a list's items. */
export function listRepr(ctx: Ctx, self: PyObject, items: PyValue[]): string {
  if (items.length === 0) return "[]";
  return guarded(self, "[...]", () => "[" + joinReprs(ctx, items) + "]");
}

/** repr of a tuple's items. */
export function tupleRepr(ctx: Ctx, self: PyObject, items: PyValue[]): string {
  if (items.length === 0) return "()";
  return guarded(self, "(...)", () =>
    items.length === 1 ? `(${repr(ctx, items[0])},)` : `(${joinReprs(ctx, items)})`,
  );
}

/** repr of a dict. */
export function dictRepr(ctx: Ctx, d: PyDict): string {
  if (d.table.size === 0) return "{}";
  return guarded(d, "{...}", () => {
    const t = d.table;
    const parts: string[] = [];
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k !== undefined) parts.push(`${repr(ctx, k)}: ${repr(ctx, t.vals[i])}`);
    }
    return "{" + parts.join(", ") + "}";
  });
}

/** repr of a set or frozenset (subclasses show their own name). */
export function setRepr(ctx: Ctx, s: PySet): string {
  const name = s.cls.name;
  if (s.table.size === 0) return `${name}()`;
  return guarded(s, `${name}(...)`, () => {
    const body = "{" + joinReprs(ctx, setOrder(s)) + "}";
    return s.cls === SetType ? body : `${name}(${body})`;
  });
}

/** Is `v` a set or frozenset (or a subclass of either)? */
export function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet && (v.cls.isSubtype(SetType) || v.cls.isSubtype(FrozenSetType));
}
