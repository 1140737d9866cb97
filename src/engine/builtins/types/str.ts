/**
 * str methods: argument checking with CPython's messages around the value
 * layer's pure string functions (values/strMethods.ts).
 */
import { typeError } from "../../runtime/exceptions";
import { PyTuple, type Ctx, type PyValue } from "../../runtime/object";
import { getItem, toArray } from "../../runtime/ops";
import { newList, newTuple, None, StrType, typeName } from "../../runtime/types";
import * as V from "../../values/strMethods";
import { installStrDunders } from "./strDunders";
import { formatArgs, strFormat } from "./strFormat";
import { installStrText } from "./strText";
import {
  bindArgs,
  def,
  def0,
  def1,
  defKw,
  defPos,
  indexArg,
  isIterable,
  lift,
  sliceBound,
  strArg,
  type Kw,
} from "./util";

const S = (v: PyValue) => v as string;

function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.size > 0) throw typeError(`str.${name}() takes no keyword arguments`);
}

/** find/rfind/index/rindex/count: (sub[, start[, end]]), positional only. */
function defSearch(
  name: string,
  fn: (s: string, sub: string, a: number | null, b: number | null) => PyValue,
): void {
  def(StrType, name, (ctx, a, kw) => {
    noKw(name, kw);
    const [sub, start, end] = bindArgs(name, a.slice(1), null, ["sub", "start", "end"], 1);
    const x = strArg(sub);
    return lift(() => fn(S(a[0]), x, sliceBound(ctx, start), sliceBound(ctx, end)));
  });
}

/** startswith/endswith: a str or a tuple of str, with optional start/end. */
function defAffix(name: "startswith" | "endswith"): void {
  const test = name === "startswith" ? V.strStartswith : V.strEndswith;
  def(StrType, name, (ctx, a, kw) => {
    noKw(name, kw);
    const [x, start, end] = bindArgs(name, a.slice(1), null, ["prefix", "start", "end"], 1);
    const lo = sliceBound(ctx, start);
    const hi = sliceBound(ctx, end);
    const s = S(a[0]);
    if (x instanceof PyTuple) {
      for (const p of x.items) {
        const ps = strArg(p, (t) => `tuple for ${name} must only contain str, not ${t}`);
        if (test(s, ps, lo, hi)) return true;
      }
      return false;
    }
    const p = strArg(x, (t) => `${name} first arg must be str or a tuple of str, not ${t}`);
    return test(s, p, lo, hi);
  });
}

/** sep=None / maxsplit=-1 arguments of split and rsplit. */
function splitArgs(
  ctx: Ctx,
  sep: PyValue | undefined,
  max: PyValue | undefined,
): [string | null, number] {
  const s =
    sep === undefined || sep === None ? null : strArg(sep, (t) => `must be str or None, not ${t}`);
  const m = max === undefined ? -1 : Number(indexArg(ctx, max));
  return [s, m];
}

/** str.join(iterable) with CPython's messages for non-iterables and non-str items. */
export function strJoin(ctx: Ctx, sep: string, iterable: PyValue): string {
  if (!isIterable(iterable)) throw typeError("can only join an iterable");
  const items = typeof iterable === "string" ? Array.from(iterable) : toArray(ctx, iterable);
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== "string")
      throw typeError(`sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
  }
  return (items as string[]).join(sep);
}

let done = false;
/** Install str's methods (idempotent). */
export function installStr(): void {
  if (done) return;
  done = true;
  const T = StrType;
  defSearch("find", V.strFind);
  defSearch("rfind", V.strRfind);
  defSearch("index", V.strIndex);
  defSearch("rindex", V.strRindex);
  defSearch("count", V.strCount);
  defAffix("startswith");
  defAffix("endswith");
  for (const [name, fn] of [
    ["split", V.strSplit],
    ["rsplit", V.strRsplit],
  ] as const) {
    defKw(T, name, ["sep", "maxsplit"], 0, (ctx, self, [sep, max]) => {
      const [s, m] = splitArgs(ctx, sep, max);
      return newList(lift(() => fn(S(self), s, m)));
    });
  }
  defKw(T, "splitlines", ["keepends"], 0, (ctx, self, [k]) => {
    const keep = k === undefined ? false : indexArg(ctx, k) !== 0;
    return newList(V.strSplitlines(S(self), keep));
  });
  for (const [name, fn] of [
    ["strip", V.strStrip],
    ["lstrip", V.strLstrip],
    ["rstrip", V.strRstrip],
  ] as const) {
    defPos(T, name, 0, 1, (ctx, self, [chars]) => {
      if (chars === undefined || chars === None) return fn(S(self), null);
      return fn(
        S(self),
        strArg(chars, () => `${name} arg must be None or str`),
      );
    });
  }
  defPos(T, "replace", 2, 3, (ctx, self, [old, repl, count]) => {
    const o = strArg(old, (t) => `replace() argument 1 must be str, not ${t}`);
    const r = strArg(repl, (t) => `replace() argument 2 must be str, not ${t}`);
    const n = count === undefined ? -1 : indexArg(ctx, count);
    return V.strReplace(S(self), o, r, n);
  });
  def1(T, "partition", (ctx, self, sep) =>
    newTuple(lift(() => V.strPartition(S(self), strArg(sep)))),
  );
  def1(T, "rpartition", (ctx, self, sep) =>
    newTuple(lift(() => V.strRpartition(S(self), strArg(sep)))),
  );
  def1(T, "removeprefix", (ctx, self, p) =>
    V.strRemoveprefix(
      S(self),
      strArg(p, (t) => `removeprefix() argument must be str, not ${t}`),
    ),
  );
  def1(T, "removesuffix", (ctx, self, p) =>
    V.strRemovesuffix(
      S(self),
      strArg(p, (t) => `removesuffix() argument must be str, not ${t}`),
    ),
  );
  defKw(T, "expandtabs", ["tabsize"], 0, (ctx, self, [n]) =>
    V.strExpandtabs(S(self), n === undefined ? 8 : indexArg(ctx, n)),
  );
  def1(T, "join", (ctx, self, it) => strJoin(ctx, S(self), it));
  def(T, "format", (ctx, a, kw) => strFormat(ctx, S(a[0]), formatArgs(a.slice(1), kw)));
  def1(T, "format_map", (ctx, self, m) =>
    strFormat(ctx, S(self), { args: null, keyword: (k) => getItem(ctx, m, k) }),
  );
  def0(T, "__len__", (ctx, self) => V.cpLength(S(self)));
  installStrText();
  installStrDunders();
}
