/**
 * Connects the dict/set storage (runtime/hashtable.ts) to Python's hashing
 * protocol: user __hash__/__eq__, identity hashing, unhashable types, and
 * frozensets as keys (equal frozensets must find each other whatever their order).
 */
import { FrozenSetType, PyDict, PySet } from "../runtime/containers";
import { compKey, installKeyHooks, unhashable } from "../runtime/hashtable";
import { PyBuiltin, PyList, type Ctx, type PyObject } from "../runtime/object";
import { eq, hash } from "../runtime/ops";
import { None } from "../runtime/types";

function userHash(ctx: Ctx, v: PyObject): number | null {
  const f = v.cls.lookup("__hash__");
  if (f === None) unhashable(v);
  if (f !== undefined && !(f instanceof PyBuiltin)) return hash(ctx, v);
  if (v instanceof PyList || v instanceof PyDict) unhashable(v);
  if (v instanceof PySet && !v.cls.isSubtype(FrozenSetType)) unhashable(v);
  return null;
}

function frozenKey(ctx: Ctx, v: PyObject): string | null {
  if (!(v instanceof PySet) || !v.cls.isSubtype(FrozenSetType)) return null;
  // Element keys sorted, so the key does not depend on insertion order.
  const parts = v.table
    .liveKeys()
    .map((k) => compKey(ctx, k) ?? "h" + String(userHash(ctx, k as PyObject)));
  parts.sort();
  return "F{" + parts.join(",") + "}";
}

let done = false;
/** Install the hashing hooks once per process (they are stateless). */
export function installHashHooks(): void {
  if (done) return;
  done = true;
  installKeyHooks({
    userHash,
    eq: (ctx, a, b) => eq(ctx, a, b),
    identity: (ctx, v) => ctx.idOf(v),
    frozenKey,
  });
}
