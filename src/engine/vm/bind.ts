/** Binding call arguments to a Python function's parameters, with CPython's messages. */
import { CO_VARARGS, CO_VARKEYWORDS } from "../compile/code";
import { newDict } from "../runtime/containers";
import { typeError } from "../runtime/exceptions";
import type { PyFunction } from "../runtime/function";
import { PyCell, type PyValue } from "../runtime/object";
import { CellType, newTuple } from "../runtime/types";
import type { Frame } from "./frame";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/** Fill `frame.fast` (and cells) from args/kwargs; throws TypeError like CPython. */
export function bindArgs(
  fn: PyFunction,
  args: PyValue[],
  kwargs: Map<string, PyValue> | null,
  frame: Frame,
): void {
  const co = fn.code;
  const fast = frame.fast;
  const n = co.argcount;
  const nargs = args.length;
  const name = co.qualname;
  const m = Math.min(nargs, n);
  for (let i = 0; i < m; i++) fast[i] = args[i];
  let idx = n + co.kwonlyargcount;
  if (co.flags & CO_VARARGS) {
    fast[idx++] = newTuple(nargs > n ? args.slice(n) : []);
  } else if (nargs > n) {
    const nd = fn.defaults.length;
    const kwGiven = kwargs
      ? [...kwargs.keys()].filter(
          (k) => co.varnames.indexOf(k) >= n && co.varnames.indexOf(k) < n + co.kwonlyargcount,
        ).length
      : 0;
    const takes = nd ? `from ${n - nd} to ${n}` : `${n}`;
    const extra = kwGiven
      ? ` positional ${plural(nargs, "argument").replace(/^\d+ /, "")} (and ${plural(kwGiven, "keyword-only argument")})`
      : "";
    const given = extra
      ? `${nargs}${extra} were given`
      : `${nargs} ${nargs === 1 ? "was" : "were"} given`;
    throw typeError(
      `${name}() takes ${takes} positional ${nd || n !== 1 ? "arguments" : "argument"} but ${given}`,
    );
  }
  if (co.flags & CO_VARKEYWORDS) {
    const d = newDict();
    fast[idx] = d;
    if (kwargs) {
      for (const [k, v] of kwargs) {
        const j = co.varnames.indexOf(k);
        if (j >= co.posonlyargcount && j < n + co.kwonlyargcount) {
          if (fast[j] !== undefined)
            throw typeError(`${name}() got multiple values for argument '${k}'`);
          fast[j] = v;
        } else d.table.set(null as never, k, v);
      }
    }
  } else if (kwargs) {
    for (const [k, v] of kwargs) {
      const j = co.varnames.indexOf(k);
      if (j >= co.posonlyargcount && j < n + co.kwonlyargcount) {
        if (fast[j] !== undefined)
          throw typeError(`${name}() got multiple values for argument '${k}'`);
        fast[j] = v;
      } else if (j >= 0 && j < co.posonlyargcount)
        throw typeError(
          `${name}() got some positional-only arguments passed as keyword arguments: '${k}'`,
        );
      else throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    }
  }
  if (nargs < n) {
    const defaults = fn.defaults;
    const first = n - defaults.length;
    let missing: string[] | null = null;
    for (let j = nargs; j < n; j++) {
      if (fast[j] !== undefined) continue;
      if (j >= first) fast[j] = defaults[j - first];
      else (missing ??= []).push(co.varnames[j]);
    }
    if (missing)
      throw typeError(
        `${name}() missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}`,
      );
  }
  if (co.kwonlyargcount) {
    let missing: string[] | null = null;
    for (let j = n; j < n + co.kwonlyargcount; j++) {
      if (fast[j] !== undefined) continue;
      const d = fn.kwdefaults?.get(co.varnames[j]);
      if (d !== undefined) fast[j] = d;
      else (missing ??= []).push(co.varnames[j]);
    }
    if (missing)
      throw typeError(
        `${name}() missing ${plural(missing.length, "required keyword-only argument")}: ${nameList(missing)}`,
      );
  }
  makeCells(fn, frame);
}

/** Create the frame's cells: its own cell variables, then the closure. */
export function makeCells(fn: PyFunction, frame: Frame): void {
  const co = fn.code;
  if (co.cellvars.length === 0 && fn.closure.length === 0) return;
  const cells: PyCell[] = [];
  for (let i = 0; i < co.cellvars.length; i++) {
    const a = co.cell2arg[i];
    cells.push(new PyCell(CellType, a >= 0 ? frame.fast[a] : undefined));
  }
  for (const c of fn.closure) cells.push(c);
  frame.cells = cells;
}
