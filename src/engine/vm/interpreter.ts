/**
 * The bytecode interpreter. One loop runs the frames of one thread; Python-to-Python
 * calls push frames instead of recursing in JS, so a thread can be suspended between
 * any two instructions. Natives that call back into Python run a nested loop.
 */
import { Op, type PyCode } from "../compile/code";
import { bindDescriptor, delAttr, getAttr, loadMethod, NULL, setAttr } from "../runtime/attrs";
import { binaryOp } from "../runtime/binops";
import { newDict, newSet, PyDict, PySet } from "../runtime/containers";
import {
  AssertionError,
  BaseException,
  nameError,
  NameError,
  PyBaseException,
  pyErr,
  RecursionError,
  RuntimeError,
  StopIteration,
  stopIteration,
  SystemError,
  typeError,
  UnboundLocalError,
  ValueError,
} from "../runtime/exceptions";
import { ValueLayerError } from "../values/errors";
import { fromValueLayer } from "../runtime/lift";
import { PyFunction } from "../runtime/function";
import { intAdd, intSub } from "../runtime/numeric";
import {
  PyBuiltin,
  PyCell,
  PyFloat,
  PyList,
  PyMethod,
  PyNativeIter,
  PyObject,
  PyRange,
  PySlice,
  PyTuple,
  PyType,
  type Ctx,
  type PyValue,
  type RunState,
} from "../runtime/object";
import {
  compare,
  contains,
  delItem,
  format,
  getItem,
  getIter,
  next as iterNext,
  repr,
  setItem,
  str,
  toArray,
  truthy,
  type CmpName,
} from "../runtime/ops";
import { asciiOf } from "../runtime/strformat";
import { EmptyTuple, newFloat, newList, newTuple, None, SliceType, typeOf } from "../runtime/types";
import { bindArgs, makeCells } from "./bind";
import { buildClass, callType } from "./classes";
import { Frame, Ret } from "./frame";
import { GeneratorType, PyGenerator, Resume } from "./generator";
import { importFrom, importName, importStar } from "./imports";
import { VMThread } from "./thread";

const CMP: CmpName[] = ["Lt", "LtE", "Eq", "NotEq", "Gt", "GtE"];
// A module-local alias: reading an imported binding can cost a getter call per use when the
// module is loaded through a CommonJS transform (tsx, vitest); a local const never does.
const O = Op;

/** Engine control flow (not Python exceptions): passes through every Python handler. */
export class EngineSignal {}

/** Thrown by a native that must wait (lock, queue, sleep…): the instruction is retried later. */
export class BlockSignal extends EngineSignal {
  constructor(public readonly wait: unknown) {
    super();
  }
}

/** Thrown when the instruction budget is used up (an endless loop guard). */
export class BudgetExceeded extends EngineSignal {
  constructor(public readonly steps: number) {
    super();
  }
}

/** Result marker: the thread stopped at an eval-breaker point because its time slice ended. */
export const PREEMPTED = { __preempted: true } as unknown as PyValue;
/** Result marker: the thread blocked; its wait is in `Interp.lastBlock`. */
export const BLOCKED = { __blocked: true } as unknown as PyValue;

/** Hooks a scheduler provides to the interpreter. */
export interface SchedulerHooks {
  /** Called at eval-breaker points; return true to stop the thread here (preempt). */
  shouldYield(th: VMThread): boolean;
  /**
   * A thread blocked inside Python code a native called (e.g. list() over a generator
   * that waits on a future): run other threads until it may continue, then return.
   */
  waitNested(th: VMThread, wait: unknown): void;
}

/** The interpreter for one program run. Implements the `Ctx` natives use. */
export class Interp implements Ctx {
  thread!: VMThread;
  builtins: Map<string, PyValue>;
  /** Total instruction budget for the run. */
  maxSteps = 50_000_000;
  totalSteps = 0;
  hooks: SchedulerHooks | null = null;
  lastBlock: unknown = null;
  private ids = new WeakMap<object, number>();
  private nextId = 1;
  out: { fd: 1 | 2; text: string }[] = [];

  constructor(
    public readonly run: RunState,
    builtins: Map<string, PyValue>,
  ) {
    this.builtins = builtins;
  }

