/** slice objects: start/stop/step, indices(), repr and equality. */
import { defGetter } from "../../runtime/attrs";
import { pyErr, ValueError } from "../../runtime/exceptions";
import { PySlice, type PyValue } from "../../runtime/object";
import { repr, sliceIndices } from "../../runtime/ops";
import { newTuple, None, NotImplemented, SliceType } from "../../runtime/types";
import { seqCompare } from "./seq";
import { def0, def1, indexArg } from "./util";

const sl = (v: PyValue) => v as PySlice;
const parts = (s: PySlice) => [s.start, s.stop, s.step];

let done = false;
/** Install slice's methods (idempotent). */
export function installSlice(): void {
  if (done) return;
  done = true;
  const S = SliceType;
  defGetter(S, "start", (ctx, s) => sl(s).start);
  defGetter(S, "stop", (ctx, s) => sl(s).stop);
  defGetter(S, "step", (ctx, s) => sl(s).step);
  def1(S, "indices", (ctx, self, len) => {
    const n = Number(indexArg(ctx, len));
    if (n < 0) throw pyErr(ValueError, "length should not be negative");
    const [start, stop, step] = sliceIndices(ctx, sl(self), n);
    return newTuple([start, stop, step]);
  });
  def0(S, "__repr__", (ctx, self) => {
    const s = sl(self);
    return `slice(${repr(ctx, s.start)}, ${repr(ctx, s.stop)}, ${repr(ctx, s.step)})`;
  });
  def1(S, "__eq__", (ctx, self, o) =>
    o instanceof PySlice ? seqCompare(ctx, parts(sl(self)), parts(o), "Eq") : NotImplemented,
  );
  def1(S, "__ne__", (ctx, self, o) =>
    o instanceof PySlice ? seqCompare(ctx, parts(sl(self)), parts(o), "NotEq") : NotImplemented,
  );
  // Slices are unhashable before 3.12.
  S.ns.set("__hash__", None);
}
