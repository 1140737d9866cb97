/** The `bisect` module: binary search and insertion with Python's `<`, including key= (3.10+). */
import { getAttr } from "../runtime/attrs";
import { pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import { PyList, type Ctx, type NativeFn, type PyValue } from "../runtime/object";
import { getItem, lenOf, lessThan } from "../runtime/ops";
import { builtinFn, None, typeOf } from "../runtime/types";
import { defineModule } from "./registry";
import { newModule } from "./util";

interface SearchArgs {
  a: PyValue;
  x: PyValue;
  lo: number;
  hi: number;
  key: PyValue;
}

function parse(
  ctx: Ctx,
  name: string,
  args: PyValue[],
  kw: Map<string, PyValue> | null,
): SearchArgs {
  const names = ["a", "x", "lo", "hi"];
  const v: (PyValue | undefined)[] = args.slice();
  if (args.length > 4)
    throw typeError(`${name}() takes at most 4 arguments (${args.length} given)`);
  for (const [k, val] of kw ?? []) {
    const i = names.indexOf(k);
    if (k === "key") continue;
    if (i < 0) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (v[i] !== undefined)
      throw typeError(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
    v[i] = val;
  }
  if (v[0] === undefined) throw typeError(`${name}() missing required argument 'a' (pos 1)`);
  if (v[1] === undefined) throw typeError(`${name}() missing required argument 'x' (pos 2)`);
  const intOf = (x: PyValue) => {
    const n = asInt(x);
    if (n === null)
      throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
    return Number(n);
  };
  const lo = v[2] === undefined ? 0 : intOf(v[2]);
  if (lo < 0) throw pyErr(ValueError, "lo must be non-negative");
  const hi = v[3] === undefined || v[3] === None ? lenOf(ctx, v[0]) : intOf(v[3]);
  return { a: v[0], x: v[1], lo, hi, key: kw?.get("key") ?? None };
}

function search(ctx: Ctx, s: SearchArgs, x: PyValue, right: boolean): number {
  let { lo, hi } = s;
  const at = (i: number) => {
    const item = s.a instanceof PyList ? s.a.items[i] : getItem(ctx, s.a, i);
    return s.key === None ? item : ctx.call(s.key, [item]);
  };
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const goLeft = right ? lessThan(ctx, x, at(mid)) : !lessThan(ctx, at(mid), x);
    if (goLeft) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bisector(name: string, right: boolean): NativeFn {
  return (ctx, args, kw) => {
    const s = parse(ctx, name, args, kw);
    return search(ctx, s, s.x, right);
  };
}

function insorter(name: string, right: boolean): NativeFn {
  return (ctx, args, kw) => {
    const s = parse(ctx, name, args, kw);
    const k = s.key === None ? s.x : ctx.call(s.key, [s.x]);
    const i = search(ctx, s, k, right);
    if (s.a instanceof PyList && !s.a.cls.heap) s.a.items.splice(i, 0, s.x);
    else ctx.call(getAttr(ctx, s.a, "insert"), [i, s.x]);
    return None;
  };
}

function makeBisect() {
  const m = newModule("bisect");
  const fns: Record<string, NativeFn> = {
    bisect_left: bisector("bisect_left", false),
    bisect_right: bisector("bisect_right", true),
    insort_left: insorter("insort_left", false),
    insort_right: insorter("insort_right", true),
  };
  for (const [k, f] of Object.entries(fns)) m.dict!.set(k, builtinFn(k, f));
  m.dict!.set("bisect", builtinFn("bisect_right", fns.bisect_right));
  m.dict!.set("insort", builtinFn("insort_right", fns.insort_right));
  return m;
}

defineModule("bisect", makeBisect);