  /** Identity number for id() and default reprs. */
  idOf(obj: PyObject): number {
    let id = this.ids.get(obj);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(obj, id);
    }
    return id;
  }

  /** Called for every write (the trace records prints with time and thread). */
  onWrite: ((fd: 1 | 2, text: string) => void) | null = null;
  /**
   * The running thread is preempted before the instruction that would make totalSteps exceed
   * this (free-threaded quanta and schedule replay); nested runs ignore it.
   */
  stepLimit = Infinity;
  /**
   * Race exploration (src/engine/explore) only: consulted before every instruction of a
   * limited run (stepLimit set, see `loop`); returning true preempts the thread before that
   * instruction. Ordinary runs leave it null and never reach it (no per-instruction cost).
   */
  probe: ((f: Frame, op: number, arg: number, stack: PyValue[], sp: number) => boolean) | null =
    null;

  /** Append program output. */
  write(fd: 1 | 2, text: string): void {
    this.out.push({ fd, text });
    this.onWrite?.(fd, text);
  }

  /** Call a callable from native code, running Python frames to completion. */
  call(fn: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null = null): PyValue {
    if (fn instanceof PyBuiltin)
      return fn.fn(this, fn.self !== undefined ? [fn.self, ...args] : args, kwargs);
    const th = this.thread;
    const base = th.frames.length;
    const r = this.invoke(fn, args, kwargs);
    if (r !== undefined) return r;
    th.top.stop = true;
    return this.executeNested(th, base);
  }

  /** execute() for a native's callback: a block inside parks the thread right here. */
  private executeNested(th: VMThread, base: number): PyValue {
    for (;;) {
      try {
        return this.execute(th, base);
      } catch (e) {
        if (!(e instanceof BlockSignal) || this.hooks === null) throw e;
        this.hooks.waitNested(th, e.wait);
      }
    }
  }

  /** Resume a generator from native code. */
  resumeGenerator(gen: PyObject, sent: PyValue): { done: boolean; value: PyValue } {
    const g = gen as PyGenerator;
    const th = this.thread;
    const base = th.frames.length;
    if (!this.enterGenerator(g, sent, Resume.Nested, -1)) return { done: true, value: None };
    const v = this.executeNested(th, base);
    return { done: g.state === "closed", value: v };
  }

  /**
   * Start calling `fn`: for Python functions a frame is pushed and undefined returned
   * (the loop continues in the callee); for natives the result is returned.
   */
  invoke(fn: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue | undefined {
    for (;;) {
      if (fn instanceof PyFunction) {
        const f = this.newFrame(fn, args, kwargs);
        if (fn.code.flags & O.CO_GENERATOR) {
          return new PyGenerator(GeneratorType, f, fn.name, fn.qualname);
        }
        this.pushFrame(f);
        return undefined;
      }
      if (fn instanceof PyBuiltin)
        return fn.fn(this, fn.self !== undefined ? [fn.self, ...args] : args, kwargs);
      if (fn instanceof PyMethod) {
        args = [fn.self, ...args];
        fn = fn.fn;
        continue;
      }
      if (fn instanceof PyType) return callType(this, fn, args, kwargs);
      const c = typeOf(fn).lookup("__call__");
      if (c === undefined) throw typeError(`'${typeOf(fn).name}' object is not callable`);
      args = [fn, ...args];
      fn = c;
    }
  }

  /** A frame for calling Python function `fn` (arguments bound). */
  newFrame(fn: PyFunction, args: PyValue[], kwargs: Map<string, PyValue> | null): Frame {
    const f = new Frame(fn.code, fn.globals, this.builtins, fn);
    if (kwargs === null && fn.simple && args.length === fn.code.argcount) {
      for (let i = 0; i < args.length; i++) f.fast[i] = args[i];
      if (fn.closure.length || fn.code.cellvars.length) makeCells(fn, f);
    } else bindArgs(fn, args, kwargs, f);
    return f;
  }

  /** Push a frame on the current thread (recursion limit checked). */
  pushFrame(f: Frame): void {
    const th = this.thread;
    if (th.depth >= this.run.sys.recursionLimit)
      throw pyErr(RecursionError, "maximum recursion depth exceeded");
    th.depth++;
    th.frames.push(f);
  }

  /** Push generator `g`'s frame to resume it; false if it is already finished. */
  enterGenerator(g: PyGenerator, sent: PyValue, mode: Resume, target: number): boolean {
    if (g.state === "running") throw pyErr(ValueError, "generator already executing");
    if (g.state === "closed") return false;
    const f = g.frame;
    if (g.state === "created") {
      if (sent !== None) throw typeError("can't send non-None value to a just-started generator");
    } else f.stack[f.sp++] = sent;
    g.state = "running";
    f.gen = g;
    f.resumeMode = mode;
    f.resumeTarget = target;
    f.ret = Ret.Value;
    f.stop = mode === Resume.Nested;
    // A generator keeps its own handled-exception state across yields (CPython's gi_exc_state).
    f.callerExc = this.thread.excInfo;
    if (g.excInfo !== null) this.thread.excInfo = g.excInfo;
    this.pushFrame(f);
    return true;
  }

  /** Run the thread's frames until the frame stack shrinks to `base`; returns that frame's value. */
  execute(th: VMThread, base: number): PyValue {
    const saved = this.thread;
    this.thread = th;
    try {
      return this.loop(th, base);
    } finally {
      this.thread = saved;
    }
  }

  private loop(th: VMThread, base: number): PyValue {
    let f = th.top;
    let ops = f.code.ops;
    let pc = f.pc;
    let stack = f.stack;
    let sp = f.sp;
    let fast = f.fast;
    let steps = 0;
    const nested = base > 0;
    // A forced preemption point (free-threaded quanta, schedule replay). Compared against
    // totalSteps itself: code run by natives (imports, dunders) counts too.
    const limited = !nested && this.stepLimit !== Infinity;
    // The exploration probe rides on the limited check, so the unlimited GIL path is unchanged.
    const probe = limited ? this.probe : null;
    for (;;) {
      try {
        if (f.pendingThrow !== null) {
          // gen.throw()/close(): raise the exception in the resumed generator frame.
          const e = f.pendingThrow;
          f.pendingThrow = null;
          throw e;
        }
        for (;;) {
          if (
            limited &&
            (this.totalSteps + steps >= this.stepLimit ||
              (probe !== null && probe(f, ops[pc], ops[pc + 1], stack, sp)))
          ) {
            f.pc = pc;
            f.sp = sp;
            th.steps += steps;
            this.totalSteps += steps;
            return PREEMPTED;
          }
          const op = ops[pc];
          const arg = ops[pc + 1];
          pc += 2;
          steps++;
          switch (op) {
            case O.NOP:
              break;
            case O.RESUME:
            case O.JUMP_BACKWARD:
              if (op === O.JUMP_BACKWARD) pc = arg;
              if (this.totalSteps + steps > this.maxSteps) {
                f.pc = pc;
                throw new BudgetExceeded(this.totalSteps + steps);
              }
              if (!nested && this.hooks !== null) {
                th.steps += steps;
                this.totalSteps += steps;
                steps = 0;
                if (this.hooks.shouldYield(th)) {
                  f.pc = pc;
                  f.sp = sp;
                  return PREEMPTED;
                }
              }
              break;
            case O.POP_TOP:
              sp--;
              break;
            case O.COPY:
              stack[sp] = stack[sp - arg];
              sp++;
              break;
            case O.SWAP: {
              const t = stack[sp - 1];
              stack[sp - 1] = stack[sp - arg];
              stack[sp - arg] = t;
              break;
            }
            case O.PUSH_NULL:
              stack[sp++] = NULL;
              break;
            case O.LOAD_CONST:
              stack[sp++] = f.code.consts[arg];
              break;
            case O.LOAD_FAST: {
              const v = fast[arg];
              if (v === undefined) throw nameError(f.code.varnames[arg], UnboundLocalError);
              stack[sp++] = v;
              break;
            }
            case O.STORE_FAST:
              fast[arg] = stack[--sp];
              break;
            case O.DELETE_FAST:
              if (fast[arg] === undefined) throw nameError(f.code.varnames[arg], UnboundLocalError);
              fast[arg] = undefined;
              break;
            case O.LOAD_DEREF:
            case O.LOAD_CLASSDEREF: {
              if (op === O.LOAD_CLASSDEREF) {
                const n = derefName(f, arg);
                const lv = f.locals?.get(n);
                if (lv !== undefined) {
                  stack[sp++] = lv;
                  break;
                }
              }
              const v = f.cells[arg].value;
              if (v === undefined) throw unboundDeref(f, arg);
              stack[sp++] = v;
              break;
            }
            case O.STORE_DEREF:
              f.cells[arg].value = stack[--sp];
              break;
            case O.DELETE_DEREF:
              if (f.cells[arg].value === undefined) throw unboundDeref(f, arg);
              f.cells[arg].value = undefined;
              break;
            case O.LOAD_CLOSURE:
              stack[sp++] = f.cells[arg];
              break;
            case O.LOAD_GLOBAL: {
              const n = f.code.names[arg];
              let v = f.globals.get(n);
              if (v === undefined) v = f.builtins.get(n);
              if (v === undefined) throw nameError(n);
              stack[sp++] = v;
              break;
            }
            case O.STORE_GLOBAL:
              f.globals.set(f.code.names[arg], stack[--sp]);
              break;
            case O.DELETE_GLOBAL:
              if (!f.globals.delete(f.code.names[arg])) throw nameError(f.code.names[arg]);
              break;
            case O.LOAD_NAME: {
              const n = f.code.names[arg];
              let v = f.locals?.get(n);
              if (v === undefined) v = f.globals.get(n);
              if (v === undefined) v = f.builtins.get(n);
              if (v === undefined) throw nameError(n);
              stack[sp++] = v;
              break;
            }
            case O.STORE_NAME:
              (f.locals ?? f.globals).set(f.code.names[arg], stack[--sp]);
              break;
            case O.DELETE_NAME:
              if (!(f.locals ?? f.globals).delete(f.code.names[arg]))
                throw nameError(f.code.names[arg]);
              break;
            case O.LOAD_ATTR:
              stack[sp - 1] = getAttr(this, stack[sp - 1], f.code.names[arg]);
              break;
            case O.STORE_ATTR:
              setAttr(this, stack[sp - 1], f.code.names[arg], stack[sp - 2]);
              sp -= 2;
              break;
            case O.DELETE_ATTR:
              delAttr(this, stack[sp - 1], f.code.names[arg]);
              sp--;
              break;
            case O.LOAD_METHOD:
              loadMethod(this, stack[sp - 1], f.code.names[arg], stack, sp - 1);
              sp++;
              break;
            case O.BINARY_SUBSCR: {
              const o = stack[sp - 2];
              const k = stack[sp - 1];
              if (o instanceof PyList && typeof k === "number" && !o.cls.heap) {
                const i = k < 0 ? k + o.items.length : k;
                if (i >= 0 && i < o.items.length) {
                  stack[sp - 2] = o.items[i];
                  sp--;
                  break;
                }
              }
              stack[sp - 2] = getItem(this, o, k);
              sp--;
              break;
            }
            case O.STORE_SUBSCR:
              setItem(this, stack[sp - 2], stack[sp - 1], stack[sp - 3]);
              sp -= 3;
              break;
            case O.DELETE_SUBSCR:
              delItem(this, stack[sp - 2], stack[sp - 1]);
              sp -= 2;
              break;
            case O.BINARY_OP: {
              const a = stack[sp - 2];
              const b = stack[sp - 1];
              let r: PyValue;
              const o = arg & 15;
              if (
                typeof a === "number" &&
                typeof b === "number" &&
                (o <= 2 || ((o === 5 || o === 12) && a >= 0 && b > 0))
              ) {
                // Fast paths for small non-negative ints; anything else takes the general route.
                switch (o) {
                  case 0: {
                    const x = a + b;
                    r = Number.isSafeInteger(x) ? x : intAdd(a, b);
                    break;
                  }
                  case 1: {
                    const x = a - b;
                    r = Number.isSafeInteger(x) ? x : intSub(a, b);
                    break;
                  }
                  case 2: {
                    const x = a * b;
                    r = Number.isSafeInteger(x)
                      ? x === 0
                        ? 0
                        : x
                      : binaryOp(this, 2, a, b, false);
                    break;
                  }
                  case 5:
                    r = a % b;
                    break;
                  default:
                    r = (a - (a % b)) / b; // exact, unlike Math.floor(a / b) for large a
                }
              } else if (a instanceof PyFloat && b instanceof PyFloat && (arg & 15) <= 2) {
                const o2 = arg & 15;
                r = newFloat(o2 === 0 ? a.v + b.v : o2 === 1 ? a.v - b.v : a.v * b.v);
              } else r = binaryOp(this, arg & 15, a, b, arg >= O.INPLACE);
              stack[sp - 2] = r;
              sp--;
              break;
            }
            case O.UNARY_OP:
              stack[sp - 1] = unary(this, arg, stack[sp - 1]);
              break;
            case O.COMPARE_OP: {
              const a = stack[sp - 2];
              const b = stack[sp - 1];
              let r: PyValue;
              if (typeof a === "number" && typeof b === "number") {
                switch (arg) {
                  case 0:
                    r = a < b;
                    break;
                  case 1:
                    r = a <= b;
                    break;
                  case 2:
                    r = a === b;
                    break;
                  case 3:
                    r = a !== b;
                    break;
                  case 4:
                    r = a > b;
                    break;
                  default:
                    r = a >= b;
                }
              } else r = compare(this, a, b, CMP[arg]);
              stack[sp - 2] = r;
              sp--;
              break;
            }
            case O.IS_OP:
              stack[sp - 2] = isSame(stack[sp - 2], stack[sp - 1]) !== (arg === 1);
              sp--;
              break;
            case O.CONTAINS_OP:
              stack[sp - 2] = contains(this, stack[sp - 1], stack[sp - 2]) !== (arg === 1);
              sp--;
              break;
            case O.JUMP:
              pc = arg;
              break;
            case O.POP_JUMP_IF_FALSE: {
              const v = stack[--sp];
              if (v === false || (v !== true && !truthy(this, v))) pc = arg;
              break;
            }
            case O.POP_JUMP_IF_TRUE: {
              const v = stack[--sp];
              if (v === true || (v !== false && truthy(this, v))) pc = arg;
              break;
            }
            case O.JUMP_IF_FALSE_OR_POP:
              if (!truthy(this, stack[sp - 1])) pc = arg;
              else sp--;
              break;
            case O.JUMP_IF_TRUE_OR_POP:
              if (truthy(this, stack[sp - 1])) pc = arg;
              else sp--;
              break;
            case O.GET_ITER: {
              const v = stack[sp - 1];
              if (!(v instanceof PyGenerator)) stack[sp - 1] = getIter(this, v);
              break;
            }
            case O.FOR_ITER: {
              const it = stack[sp - 1];
              if (it instanceof PyNativeIter) {
                const v = it.next(this);
                if (v === undefined) {
                  sp--;
                  pc = arg;
                } else stack[sp++] = v;
                break;
              }
              if (it instanceof PyGenerator) {
                f.pc = pc;
                f.sp = sp;
                if (!this.enterGenerator(it, None, Resume.For, arg)) {
                  sp--;
                  pc = arg;
                  break;
                }
                f = th.top;
                ({ ops, pc, stack, sp, fast } = f);
                break;
              }
              const v = iterNext(this, it);
              if (v === undefined) {
                sp--;
                pc = arg;
              } else stack[sp++] = v;
              break;
            }
            case O.BUILD_LIST: {
              sp -= arg;
              stack[sp] = newList(stack.slice(sp, sp + arg));
              sp++;
              break;
            }
            case O.BUILD_TUPLE: {
              sp -= arg;
              stack[sp] = arg === 0 ? EmptyTuple : newTuple(stack.slice(sp, sp + arg));
              sp++;
              break;
            }
            case O.BUILD_SET: {
              const s = newSet();
              sp -= arg;
              for (let i = 0; i < arg; i++) s.table.set(this, stack[sp + i], true);
              stack[sp++] = s;
              break;
            }
            case O.BUILD_MAP: {
              const d = newDict();
              sp -= 2 * arg;
              for (let i = 0; i < arg; i++)
                d.table.set(this, stack[sp + 2 * i], stack[sp + 2 * i + 1]);
              stack[sp++] = d;
              break;
            }
            case O.BUILD_STRING: {
              sp -= arg;
              let s = "";
              for (let i = 0; i < arg; i++) s += stack[sp + i] as string;
              stack[sp++] = s;
              break;
            }
            case O.BUILD_SLICE: {
              const step = arg === 3 ? stack[--sp] : None;
              const stop = stack[--sp];
              stack[sp - 1] = new PySlice(SliceType, stack[sp - 1], stop, step);
              break;
            }
            case O.LIST_APPEND: {
              const v = stack[--sp];
              (stack[sp - arg] as PyList).items.push(v);
              break;
            }
            case O.SET_ADD: {
              const v = stack[--sp];
              (stack[sp - arg] as PySet).table.set(this, v, true);
              break;
            }
            case O.MAP_ADD: {
              const v = stack[--sp];
              const k = stack[--sp];
              (stack[sp - arg] as PyDict).table.set(this, k, v);
              break;
            }
            case O.LIST_EXTEND: {
              const v = stack[--sp];
              const l = stack[sp - arg] as PyList;
              if (!isIterable(v))
                throw typeError(`Value after * must be an iterable, not ${typeOf(v).name}`);
              for (const x of toArray(this, v)) l.items.push(x);
              break;
            }
            case O.SET_UPDATE: {
              const v = stack[--sp];
              const s = stack[sp - arg] as PySet;
              for (const x of toArray(this, v)) s.table.set(this, x, true);
              break;
            }
            case O.DICT_UPDATE:
            case O.DICT_MERGE: {
              const v = stack[--sp];
              mergeInto(
                this,
                stack[sp - arg] as PyDict,
                v,
                op === O.DICT_MERGE,
                stack[sp - arg - 2],
              );
              break;
            }
            case O.LIST_TO_TUPLE:
              stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items);
              break;
            case O.FORMAT_VALUE: {
              const spec = arg & 4 ? (stack[--sp] as string) : "";
              let v = stack[sp - 1];
              const conv = arg & 3;
              if (conv === 1) v = str(this, v);
              else if (conv === 2) v = repr(this, v);
              else if (conv === 3) v = asciiOf(this, v);
              stack[sp - 1] = typeof v === "string" && spec === "" ? v : format(this, v, spec);
              break;
            }
            case O.UNPACK_SEQUENCE: {
              const v = stack[--sp];
              const items =
                v instanceof PyTuple || v instanceof PyList
                  ? v.items
                  : unpackIterable(this, v, arg);
              if (items.length !== arg) throw unpackError(items.length, arg);
              for (let i = arg - 1; i >= 0; i--) stack[sp++] = items[i];
              break;
            }
            case O.UNPACK_EX: {
              const before = arg & 255;
              const after = arg >> 8;
              const v = stack[--sp];
              if (!isIterable(v))
                throw typeError(`cannot unpack non-iterable ${typeOf(v).name} object`);
              const items = toArray(this, v);
              if (items.length < before + after)
                throw pyErr(
                  ValueError,
                  `not enough values to unpack (expected at least ${before + after}, got ${items.length})`,
                );
              const mid = newList(items.slice(before, items.length - after));
              const all = [...items.slice(0, before), mid, ...items.slice(items.length - after)];
              for (let i = all.length - 1; i >= 0; i--) stack[sp++] = all[i];
              break;
            }
            case O.MAKE_FUNCTION: {
              const code = (stack[--sp] as PyCode).code;
              const closure = arg & 8 ? ((stack[--sp] as PyTuple).items as PyCell[]) : [];
              const kwd = arg & 2 ? (stack[--sp] as PyDict) : null;
              const defs = arg & 1 ? (stack[--sp] as PyTuple).items : [];
              let kwdefaults: Map<string, PyValue> | null = null;
              if (kwd) {
                kwdefaults = new Map();
                for (let i = 0; i < kwd.table.keys.length; i++)
                  kwdefaults.set(kwd.table.keys[i] as string, kwd.table.vals[i]);
              }
              const fn = new PyFunction(code, f.globals, defs, kwdefaults, closure);
              fn.module = f.globals.get("__name__") ?? None;
              if (code.docstring !== null) fn.dict!.set("__doc__", code.docstring);
              stack[sp++] = fn;
              break;
            }
            case O.CALL:
            case O.CALL_KW:
            case O.CALL_EX: {
              let callee: PyValue;
              let args: PyValue[];
              let kwargs: Map<string, PyValue> | null = null;
              let bottom: number;
              if (op === O.CALL_EX) {
                const kw = arg & 1 ? stack[sp - 1] : null;
                const a = stack[sp - 1 - (arg & 1)];
                bottom = sp - 2 - (arg & 1);
                callee = stack[bottom];
                args = (a as PyTuple).items;
                if (kw) kwargs = dictToKwargs(kw as PyDict);
              } else {
                let nargs = arg;
                let top = sp;
                let names: PyTuple | null = null;
                if (op === O.CALL_KW) {
                  names = stack[sp - 1] as PyTuple;
                  top = sp - 1;
                }
                bottom = top - nargs - 2;
                callee = stack[bottom];
                const self = stack[bottom + 1];
                if (self !== NULL) {
                  nargs++;
                  args = stack.slice(bottom + 1, top);
                } else args = stack.slice(bottom + 2, top);
                if (names) {
                  kwargs = new Map();
                  const nk = names.items.length;
                  for (let i = 0; i < nk; i++)
                    kwargs.set(names.items[i] as string, args[nargs - nk + i]);
                  args.length = nargs - nk;
                }
              }
              f.pc = pc;
              const r = this.invoke(callee, args, kwargs);
              sp = bottom;
              if (r === undefined) {
                f.sp = sp;
                f = th.top;
                ({ ops, pc, stack, sp, fast } = f);
              } else {
                stack[sp++] = r;
                if (!nested && this.hooks !== null) {
                  th.steps += steps;
                  this.totalSteps += steps;
                  steps = 0;
                  if (this.hooks.shouldYield(th)) {
                    f.pc = pc;
                    f.sp = sp;
                    return PREEMPTED;
                  }
                }
              }
              break;
            }
            case O.RETURN_VALUE:
            case O.YIELD_VALUE: {
              const v = stack[--sp];
              f.pc = pc;
              f.sp = sp;
              th.frames.pop();
              th.depth--;
              const done = f;
              const g = done.gen;
              if (g !== null) {
                g.state = op === O.YIELD_VALUE ? "suspended" : "closed";
                g.excInfo =
                  op === O.YIELD_VALUE && th.excInfo !== done.callerExc ? th.excInfo : null;
                th.excInfo = done.callerExc;
                if (op === O.RETURN_VALUE) done.stack.length = 0;
              }
              if (th.frames.length === base || done.stop) {
                this.totalSteps += steps;
                th.steps += steps;
                if (done.ret === Ret.Init) {
                  if (v !== None)
                    throw typeError(`__init__() should return None, not '${typeOf(v).name}'`);
                  return done.retObj as PyValue;
                }
                if (done.ret === Ret.Class) return buildClass(this, done);
                return v;
              }
              f = th.top;
              ({ ops, pc, stack, sp, fast } = f);
              if (g !== null) {
                const mode = done.resumeMode;
                if (op === O.YIELD_VALUE) stack[sp++] = v;
                else if (mode === Resume.For) {
                  sp--;
                  pc = done.resumeTarget;
                } else if (mode === Resume.Send) {
                  stack[sp - 1] = v;
                  pc = done.resumeTarget;
                } else {
                  f.pc = pc;
                  f.sp = sp;
                  throw stopIteration(v);
                }
                break;
              }
              switch (done.ret) {
                case Ret.Value:
                  stack[sp++] = v;
                  break;
                case Ret.Init:
                  if (v !== None)
                    throw typeError(`__init__() should return None, not '${typeOf(v).name}'`);
                  stack[sp++] = done.retObj as PyValue;
                  break;
                case Ret.Class:
                  f.pc = pc;
                  stack[sp++] = buildClass(this, done);
                  break;
                default:
                  stack[sp++] = v;
              }
              break;
            }
            case O.GET_YIELD_FROM_ITER: {
              const v = stack[sp - 1];
              if (!(v instanceof PyGenerator)) stack[sp - 1] = getIter(this, v);
              break;
            }
            case O.SEND: {
              const sent = stack[sp - 1];
              const sub = stack[sp - 2];
              if (sub instanceof PyGenerator) {
                sp--;
                f.pc = pc;
                f.sp = sp;
                if (!this.enterGenerator(sub, sent, Resume.Send, arg)) {
                  stack[sp - 1] = None;
                  pc = arg;
                  break;
                }
                f = th.top;
                ({ ops, pc, stack, sp, fast } = f);
                break;
              }
              if (sent !== None)
                throw typeError("yield from a non-generator does not support send()");
              const v = iterNext(this, sub);
              if (v === undefined) {
                sp--;
                stack[sp - 1] = None;
                pc = arg;
              } else stack[sp - 1] = v;
              break;
            }
            case O.RAISE_VARARGS: {
              if (arg === 0) {
                const cur = th.excInfo;
                if (cur === null) throw pyErr(RuntimeError, "No active exception to reraise");
                th.reraising = true;
                throw cur;
              }
              const cause = arg === 2 ? stack[--sp] : undefined;
              const e = makeException(this, stack[--sp]);
              if (cause !== undefined) {
                if (cause === None) e.cause = null;
                else e.cause = makeException(this, cause, true);
                e.suppressContext = true;
              }
              throw e;
            }
            case O.RERAISE: {
              th.reraising = true;
              throw stack[--sp];
            }
            case O.PUSH_EXC_INFO: {
              const e = stack[sp - 1] as PyBaseException;
              stack[sp - 1] = th.excInfo ?? None;
              stack[sp++] = e;
              th.excInfo = e;
              break;
            }
            case O.POP_EXCEPT: {
              const prev = stack[--sp];
              th.excInfo = prev === None ? null : (prev as PyBaseException);
              break;
            }
            case O.POP_EXCEPT_AND_RERAISE: {
              const e = stack[--sp];
              const prev = stack[--sp];
              th.excInfo = prev === None ? null : (prev as PyBaseException);
              th.reraising = true;
              throw e;
            }
            case O.CHECK_EXC_MATCH: {
              const t = stack[sp - 1];
              const e = stack[sp - 2] as PyBaseException;
              stack[sp - 1] = excMatches(e, t);
              break;
            }
            case O.LOAD_ASSERTION_ERROR:
              stack[sp++] = AssertionError;
              break;
            case O.BEFORE_WITH: {
              const mgr = stack[sp - 1];
              const t = typeOf(mgr);
              const enter = t.lookup("__enter__");
              const exit = t.lookup("__exit__");
              if (enter === undefined || exit === undefined) {
                throw typeError(`'${t.name}' object does not support the context manager protocol`);
              }
              const boundExit = bindDescriptor(this, exit, mgr, t);
              f.pc = pc;
              // __enter__ may block (a lock): leave the stack as it was until it returns.
              const r = this.invoke(enter, [mgr], null);
              stack[sp - 1] = boundExit;
              if (r === undefined) {
                f.sp = sp;
                f = th.top;
                ({ ops, pc, stack, sp, fast } = f);
              } else stack[sp++] = r;
              break;
            }
            case O.WITH_EXCEPT_START: {
              const e = stack[sp - 1] as PyBaseException;
              const exit = stack[sp - 3];
              f.pc = pc;
              const r = this.invoke(exit, [e.cls, e, None], null);
              if (r === undefined) {
                f.sp = sp;
                f = th.top;
                ({ ops, pc, stack, sp, fast } = f);
              } else stack[sp++] = r;
              break;
            }
            case O.IMPORT_NAME: {
              const fromlist = stack[sp - 1];
              stack[sp - 1] = importName(
                this,
                f.code.names[arg & 0xffffff],
                fromlist,
                arg >> 24 === 1,
              );
              break;
            }
            case O.IMPORT_FROM:
              stack[sp] = importFrom(this, stack[sp - 1], f.code.names[arg]);
              sp++;
              break;
            case O.IMPORT_STAR:
              importStar(this, stack[--sp], f.locals ?? f.globals);
              break;
            case O.BUILD_CLASS: {
              const kw = stack[--sp];
              const bases = stack[--sp] as PyTuple;
              const name = stack[--sp] as string;
              const body = stack[--sp] as PyFunction;
              const cf = new Frame(body.code, body.globals, this.builtins, body);
              makeCells(body, cf);
              cf.locals = new Map();
              cf.ret = Ret.Class;
              cf.retObj = { name, bases: bases.items, kw: kw === None ? null : (kw as PyDict) };
              f.pc = pc;
              f.sp = sp;
              this.pushFrame(cf);
              f = cf;
              ({ ops, pc, stack, sp, fast } = f);
              break;
            }
            default:
              throw pyErr(SystemError, `unknown opcode ${op}`);
          }
        }
      } catch (err) {
        if (err instanceof EngineSignal) {
          f.pc = pc - 2;
          f.sp = sp;
          this.totalSteps += steps;
          throw err;
        }
        this.totalSteps += steps;
        th.steps += steps;
        steps = 0;
        f.pc = pc;
        f.sp = sp;
        const e = asPyException(err);
        this.unwind(th, e, base);
        f = th.top;
        ({ ops, pc, stack, sp, fast } = f);
      }
    }
  }

  /**
   * Find a handler for `e`, popping frames that have none. Leaves the handling frame
   * on top with pc at the handler; rethrows when the exception leaves `base`.
   */
  private unwind(th: VMThread, e: PyBaseException, base: number): void {
    let f = th.top;
    if (th.reraising) th.reraising = false;
    else {
      if (
        e.traceback.length === 0 &&
        th.excInfo !== null &&
        th.excInfo !== e &&
        e.context === null &&
        !chainHas(th.excInfo, e)
      )
        e.context = th.excInfo;
      if (e.traceback.length === 0 && e.candidates === null && e.cls.isSubtype(NameError))
        e.candidates = scopeNames(f);
      addTraceback(e, f);
    }
    for (;;) {
      const at = f.pc - 2;
      const t = f.code.excTable;
      for (let i = 0; i < t.length; i += 4) {
        if (at >= t[i] && at < t[i + 1]) {
          f.sp = t[i + 3];
          f.stack[f.sp++] = e;
          f.pc = t[i + 2];
          return;
        }
      }
      th.frames.pop();
      th.depth--;
      const g = f.gen;
      if (g !== null) {
        g.state = "closed";
        th.excInfo = f.callerExc;
        if (e.cls.isSubtype(StopIteration)) {
          const re = pyErr(RuntimeError, "generator raised StopIteration");
          re.cause = e;
          re.context = e;
          re.suppressContext = true;
          e = re;
        }
      }
      if (th.frames.length <= base || f.stop) throw e;
      f = th.top;
      addTraceback(e, f);
    }
  }
}

