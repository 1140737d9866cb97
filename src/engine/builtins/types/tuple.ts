/** tuple methods and dunders. */
import { typeError } from "../../runtime/exceptions";
import { PyNativeIter, PyTuple, type Ctx, type PyValue } from "../../runtime/object";
import { IterTypes, newTuple, TupleType, typeName } from "../../runtime/types";
import { tupleRepr } from "./reprs";
import { repeatItems, seqCmpDunders, seqContains, seqCount, seqGet, seqIndexOf } from "./seq";
import { def0, def1, defPos, indexArg } from "./util";

const T_ = (v: PyValue) => v as PyTuple;
const isTuple = (v: PyValue): v is PyTuple => v instanceof PyTuple;

let done = false;
/** Install tuple's methods (idempotent). */
export function installTuple(): void {
  if (done) return;
  done = true;
  const T = TupleType;
  defPos(T, "index", 1, 3, (ctx, self, [x, start, stop]) =>
    seqIndexOf(ctx, T_(self).items, x, start, stop, "tuple"),
  );
  def1(T, "count", (ctx, self, x) => seqCount(ctx, T_(self).items, x));
  def0(T, "__len__", (ctx, self) => T_(self).items.length);
  def1(T, "__getitem__", (ctx, self, k) => seqGet(ctx, T_(self), k));
  def1(T, "__contains__", (ctx, self, x) => seqContains(ctx, T_(self).items, x));
  def0(T, "__iter__", (ctx, self) => {
    const items = T_(self).items;
    let i = 0;
    return new PyNativeIter(IterTypes.tuple, () => (i < items.length ? items[i++] : undefined));
  });
  def0(T, "__repr__", (ctx, self) => tupleRepr(ctx, T_(self), T_(self).items));
  def1(T, "__add__", (ctx, self, x) => {
    if (!isTuple(x)) throw typeError(`can only concatenate tuple (not "${typeName(x)}") to tuple`);
    return newTuple(T_(self).items.concat(x.items));
  });
  const mul = (ctx: Ctx, self: PyValue, n: PyValue) => {
    const k = Number(indexArg(ctx, n));
    // Multiplying a plain tuple by 1 gives the same object back in CPython.
    if (k === 1 && T_(self).cls === TupleType) return self;
    return newTuple(repeatItems(T_(self).items, k));
  };
  def1(T, "__mul__", mul);
  def1(T, "__rmul__", mul);
  def0(T, "__getnewargs__", (ctx, self) => newTuple([newTuple(T_(self).items.slice())]));
  for (const [name, fn] of seqCmpDunders(isTuple)) def1(T, name, fn);
}
