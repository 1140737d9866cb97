/** A Python frame: one activation of a code object on a thread's stack. */
import type { CodeObject } from "../compile/code";
import type { PyBaseException } from "../runtime/exceptions";
import type { PyFunction } from "../runtime/function";
import type { PyCell, PyValue } from "../runtime/object";
import type { PyGenerator } from "./generator";

/** What happens with a frame's return value. */
export const enum Ret {
  /** Push it on the caller's stack. */
  Value,
  /** `__init__` finished: check it returned None, push `retObj` (the new instance). */
  Init,
  /** A class body finished: build the class from its namespace. */
  Class,
}

/** One frame. Fields are public and mutable: the interpreter loop is the only writer. */
export class Frame {
  pc = 0;
  sp = 0;
  stack: PyValue[];
  fast: (PyValue | undefined)[];
  cells: PyCell[];
  /** Class bodies (and exec-like module frames) keep names in a dict. */
  locals: Map<string, PyValue> | null = null;
  ret: Ret = Ret.Value;
  /** A native called into Python here: the run loop returns to it when this frame ends. */
  stop = false;
  /** For a running generator frame: the resumer's handled exception, restored when it yields. */
  callerExc: PyBaseException | null = null;
  /** Instance being initialised (Ret.Init) or class-building info (Ret.Class). */
  retObj: unknown = null;
  gen: PyGenerator | null = null;
  /** For generator frames resumed by FOR_ITER or SEND: the caller's jump target on return. */
  resumeTarget = -1;
  /** How a generator frame was resumed (see generator.ts). */
  resumeMode = 0;
  /** Set by gen.throw()/close() (generatorMethods.ts): raised at the yield point as the frame resumes. */
  pendingThrow: PyBaseException | null = null;
  constructor(
    public code: CodeObject,
    public globals: Map<string, PyValue>,
    public builtins: Map<string, PyValue>,
    public fn: PyFunction | null,
  ) {
    this.stack = new Array(8);
    this.fast = new Array(code.varnames.length);
    this.cells = [];
  }

  /** The code's instructions (so the loop can reload its locals from a frame in one step). */
  get ops(): Int32Array {
    return this.code.ops;
  }

  /** Current source line (of the instruction being executed or last executed). */
  get line(): number {
    const i = Math.max(0, (this.pc >> 1) - 1);
    return this.code.lines[i] ?? this.code.firstLine;
  }
}