/** Record the frame's current line in the exception's traceback (outermost first). */
function addTraceback(e: PyBaseException, f: Frame): void {
  const i = Math.max(0, (f.pc >> 1) - 1);
  e.traceback.unshift({
    filename: f.code.filename,
    lineno: f.code.lines[i] ?? f.code.firstLine,
    name: f.code.name,
    pos: f.code.positions[i] ?? null,
  });
}

/** The names visible in a frame, in the order CPython searches them for suggestions. */
function scopeNames(f: Frame): string[][] {
  const locals =
    f.locals !== null
      ? [...f.locals.keys()]
      : f.fn === null
        ? [...f.globals.keys()]
        : f.code.varnames.filter((_, i) => f.fast[i] !== undefined);
  return [locals, [...f.globals.keys()], [...f.builtins.keys()]];
}

function chainHas(start: PyBaseException, e: PyBaseException): boolean {
  for (let c: PyBaseException | null = start; c; c = c.context) if (c === e) return true;
  return false;
}

/** Turn any thrown value into a Python exception (internal errors become SystemError). */
export function asPyException(err: unknown): PyBaseException {
  if (err instanceof PyBaseException) return err;
  if (err instanceof ValueLayerError) return fromValueLayer(err);
  if (err instanceof RangeError && /call stack/i.test(err.message))
    return pyErr(RecursionError, "maximum recursion depth exceeded");
  const msg = err instanceof Error ? err.message : String(err);
  return pyErr(SystemError, `internal error in the Interleave engine: ${msg}`);
}

