/** Emits the instructions of one code object: labels, constants, names, exception ranges. */
import type { Pos } from "../parse/ast";
import type { CaretPos } from "../runtime/exceptions";
import type { PyValue } from "../runtime/object";
import { JUMP, JUMP_BACKWARD, type CodeKind, type CodeObject } from "./code";

/** A jump target; `pc` is set when bound. */
export interface Label {
  pc: number;
  refs: number[];
}

/** Builds one CodeObject. */
export class CodeBuilder {
  ops: number[] = [];
  lines: number[] = [];
  positions: (CaretPos | null)[] = [];
  consts: PyValue[] = [];
  private constKeys = new Map<unknown, number>();
  names: string[] = [];
  private nameIdx = new Map<string, number>();
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  excTable: number[] = [];
  line = 1;
  pos: CaretPos | null = null;
  flags = 0;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  docstring: PyValue | null = null;

  constructor(
    public name: string,
    public qualname: string,
    public filename: string,
    public kind: CodeKind,
    public firstLine: number,
  ) {}

  /** Current instruction index (pc in ops units). */
  get here(): number {
    return this.ops.length;
  }

  /** Append one instruction at the current location. */
  emit(op: number, arg = 0): number {
    const at = this.ops.length;
    this.ops.push(op, arg);
    this.lines.push(this.line);
    this.positions.push(this.pos);
    return at;
  }

  /** A fresh unbound label. */
  label(): Label {
    return { pc: -1, refs: [] };
  }

  /** Emit a jump-like instruction whose arg is `target`'s pc. */
  jump(op: number, target: Label): void {
    const at = this.emit(op, target.pc);
    if (target.pc < 0) target.refs.push(at + 1);
  }

  /** Bind `l` to the current position and patch earlier references. */
  bind(l: Label): void {
    l.pc = this.ops.length;
    for (const r of l.refs) this.ops[r] = l.pc;
  }

  /** Jump back to an already bound loop head (an eval-breaker point). */
  jumpBack(target: Label): void {
    this.emit(target.pc >= 0 && target.pc < this.here ? JUMP_BACKWARD : JUMP, target.pc);
    if (target.pc < 0) target.refs.push(this.ops.length - 1);
  }

  /** Index of a constant; equal primitive constants share a slot. */
  constIndex(v: PyValue, key?: unknown): number {
    const k = key ?? (typeof v === "object" ? v : typeof v + ":" + String(v));
    let i = this.constKeys.get(k);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constKeys.set(k, i);
    }
    return i;
  }

  /** Index of a name (attributes, globals, imports). */
  nameIndex(n: string): number {
    let i = this.nameIdx.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIdx.set(n, i);
    }
    return i;
  }

  /** Index of a fast local, added if new. */
  varIndex(n: string): number {
    let i = this.varnames.indexOf(n);
    if (i < 0) {
      i = this.varnames.length;
      this.varnames.push(n);
    }
    return i;
  }

  /** Index into the frame's cells (cellvars then freevars). */
  derefIndex(n: string): number {
    const c = this.cellvars.indexOf(n);
    if (c >= 0) return c;
    const f = this.freevars.indexOf(n);
    if (f < 0) throw new Error(`compiler: ${n} is not a cell or free variable`);
    return this.cellvars.length + f;
  }

  /** Register an exception-table range [start, end) → target with stack depth. */
  addRange(start: number, end: number, target: Label, depth: number): void {
    if (end <= start) return;
    this.excTable.push(start, end, -1, depth);
    const slot = this.excTable.length - 2;
    if (target.pc >= 0) this.excTable[slot] = target.pc;
    else target.refs.push(-1 - slot); // negative refs patch the exception table
  }

  /** Bind a label that may be referenced from the exception table. */
  bindAll(l: Label): void {
    l.pc = this.ops.length;
    for (const r of l.refs) {
      if (r >= 0) this.ops[r] = l.pc;
      else this.excTable[-1 - r] = l.pc;
    }
  }

  /** Set the source location for following instructions. */
  at(node: Pos, caret: CaretPos | null = null): void {
    this.line = node.lineno;
    this.pos = caret ?? {
      line: node.lineno,
      endLine: node.end_lineno,
      col: node.col_offset,
      endCol: node.end_col_offset,
    };
  }

  /** Finish the code object. */
  build(): CodeObject {
    const cell2arg = this.cellvars.map((c) => {
      const i = this.varnames.indexOf(c);
      return i >= 0 &&
        i <
          this.argcount + this.kwonlyargcount + (this.flags & 4 ? 1 : 0) + (this.flags & 8 ? 1 : 0)
        ? i
        : -1;
    });
    return {
      name: this.name,
      qualname: this.qualname,
      filename: this.filename,
      kind: this.kind,
      firstLine: this.firstLine,
      ops: Int32Array.from(this.ops),
      lines: Int32Array.from(this.lines),
      positions: this.positions,
      consts: this.consts,
      names: this.names,
      varnames: this.varnames,
      cellvars: this.cellvars,
      freevars: this.freevars,
      cell2arg,
      argcount: this.argcount,
      posonlyargcount: this.posonlyargcount,
      kwonlyargcount: this.kwonlyargcount,
      flags: this.flags,
      excTable: Int32Array.from(this.excTable),
      docstring: this.docstring,
    };
  }
}
