/**
 * Words for what an instruction does to shared state ("reading counter", "writing
 * self.total", "calling lock.acquire()"), for the preemption marks of a replayed witness.
 * Only instructions `recordAccess` calls visible are described: the switch points.
 */
import { Op } from "../compile/code";
import { NULL } from "../runtime/attrs";
import { PyFunction } from "../runtime/function";
import { PyBuiltin, PyMethod, PyType, type PyValue } from "../runtime/object";
import { typeName } from "../runtime/types";
import type { Frame } from "../vm/frame";

/** The name `v` goes by in frame `f` (a local, then a global), else "a <type>". */
function nameOf(f: Frame, v: PyValue): string {
  const locals = f.code.varnames;
  for (let i = 0; i < locals.length; i++) if (f.fast[i] === v) return locals[i];
  for (const [k, g] of f.globals) if (g === v) return k;
  return `a ${typeName(v)}`;
}

const KEY_TEXT = (k: PyValue) =>
  typeof k === "number" || typeof k === "bigint"
    ? String(k)
    : typeof k === "string"
      ? JSON.stringify(k)
      : "…";

/** The callee's name as the user wrote it: `fn`, `obj.method` (or null). */
function calleeName(f: Frame, callee: PyValue, self: PyValue | undefined): string | null {
  let name: string | null = null;
  if (callee instanceof PyFunction || callee instanceof PyBuiltin) name = callee.name;
  else if (callee instanceof PyMethod) {
    const fn = callee.fn;
    name = fn instanceof PyFunction || fn instanceof PyBuiltin ? fn.name : null;
    self = callee.self;
  } else if (callee instanceof PyType) name = callee.name;
  if (name === null) return null;
  if (callee instanceof PyBuiltin && self === undefined) self = callee.self;
  return self !== undefined &&
    self !== NULL &&
    !(self instanceof PyType && callee instanceof PyType)
    ? `${nameOf(f, self)}.${name}`
    : name;
}

/** An access in words; `weak` ones only fetch a reference (a name bound to an object, a method). */
export interface AccessText {
  text: string;
  weak: boolean;
}

/** Loading this value only fetches a reference to something the next instruction uses. */
const isReference = (v: PyValue | undefined) =>
  v !== undefined && typeof v === "object" && v !== null && !(typeof v === "bigint");

/** What instruction `op` does, preferring what it did to data over name look-ups. */
export function describeStep(
  f: Frame,
  op: number,
  arg: number,
  stack: PyValue[],
  sp: number,
): AccessText | null {
  const text = describeAccess(f, op, arg, stack, sp);
  if (text === null) return null;
  let weak = op === Op.LOAD_METHOD;
  if (op === Op.LOAD_GLOBAL || op === Op.LOAD_NAME) {
    const name = f.code.names[arg];
    weak = isReference(f.globals.get(name) ?? f.builtins.get(name));
  }
  return { text, weak };
}

/** What instruction `op` (about to run in `f`, operand stack `stack[0..sp)`) does, or null. */
export function describeAccess(
  f: Frame,
  op: number,
  arg: number,
  stack: PyValue[],
  sp: number,
): string | null {
  const names = f.code.names;
  switch (op) {
    case Op.LOAD_GLOBAL:
    case Op.LOAD_NAME:
      return `reading ${names[arg]}`;
    case Op.STORE_GLOBAL:
    case Op.STORE_NAME:
      return `writing ${names[arg]}`;
    case Op.DELETE_GLOBAL:
    case Op.DELETE_NAME:
      return `deleting ${names[arg]}`;
    case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF:
    case Op.STORE_DEREF:
    case Op.DELETE_DEREF: {
      const cell = [...f.code.cellvars, ...f.code.freevars][arg] ?? "a variable";
      const verb =
        op === Op.STORE_DEREF ? "writing" : op === Op.DELETE_DEREF ? "deleting" : "reading";
      return `${verb} ${cell}`;
    }
    case Op.LOAD_ATTR:
    case Op.LOAD_METHOD:
      return `reading ${nameOf(f, stack[sp - 1])}.${names[arg]}`;
    case Op.STORE_ATTR:
      return `writing ${nameOf(f, stack[sp - 1])}.${names[arg]}`;
    case Op.DELETE_ATTR:
      return `deleting ${nameOf(f, stack[sp - 1])}.${names[arg]}`;
    case Op.BINARY_SUBSCR:
      return `reading ${nameOf(f, stack[sp - 2])}[${KEY_TEXT(stack[sp - 1])}]`;
    case Op.STORE_SUBSCR:
      return `writing ${nameOf(f, stack[sp - 2])}[${KEY_TEXT(stack[sp - 1])}]`;
    case Op.DELETE_SUBSCR:
      return `deleting ${nameOf(f, stack[sp - 2])}[${KEY_TEXT(stack[sp - 1])}]`;
    case Op.CONTAINS_OP:
      return `searching ${nameOf(f, stack[sp - 1])}`;
    case Op.BINARY_OP:
      return `updating ${nameOf(f, stack[sp - 2])} in place`;
    case Op.BEFORE_WITH:
      return `entering with ${nameOf(f, stack[sp - 1])}`;
    case Op.CALL:
    case Op.CALL_KW: {
      const top = op === Op.CALL_KW ? sp - 1 : sp;
      const bottom = top - arg - 2;
      const name = calleeName(f, stack[bottom], stack[bottom + 1]);
      if (name?.endsWith("__exit__")) return "leaving a with block";
      return name === null ? "calling a function" : `calling ${name}()`;
    }
    case Op.CALL_EX: {
      const bottom = sp - 2 - (arg & 1);
      const name = calleeName(f, stack[bottom], undefined);
      return name === null ? "calling a function" : `calling ${name}()`;
    }
    default:
      return null;
  }
}