function isSame(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  // Small ints and interned strings are identical objects in CPython.
  return false;
}

function isIterable(v: PyValue): boolean {
  if (typeof v === "string") return true;
  if (typeof v !== "object") return false;
  const t = v.cls;
  return (
    v instanceof PyRange ||
    v instanceof PyList ||
    v instanceof PyTuple ||
    v instanceof PyDict ||
    v instanceof PySet ||
    v instanceof PyNativeIter ||
    v instanceof PyGenerator ||
    t.lookup("__iter__") !== undefined ||
    t.lookup("__getitem__") !== undefined
  );
}

function unpackIterable(ctx: Ctx, v: PyValue, expected: number): PyValue[] {
  if (!isIterable(v)) throw typeError(`cannot unpack non-iterable ${typeOf(v).name} object`);
  const it = getIter(ctx, v);
  const out: PyValue[] = [];
  for (let x = iterNext(ctx, it); x !== undefined; x = iterNext(ctx, it)) {
    out.push(x);
    if (out.length > expected) break;
  }
  return out;
}

function unpackError(got: number, expected: number) {
  if (got > expected) return pyErr(ValueError, `too many values to unpack (expected ${expected})`);
  return pyErr(ValueError, `not enough values to unpack (expected ${expected}, got ${got})`);
}

