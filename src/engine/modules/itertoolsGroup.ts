/** itertools.groupby (with its shared-iterator _grouper semantics) and itertools.tee. */
import { pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import { PyNativeIter, type Ctx, type PyValue } from "../runtime/object";
import { eq, getIter, next } from "../runtime/ops";
import { builtinFn, newTuple, None, typeOf } from "../runtime/types";
import { addIterMethods, iteratorType } from "./iterTypes";
import { moduleType } from "./util";

const M = "itertools";
const GrouperType = moduleType(M, "_grouper");
addIterMethods(GrouperType);
const TeeType = moduleType(M, "_tee");
addIterMethods(TeeType);

/** groupby's state, shared by the groupby object and the groupers it hands out. */
interface GroupState {
  it: PyValue;
  key: PyValue;
  tgtkey: PyValue | undefined;
  currkey: PyValue | undefined;
  currvalue: PyValue | undefined;
  /** Which grouper is current: advancing the groupby invalidates the older ones. */
  id: number;
}

function keyOf(ctx: Ctx, st: GroupState, v: PyValue): PyValue {
  return st.key === None ? v : ctx.call(st.key, [v]);
}

/** Is currkey == tgtkey? Unset keys (CPython's sentinels) are equal only to each other. */
function sameKey(ctx: Ctx, st: GroupState): boolean {
  if (st.currkey === undefined || st.tgtkey === undefined) return st.currkey === st.tgtkey;
  return eq(ctx, st.tgtkey, st.currkey);
}

/** Pull the next value into the state; false when the source is exhausted. */
function step(ctx: Ctx, st: GroupState): boolean {
  const v = next(ctx, st.it);
  if (v === undefined) return false;
  st.currvalue = v;
  st.currkey = keyOf(ctx, st, v);
  return true;
}

function grouper(st: GroupState, tgtkey: PyValue, id: number): PyNativeIter {
  let first = true;
  let done = false;
  return new PyNativeIter(GrouperType, (ctx) => {
    if (done || st.id !== id) return undefined;
    if (!first) {
      if (!step(ctx, st)) {
        done = true;
        return undefined;
      }
    }
    first = false;
    if (st.currkey === undefined || !eq(ctx, tgtkey, st.currkey)) {
      done = true;
      return undefined;
    }
    return st.currvalue!;
  });
}

const GroupbyType = iteratorType(M, "groupby", (ctx, a, kw, cls) => {
  const src = a[0] ?? kw?.get("iterable");
  if (src === undefined) throw typeError("groupby() missing required argument 'iterable' (pos 1)");
  const st: GroupState = {
    it: getIter(ctx, src),
    key: a[1] ?? kw?.get("key") ?? None,
    tgtkey: undefined,
    currkey: undefined,
    currvalue: undefined,
    id: 0,
  };
  let finished = false;
  return new PyNativeIter(cls, (c) => {
    if (finished) return undefined;
    st.id++;
    while (sameKey(c, st)) {
      if (!step(c, st)) {
        finished = true;
        return undefined;
      }
    }
    st.tgtkey = st.currkey;
    return newTuple([st.currkey!, grouper(st, st.currkey!, st.id)]);
  });
});

/** tee(iterable, n=2): n independent iterators over one source, sharing a buffer. */
const tee = builtinFn("tee", (ctx, a) => {
  if (a.length < 1 || a.length > 2)
    throw typeError(`tee expected at most 2 arguments, got ${a.length}`);
  const nv = a[1] ?? 2;
  const n = asInt(nv);
  if (n === null)
    throw typeError(`'${typeOf(nv).name}' object cannot be interpreted as an integer`);
  if (n < 0) throw pyErr(ValueError, "n must be >= 0");
  const src = getIter(ctx, a[0]);
  const buffer: PyValue[] = [];
  let base = 0; // index in the source of buffer[0]
  let ended = false;
  const positions: number[] = [];
  const its: PyValue[] = [];
  for (let k = 0; k < Number(n); k++) {
    positions.push(0);
    its.push(
      new PyNativeIter(TeeType, (c) => {
        const pos = positions[k];
        if (pos - base >= buffer.length) {
          if (ended) return undefined;
          const v = next(c, src);
          if (v === undefined) {
            ended = true;
            return undefined;
          }
          buffer.push(v);
        }
        const v = buffer[pos - base];
        positions[k]++;
        // Drop what every tee has consumed.
        const min = Math.min(...positions);
        if (min > base) {
          buffer.splice(0, min - base);
          base = min;
        }
        return v;
      }),
    );
  }
  return newTuple(its);
});

/** The grouping types and the tee function. */
export const groupingTypes = { types: [GroupbyType], tee };
