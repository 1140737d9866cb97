/** Set algebra shared by the operators and the set methods. */
import { newSet, PySet, FrozenSetType, SetType } from "./containers";
import type { Ctx, PyValue } from "./object";

/** Result of `a op b` for sets: op 1 (-), 9 (|), 10 (^), 11 (&); in place mutates `a`. */
export function setBinary(ctx: Ctx, op: number, a: PySet, b: PySet, inplace: boolean): PySet {
  const out = inplace ? a : new PySet(a.cls === FrozenSetType ? FrozenSetType : SetType);
  const ak = a.table.liveKeys();
  const bk = b.table.liveKeys();
  const inB = (k: PyValue) => b.table.find(ctx, k) >= 0;
  const inA = (k: PyValue) => a.table.find(ctx, k) >= 0;
  let keys: PyValue[];
  switch (op) {
    case 1:
      keys = ak.filter((k) => !inB(k));
      break;
    case 9:
      keys = ak.concat(bk.filter((k) => !inA(k)));
      break;
    case 10:
      keys = ak.filter((k) => !inB(k)).concat(bk.filter((k) => !inA(k)));
      break;
    default:
      keys = ak.filter(inB);
  }
  if (inplace) out.table.clear();
  for (const k of keys) out.table.set(ctx, k, true);
  return out;
}

/** A new set from keys. */
export function setOf(ctx: Ctx, keys: PyValue[]): PySet {
  const s = newSet();
  for (const k of keys) s.table.set(ctx, k, true);
  return s;
}