function unary(ctx: Ctx, op: number, v: PyValue): PyValue {
  if (op === 0) return !truthy(ctx, v);
  if (typeof v === "number") {
    if (op === 1) return v === 0 ? 0 : -v;
    if (op === 2) return v;
    if (Math.abs(v) < 2 ** 31) return ~v;
  }
  if (typeof v === "boolean" && op !== 0) return unary(ctx, op, v ? 1 : 0);
  if (typeof v === "bigint") {
    const r = op === 1 ? -v : op === 2 ? v : -v - 1n;
    return Number.isSafeInteger(Number(r)) && BigInt(Number(r)) === r ? Number(r) : r;
  }
  if (typeof v === "number") return unary(ctx, op, BigInt(v));
  if (v instanceof PyFloat && op !== 3) return op === 1 ? newFloat(-v.v) : v;
  const name = op === 1 ? "__neg__" : op === 2 ? "__pos__" : "__invert__";
  const f = typeOf(v).lookup(name);
  if (f !== undefined) return ctx.call(f, [v]);
  const sym = op === 1 ? "-" : op === 2 ? "+" : "~";
  throw typeError(`bad operand type for unary ${sym}: '${typeOf(v).name}'`);
}

/** Instantiate the raised value of `raise X` (a class or an instance). */
function makeException(ctx: Ctx, v: PyValue, isCause = false): PyBaseException {
  if (v instanceof PyType) {
    if (!v.isSubtype(BaseException))
      throw typeError(
        isCause
          ? "exception causes must derive from BaseException"
          : "exceptions must derive from BaseException",
      );
    const e = ctx.call(v, []);
    if (!(e instanceof PyBaseException))
      throw typeError(
        `calling ${repr(ctx, v)} should have returned an instance of BaseException, not ${typeOf(e).name}`,
      );
    return e;
  }
  if (v instanceof PyBaseException) return v;
  throw typeError(
    isCause
      ? "exception causes must derive from BaseException"
      : "exceptions must derive from BaseException",
  );
}

function excMatches(e: PyBaseException, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(e, x));
  if (!(t instanceof PyType) || !t.isSubtype(BaseException))
    throw typeError("catching classes that do not inherit from BaseException is not allowed");
  return e.cls.isSubtype(t);
}

function derefName(f: Frame, i: number): string {
  const c = f.code;
  return i < c.cellvars.length ? c.cellvars[i] : c.freevars[i - c.cellvars.length];
}

function unboundDeref(f: Frame, i: number) {
  const n = derefName(f, i);
  if (i < f.code.cellvars.length) return nameError(n, UnboundLocalError);
  const e = nameError(n);
  e.args = [
    `cannot access free variable '${n}' where it is not associated with a value in enclosing scope`,
  ];
  return e;
}

function dictToKwargs(d: PyDict): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  const t = d.table;
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k === undefined) continue;
    if (typeof k !== "string") throw typeError("keywords must be strings");
    m.set(k, t.vals[i]);
  }
  return m;
}

function mergeInto(ctx: Ctx, d: PyDict, v: PyValue, strict: boolean, callee: PyValue): void {
  if (v instanceof PyDict) {
    const t = v.table;
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k === undefined) continue;
      if (strict && d.table.find(ctx, k) >= 0) {
        const fname = callee instanceof PyFunction ? callee.qualname : typeOf(callee).name;
        throw typeError(`${fname}() got multiple values for keyword argument '${str(ctx, k)}'`);
      }
      d.table.set(ctx, k, t.vals[i]);
    }
    return;
  }
  const keys = typeOf(v).lookup("keys");
  if (keys === undefined) {
    if (strict) throw typeError(`argument after ** must be a mapping, not ${typeOf(v).name}`);
    throw typeError(`'${typeOf(v).name}' object is not a mapping`);
  }
  for (const k of toArray(ctx, ctx.call(keys, [v]))) d.table.set(ctx, k, getItem(ctx, v, k));
}
