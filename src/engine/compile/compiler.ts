/**
 * AST → code objects. Follows CPython 3.11's compiler closely enough that the
 * instruction sequence (and so where a thread switch can happen) matches: a
 * statement like `x += 1` becomes LOAD, BINARY_OP, STORE.
 */
import type * as A from "../parse/ast";
import { UnsupportedError } from "../errors";
import { PySyntaxError } from "../errors";
import type { CaretPos } from "../runtime/exceptions";
import type { PyValue } from "../runtime/object";
import { Ellipsis, newFloat, newTuple, None } from "../runtime/types";
import { newBytes } from "../runtime/bytes";
import { CodeBuilder, type Label } from "./builder";
import * as O from "./code";
import { buildScopes, type Scope } from "./symtable";
import { compileExpr } from "./expressions";

/** A block the compiler is inside, for break/continue/return unwinding. */
export type FBlock =
  | { kind: "loop"; isFor: boolean; brk: Label; cont: Label }
  | { kind: "finally"; body: A.Stmt[] }
  | { kind: "handler"; name: string | null }
  | { kind: "finally-exc" }
  | { kind: "with" };

/** Compile a parsed module into its code object. */
export function compileModule(mod: A.Module, filename: string, source: string): O.CodeObject {
  const scopes = buildScopes(mod);
  const c = new Compiler(scopes, filename, source);
  return c.module(mod);
}

/** Convert an AST constant into a Python value. */
export function constValue(v: A.ConstValue, line: number): PyValue {
  switch (v.kind) {
    case "int": {
      const n = Number(v.value);
      return Number.isSafeInteger(n) ? n : v.value;
    }
    case "float":
      return newFloat(v.value);
    case "str":
      return v.value;
    case "bool":
      return v.value;
    case "None":
      return None;
    case "Ellipsis":
      return Ellipsis;
    case "bytes":
      return newBytes(v.value);
    case "complex":
      throw new UnsupportedError("complex numbers", line);
  }
}

/** Compiler state for the whole module; one CodeBuilder per code object being built. */
export class Compiler {
  b!: CodeBuilder;
  scope!: Scope;
  fblocks: FBlock[] = [];
  /** Stack items held by enclosing blocks (the depth an exception handler restores). */
  blockDepth = 0;
  qualPrefix = "";

  constructor(
    private scopes: Map<unknown, Scope>,
    public filename: string,
    public source: string,
  ) {}

  module(mod: A.Module): O.CodeObject {
    this.scope = this.scopes.get(mod)!;
    this.b = new CodeBuilder("<module>", "<module>", this.filename, "module", 1);
    this.b.line = mod.body[0]?.lineno ?? 1;
    this.b.emit(O.RESUME);
    if (findAnn(mod.body)) setupAnnotations(this.b);
    this.stmts(mod.body);
    this.b.pos = null;
    this.b.emit(O.LOAD_CONST, this.b.constIndex(None));
    this.b.emit(O.RETURN_VALUE);
    return this.b.build();
  }

  /** Run `fn` with a new code builder for a nested scope, returning its code object. */
  nested(node: unknown, b: CodeBuilder, fn: () => void): O.CodeObject {
    const saved = {
      b: this.b,
      scope: this.scope,
      fblocks: this.fblocks,
      depth: this.blockDepth,
      q: this.qualPrefix,
    };
    this.b = b;
    this.scope = this.scopes.get(node)!;
    this.fblocks = [];
    this.blockDepth = 0;
    for (const n of this.scope.cells) b.cellvars.push(n);
    for (const n of this.scope.frees) if (!b.cellvars.includes(n)) b.freevars.push(n);
    try {
      fn();
      return b.build();
    } finally {
      this.b = saved.b;
      this.scope = saved.scope;
      this.fblocks = saved.fblocks;
      this.blockDepth = saved.depth;
      this.qualPrefix = saved.q;
    }
  }

  /** Qualified name of a def/class/lambda named `name` in the current scope. */
  qualname(name: string): string {
    const s = this.scope;
    if (s.kind === "module") return name;
    if (s.kind === "class") return `${this.b.qualname}.${name}`;
    return `${this.b.qualname}.<locals>.${name}`;
  }

  stmts(body: A.Stmt[]): void {
    for (const st of body) this.stmt(st);
  }

  emitConst(v: PyValue): void {
    this.b.emit(O.LOAD_CONST, this.b.constIndex(v));
  }

  expr(e: A.Expr): void {
    compileExpr(this, e);
  }

  /** Load, store or delete a name according to its scope binding. */
  name(id: string, ctx: A.ExprContext): void {
    const b = this.b;
    const bind = this.scope.binding(id);
    const pick = (load: number, store: number, del: number) =>
      ctx === "Load" ? load : ctx === "Store" ? store : del;
    switch (bind) {
      case "local":
        b.emit(pick(O.LOAD_FAST, O.STORE_FAST, O.DELETE_FAST), b.varIndex(id));
        return;
      case "cell":
      case "free":
        if (this.scope.kind === "class" && ctx === "Load")
          b.emit(O.LOAD_CLASSDEREF, b.derefIndex(id));
        else b.emit(pick(O.LOAD_DEREF, O.STORE_DEREF, O.DELETE_DEREF), b.derefIndex(id));
        return;
      case "name":
        b.emit(pick(O.LOAD_NAME, O.STORE_NAME, O.DELETE_NAME), b.nameIndex(id));
        return;
      default:
        b.emit(pick(O.LOAD_GLOBAL, O.STORE_GLOBAL, O.DELETE_GLOBAL), b.nameIndex(id));
    }
  }

  private stmt(st: A.Stmt): void {
    const b = this.b;
    b.at(st);
    switch (st.type) {
      case "Expr":
        if (this.scope.kind !== "module" && st.value.type === "Constant") return; // docstrings etc.
        this.expr(st.value);
        b.at(st);
        b.emit(O.POP_TOP);
        return;
      case "Assign": {
        this.expr(st.value);
        st.targets.forEach((t, i) => {
          if (i < st.targets.length - 1) b.emit(O.COPY, 1);
          this.assign(t);
        });
        return;
      }
      case "AugAssign":
        return this.augAssign(st);
      case "AnnAssign":
        if (st.value) {
          this.expr(st.value);
          this.assign(st.target);
        }
        // A simple name annotated in a module or class body is recorded in __annotations__ (as CPython).
        if (st.target.type === "Name" && st.simple && this.scope.kind !== "function") {
          this.expr(st.annotation);
          b.emit(O.LOAD_NAME, b.nameIndex("__annotations__"));
          this.emitConst(st.target.id);
          b.emit(O.STORE_SUBSCR);
        }
        return;
      case "If": {
        const orelse = b.label();
        const end = b.label();
        this.test(st.test, orelse, false);
        this.stmts(st.body);
        if (st.orelse.length) {
          b.jump(O.JUMP, end);
          b.bind(orelse);
          this.stmts(st.orelse);
        } else b.bind(orelse);
        b.bind(end);
        return;
      }
      case "While":
        return this.whileStmt(st);
      case "For":
        return this.forStmt(st);
      case "Break":
      case "Continue":
        return this.breakContinue(st);
      case "Return":
        return this.returnStmt(st);
      case "Pass":
        b.emit(O.NOP);
        return;
      case "FunctionDef":
        this.functionDef(st);
        this.name(st.name, "Store");
        return;
      case "ClassDef":
        return this.classDef(st);
      case "Delete":
        for (const t of st.targets) this.del(t);
        return;
      case "Global":
      case "Nonlocal":
        return;
      case "Raise":
        if (st.exc) this.expr(st.exc);
        if (st.cause) this.expr(st.cause);
        b.at(st);
        b.emit(O.RAISE_VARARGS, st.exc ? (st.cause ? 2 : 1) : 0);
        return;
      case "Assert": {
        const end = b.label();
        this.test(st.test, end, true);
        b.at(st.test); // CPython 3.11 points the caret at the failed condition
        b.emit(O.LOAD_ASSERTION_ERROR);
        if (st.msg) {
          b.emit(O.PUSH_NULL);
          this.expr(st.msg);
          b.at(st.test);
          b.emit(O.CALL, 1);
        }
        b.emit(O.RAISE_VARARGS, 1);
        b.bind(end);
        return;
      }
      case "Import":
        for (const a of st.names) {
          b.at(a);
          this.emitConst(None);
          const leaf = a.asname ? 1 : 0;
          b.emit(O.IMPORT_NAME, b.nameIndex(a.name) | (leaf << 24));
          this.name(a.asname ?? a.name.split(".")[0], "Store");
        }
        return;
      case "ImportFrom": {
        if (st.level > 0) throw new UnsupportedError("relative imports", st.lineno);
        const names = st.names.map((a) => a.name);
        this.emitConst(newTuple(names));
        b.emit(O.IMPORT_NAME, b.nameIndex(st.module!) | (1 << 24));
        if (names[0] === "*") {
          b.emit(O.IMPORT_STAR);
          return;
        }
        for (const a of st.names) {
          b.at(a);
          b.emit(O.IMPORT_FROM, b.nameIndex(a.name));
          this.name(a.asname ?? a.name, "Store");
        }
        b.emit(O.POP_TOP);
        return;
      }
      case "Try":
        return this.tryStmt(st);
      case "With":
        return this.withStmt(st, 0);
    }
  }

  /** Compile `e` as a condition: jump to `target` when its truth equals `jumpIf`. */
  test(e: A.Expr, target: Label, jumpIf: boolean): void {
    if (e.type === "UnaryOp" && e.op === "Not") return this.test(e.operand, target, !jumpIf);
    if (e.type === "BoolOp") {
      const isAnd = e.op === "And";
      if (isAnd !== jumpIf) {
        // `a and b` jumping when false: each operand jumps on false.
        for (const v of e.values) this.test(v, target, jumpIf);
      } else {
        const skip = this.b.label();
        e.values.forEach((v, i) => {
          if (i < e.values.length - 1) this.test(v, skip, !jumpIf);
          else this.test(v, target, jumpIf);
        });
        this.b.bind(skip);
      }
      return;
    }
    if (e.type === "Constant" && e.value.kind === "bool") {
      if (e.value.value === jumpIf) this.b.jump(O.JUMP, target);
      return;
    }
    this.expr(e);
    this.b.jump(jumpIf ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, target);
  }

  /** Store TOS into an assignment target. */
  assign(t: A.Expr): void {
    const b = this.b;
    switch (t.type) {
      case "Name":
        b.at(t);
        this.name(t.id, "Store");
        return;
      case "Attribute":
        this.expr(t.value);
        b.at(t);
        b.emit(O.STORE_ATTR, b.nameIndex(t.attr));
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        b.at(t);
        b.emit(O.STORE_SUBSCR);
        return;
      case "Tuple":
      case "List": {
        const star = t.elts.findIndex((x) => x.type === "Starred");
        b.at(t);
        if (star < 0) b.emit(O.UNPACK_SEQUENCE, t.elts.length);
        else {
          if (t.elts.slice(star + 1).some((x) => x.type === "Starred"))
            throw new PySyntaxError(
              "multiple starred expressions in assignment",
              t.lineno,
              t.col_offset + 1,
            );
          b.emit(O.UNPACK_EX, star | ((t.elts.length - star - 1) << 8));
        }
        for (const x of t.elts) this.assign(x.type === "Starred" ? x.value : x);
        return;
      }
      case "Starred":
        throw new PySyntaxError(
          "starred assignment target must be in a list or tuple",
          t.lineno,
          t.col_offset + 1,
        );
      default:
        throw new PySyntaxError(cannotAssign(t, "assign to"), t.lineno, t.col_offset + 1);
    }
  }

  private del(t: A.Expr): void {
    const b = this.b;
    b.at(t);
    switch (t.type) {
      case "Name":
        this.name(t.id, "Del");
        return;
      case "Attribute":
        this.expr(t.value);
        b.at(t);
        b.emit(O.DELETE_ATTR, b.nameIndex(t.attr));
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        b.at(t);
        b.emit(O.DELETE_SUBSCR);
        return;
      case "Tuple":
      case "List":
        for (const x of t.elts) this.del(x);
        return;
      default:
        throw new PySyntaxError(cannotAssign(t, "delete"), t.lineno, t.col_offset + 1);
    }
  }

  private augAssign(st: A.AugAssign): void {
    const b = this.b;
    const op = O.BIN_OPS.indexOf(st.op) + O.INPLACE;
    const t = st.target;
    if (t.type === "Name") {
      b.at(t);
      this.name(t.id, "Load");
      this.expr(st.value);
      b.at(st);
      b.emit(O.BINARY_OP, op);
      b.at(t);
      this.name(t.id, "Store");
    } else if (t.type === "Attribute") {
      this.expr(t.value);
      b.emit(O.COPY, 1);
      b.at(t);
      b.emit(O.LOAD_ATTR, b.nameIndex(t.attr));
      this.expr(st.value);
      b.at(st);
      b.emit(O.BINARY_OP, op);
      b.emit(O.SWAP, 2);
      b.at(t);
      b.emit(O.STORE_ATTR, b.nameIndex(t.attr));
    } else if (t.type === "Subscript") {
      this.expr(t.value);
      this.expr(t.slice);
      b.emit(O.COPY, 2);
      b.emit(O.COPY, 2);
      b.at(t, subscriptCaret(t));
      b.emit(O.BINARY_SUBSCR);
      this.expr(st.value);
      b.at(st);
      b.emit(O.BINARY_OP, op);
      b.emit(O.SWAP, 3);
      b.emit(O.SWAP, 2);
      b.at(t);
      b.emit(O.STORE_SUBSCR);
    } else
      throw new PySyntaxError(
        cannotAssign(t, "perform augmented assignment on"),
        t.lineno,
        t.col_offset + 1,
      );
  }

  private whileStmt(st: A.While): void {
    const b = this.b;
    const top = b.label();
    const orelse = b.label();
    const end = b.label();
    b.bind(top);
    this.test(st.test, orelse, false);
    this.fblocks.push({ kind: "loop", isFor: false, brk: end, cont: top });
    this.stmts(st.body);
    this.fblocks.pop();
    b.at(st);
    b.jumpBack(top);
    b.bind(orelse);
    this.stmts(st.orelse);
    b.bind(end);
  }

  private forStmt(st: A.For): void {
    const b = this.b;
    this.expr(st.iter);
    b.at(st.iter);
    b.emit(O.GET_ITER);
    const top = b.label();
    const orelse = b.label();
    const end = b.label();
    b.bind(top);
    b.at(st);
    b.jump(O.FOR_ITER, orelse);
    this.assign(st.target);
    this.fblocks.push({ kind: "loop", isFor: true, brk: end, cont: top });
    this.blockDepth++;
    this.stmts(st.body);
    this.blockDepth--;
    this.fblocks.pop();
    b.at(st);
    b.jumpBack(top);
    b.bind(orelse);
    this.stmts(st.orelse);
    b.bind(end);
  }

  private breakContinue(st: A.Break | A.Continue): void {
    const b = this.b;
    const word = st.type === "Break" ? "break" : "continue";
    const saved = this.fblocks;
    for (let i = saved.length - 1; i >= 0; i--) {
      const fb = saved[i];
      if (fb.kind === "loop") {
        if (st.type === "Break") {
          if (fb.isFor) b.emit(O.POP_TOP);
          b.jump(O.JUMP, fb.brk);
        } else b.jumpBack(fb.cont);
        return;
      }
      this.unwind(fb, i, false);
      b.at(st);
    }
    throw new PySyntaxError(`'${word}' outside loop`, st.lineno, st.col_offset + 1);
  }

  private returnStmt(st: A.Return): void {
    const b = this.b;
    if (this.scope.kind !== "function")
      throw new PySyntaxError("'return' outside function", st.lineno, st.col_offset + 1);
    if (st.value) this.expr(st.value);
    else this.emitConst(None);
    for (let i = this.fblocks.length - 1; i >= 0; i--) {
      this.unwind(this.fblocks[i], i, true);
      b.at(st);
    }
    b.at(st);
    b.emit(O.RETURN_VALUE);
  }

  /** Emit the code that leaves fblock `fb` early (return/break/continue), keeping TOS if `keep`. */
  private unwind(fb: FBlock, index: number, keep: boolean): void {
    const b = this.b;
    switch (fb.kind) {
      case "loop":
        if (fb.isFor) {
          if (keep) b.emit(O.SWAP, 2);
          b.emit(O.POP_TOP);
        }
        return;
      case "finally": {
        // The finally body runs with the blocks outside it only.
        const saved = this.fblocks;
        const savedDepth = this.blockDepth;
        this.fblocks = saved.slice(0, index);
        this.blockDepth = depthOf(this.fblocks) + (keep ? 1 : 0);
        this.stmts(fb.body);
        this.fblocks = saved;
        this.blockDepth = savedDepth;
        return;
      }
      case "handler":
        if (keep) b.emit(O.SWAP, 2);
        b.emit(O.POP_EXCEPT);
        if (fb.name) {
          this.emitConst(None);
          this.name(fb.name, "Store");
          this.name(fb.name, "Del");
        }
        return;
      case "finally-exc":
        if (keep) {
          b.emit(O.SWAP, 2);
          b.emit(O.POP_TOP);
          b.emit(O.SWAP, 2);
        } else b.emit(O.POP_TOP);
        b.emit(O.POP_EXCEPT);
        return;
      case "with":
        if (keep) b.emit(O.SWAP, 2);
        this.callExitNone();
        return;
    }
  }

  /** [exit] → call exit(None, None, None) and drop the result. */
  private callExitNone(): void {
    const b = this.b;
    b.emit(O.PUSH_NULL);
    this.emitConst(None);
    this.emitConst(None);
    this.emitConst(None);
    b.emit(O.CALL, 3);
    b.emit(O.POP_TOP);
  }

  private tryStmt(st: A.Try): void {
    if (st.finalbody.length) this.tryFinally(st);
    else this.tryExcept(st);
  }

  private tryFinally(st: A.Try): void {
    const b = this.b;
    const d = this.blockDepth;
    const handler = b.label();
    const cleanup = b.label();
    const exit = b.label();
    const start = b.here;
    this.fblocks.push({ kind: "finally", body: st.finalbody });
    if (st.handlers.length) this.tryExcept(st);
    else this.stmts(st.body);
    this.fblocks.pop();
    b.addRange(start, b.here, handler, d);
    this.stmts(st.finalbody);
    b.jump(O.JUMP, exit);
    b.bindAll(handler);
    b.at(st.finalbody[0]);
    b.emit(O.PUSH_EXC_INFO);
    const rs = b.here;
    this.fblocks.push({ kind: "finally-exc" });
    this.blockDepth = d + 2;
    this.stmts(st.finalbody);
    this.blockDepth = d;
    this.fblocks.pop();
    b.emit(O.RERAISE);
    b.addRange(rs, b.here, cleanup, d + 1);
    b.bindAll(cleanup);
    b.emit(O.POP_EXCEPT_AND_RERAISE);
    b.bind(exit);
  }

  private tryExcept(st: A.Try): void {
    const b = this.b;
    const d = this.blockDepth;
    const handler = b.label();
    const cleanup = b.label();
    const end = b.label();
    const start = b.here;
    this.stmts(st.body);
    b.addRange(start, b.here, handler, d);
    this.stmts(st.orelse);
    b.jump(O.JUMP, end);
    b.bindAll(handler);
    b.at(st.handlers[0]);
    b.emit(O.PUSH_EXC_INFO);
    const rs = b.here;
    st.handlers.forEach((h, i) => {
      b.at(h);
      if (!h.exc_type && i < st.handlers.length - 1)
        throw new PySyntaxError("default 'except:' must be last", h.lineno, h.col_offset + 1);
      const next = b.label();
      if (h.exc_type) {
        this.expr(h.exc_type);
        b.at(h);
        b.emit(O.CHECK_EXC_MATCH);
        b.jump(O.POP_JUMP_IF_FALSE, next);
      }
      this.blockDepth = d + 1;
      this.fblocks.push({ kind: "handler", name: h.name });
      if (h.name) {
        this.name(h.name, "Store");
        const cleanName = b.label();
        const bs = b.here;
        this.stmts(h.body);
        b.addRange(bs, b.here, cleanName, d + 1);
        this.fblocks.pop();
        b.at(h);
        b.emit(O.POP_EXCEPT);
        this.emitConst(None);
        this.name(h.name, "Store");
        this.name(h.name, "Del");
        b.jump(O.JUMP, end);
        b.bindAll(cleanName);
        this.emitConst(None);
        this.name(h.name, "Store");
        this.name(h.name, "Del");
        b.emit(O.RERAISE);
      } else {
        b.emit(O.POP_TOP);
        this.stmts(h.body);
        this.fblocks.pop();
        b.emit(O.POP_EXCEPT);
        b.jump(O.JUMP, end);
      }
      this.blockDepth = d;
      b.bind(next);
    });
    b.emit(O.RERAISE);
    b.addRange(rs, b.here, cleanup, d + 1);
    b.bindAll(cleanup);
    b.emit(O.POP_EXCEPT_AND_RERAISE);
    b.bind(end);
  }

  private withStmt(st: A.With, item: number): void {
    const b = this.b;
    const d = this.blockDepth;
    const it = st.items[item];
    this.expr(it.context_expr);
    b.at(it.context_expr);
    b.emit(O.BEFORE_WITH);
    const handler = b.label();
    const cleanup = b.label();
    const exit = b.label();
    const start = b.here;
    this.blockDepth = d + 1;
    this.fblocks.push({ kind: "with" });
    if (it.optional_vars) this.assign(it.optional_vars);
    else b.emit(O.POP_TOP);
    if (item + 1 < st.items.length) this.withStmt(st, item + 1);
    else this.stmts(st.body);
    this.fblocks.pop();
    this.blockDepth = d;
    b.addRange(start, b.here, handler, d + 1);
    b.at(st);
    this.callExitNone();
    b.jump(O.JUMP, exit);
    b.bindAll(handler);
    b.emit(O.PUSH_EXC_INFO);
    const rs = b.here;
    b.emit(O.WITH_EXCEPT_START);
    const suppress = b.label();
    b.jump(O.POP_JUMP_IF_TRUE, suppress);
    b.emit(O.RERAISE);
    b.addRange(rs, b.here, cleanup, d + 2);
    b.bind(suppress);
    b.emit(O.POP_TOP);
    b.emit(O.POP_EXCEPT);
    b.emit(O.POP_TOP);
    b.jump(O.JUMP, exit);
    b.bindAll(cleanup);
    // [exit, prev, exc] → drop exit below: restore prev, re-raise exc.
    b.emit(O.SWAP, 3);
    b.emit(O.POP_TOP);
    b.emit(O.SWAP, 2);
    b.emit(O.POP_EXCEPT_AND_RERAISE);
    b.bind(exit);
  }

  /** Compile a def or lambda; leaves the function object on the stack. */
  functionDef(st: A.FunctionDef | A.Lambda): void {
    const b = this.b;
    const isLambda = st.type === "Lambda";
    const name = isLambda ? "<lambda>" : st.name;
    if (!isLambda)
      for (const d of st.decorator_list) {
        this.expr(d);
        b.emit(O.PUSH_NULL);
      }
    b.at(st);
    const flags = this.argDefaults(st.args);
    const qual = this.qualname(name);
    const first = !isLambda && st.decorator_list.length ? st.decorator_list[0].lineno : st.lineno;
    const fb = new CodeBuilder(name, qual, this.filename, isLambda ? "lambda" : "function", first);
    const code = this.nested(st, fb, () => {
      this.params(st.args);
      if (this.scope.isGenerator) fb.flags |= O.CO_GENERATOR;
      fb.at(st);
      fb.emit(O.RESUME);
      if (isLambda) {
        this.expr(st.body);
        fb.emit(O.RETURN_VALUE);
        return;
      }
      const body = st.body;
      const first0 = body[0];
      if (
        first0?.type === "Expr" &&
        first0.value.type === "Constant" &&
        first0.value.value.kind === "str"
      )
        fb.docstring = first0.value.value.value;
      this.stmts(body);
      fb.pos = null;
      fb.emit(O.LOAD_CONST, fb.constIndex(None));
      fb.emit(O.RETURN_VALUE);
    });
    this.makeFunction(code, flags, st);
    if (!isLambda)
      for (let i = 0; i < st.decorator_list.length; i++) {
        b.at(st.decorator_list[st.decorator_list.length - 1 - i]);
        b.emit(O.CALL, 1); // [dec, NULL, fn] → dec(fn)
      }
  }

  /** Push defaults tuple / kw-defaults dict; returns MAKE_FUNCTION flags. */
  private argDefaults(a: A.Arguments): number {
    let flags = 0;
    if (a.defaults.length) {
      for (const d of a.defaults) this.expr(d);
      this.b.emit(O.BUILD_TUPLE, a.defaults.length);
      flags |= 1;
    }
    const kw = a.kwonlyargs
      .map((p, i) => [p, a.kw_defaults[i]] as const)
      .filter(([, d]) => d !== null);
    if (kw.length) {
      for (const [p, d] of kw) {
        this.emitConst(p.arg);
        this.expr(d!);
      }
      this.b.emit(O.BUILD_MAP, kw.length);
      flags |= 2;
    }
    return flags;
  }

  private params(a: A.Arguments): void {
    const b = this.b;
    const seen = new Set<string>();
    const add = (p: A.Arg) => {
      if (seen.has(p.arg))
        throw new PySyntaxError(
          `duplicate argument '${p.arg}' in function definition`,
          p.lineno,
          p.col_offset + 1,
        );
      seen.add(p.arg);
      b.varIndex(p.arg);
    };
    [...a.posonlyargs, ...a.args].forEach(add);
    a.kwonlyargs.forEach(add);
    b.argcount = a.posonlyargs.length + a.args.length;
    b.posonlyargcount = a.posonlyargs.length;
    b.kwonlyargcount = a.kwonlyargs.length;
    if (a.vararg) {
      add(a.vararg);
      b.flags |= O.CO_VARARGS;
    }
    if (a.kwarg) {
      add(a.kwarg);
      b.flags |= O.CO_VARKEYWORDS;
    }
    // Other locals get slots lazily; cells that are arguments are copied in at call time.
  }

  /** Emit closure tuple + code + MAKE_FUNCTION. */
  makeFunction(code: O.CodeObject, flags: number, at: A.Pos): void {
    const b = this.b;
    if (code.freevars.length) {
      for (const f of code.freevars) b.emit(O.LOAD_CLOSURE, b.derefIndex(f));
      b.emit(O.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    b.at(at);
    b.emit(O.LOAD_CONST, b.constIndex(new O.PyCode(code)));
    b.emit(O.MAKE_FUNCTION, flags);
  }

  private classDef(st: A.ClassDef): void {
    const b = this.b;
    for (const d of st.decorator_list) {
      this.expr(d);
      b.emit(O.PUSH_NULL);
    }
    b.at(st);
    const qual = this.qualname(st.name);
    const first = st.decorator_list.length ? st.decorator_list[0].lineno : st.lineno;
    const cb = new CodeBuilder(st.name, qual, this.filename, "class", first);
    const code = this.nested(st, cb, () => {
      cb.at(st);
      cb.emit(O.RESUME);
      cb.emit(O.LOAD_NAME, cb.nameIndex("__name__"));
      cb.emit(O.STORE_NAME, cb.nameIndex("__module__"));
      cb.emit(O.LOAD_CONST, cb.constIndex(qual));
      cb.emit(O.STORE_NAME, cb.nameIndex("__qualname__"));
      if (findAnn(st.body)) setupAnnotations(cb);
      const first0 = st.body[0];
      if (
        first0?.type === "Expr" &&
        first0.value.type === "Constant" &&
        first0.value.value.kind === "str"
      ) {
        cb.emit(O.LOAD_CONST, cb.constIndex(first0.value.value.value));
        cb.emit(O.STORE_NAME, cb.nameIndex("__doc__"));
      }
      this.stmts(st.body);
      cb.pos = null;
      cb.emit(O.LOAD_CONST, cb.constIndex(None));
      cb.emit(O.RETURN_VALUE);
    });
    this.makeFunction(code, 0, st);
    this.emitConst(st.name);
    const hasStar = st.bases.some((x) => x.type === "Starred");
    if (hasStar) throw new UnsupportedError("starred class bases", st.lineno);
    for (const base of st.bases) this.expr(base);
    b.emit(O.BUILD_TUPLE, st.bases.length);
    if (st.keywords.length) {
      for (const k of st.keywords) {
        if (k.arg === null) throw new UnsupportedError("`**` in class keywords", st.lineno);
        this.emitConst(k.arg);
        this.expr(k.value);
      }
      b.emit(O.BUILD_MAP, st.keywords.length);
    } else this.emitConst(None);
    b.at(st);
    b.emit(O.BUILD_CLASS);
    for (let i = 0; i < st.decorator_list.length; i++) b.emit(O.CALL, 1);
    this.name(st.name, "Store");
  }
}

/** Does a module or class body annotate a name (CPython's find_ann; nested scopes excluded)? */
function findAnn(stmts: A.Stmt[]): boolean {
  return stmts.some((st) => {
    switch (st.type) {
      case "AnnAssign":
        return true;
      case "For":
      case "While":
      case "If":
        return findAnn(st.body) || findAnn(st.orelse);
      case "With":
        return findAnn(st.body);
      case "Try":
        return (
          findAnn(st.body) ||
          st.handlers.some((h) => findAnn(h.body)) ||
          findAnn(st.orelse) ||
          findAnn(st.finalbody)
        );
      default:
        return false;
    }
  });
}

/** SETUP_ANNOTATIONS: start the body's `__annotations__` dict (built with existing opcodes). */
function setupAnnotations(b: CodeBuilder): void {
  b.emit(O.BUILD_MAP, 0);
  b.emit(O.STORE_NAME, b.nameIndex("__annotations__"));
}

/** Stack items held by a list of fblocks. */
export function depthOf(fbs: FBlock[]): number {
  let d = 0;
  for (const f of fbs)
    d +=
      f.kind === "loop"
        ? f.isFor
          ? 1
          : 0
        : f.kind === "finally-exc"
          ? 2
          : f.kind === "finally"
            ? 0
            : 1;
  return d;
}

/** CPython's "cannot assign to X" wording for an invalid target. */
function cannotAssign(t: A.Expr, verb: string): string {
  const what: Partial<Record<A.Expr["type"], string>> = {
    Call: "function call",
    Constant: "literal",
    BinOp: "expression",
    Compare: "comparison",
    BoolOp: "expression",
    Lambda: "lambda",
    JoinedStr: "f-string expression",
  };
  return `cannot ${verb} ${what[t.type] ?? "expression"}`;
}

/** Caret info for a subscript: value ~, [index] ^ (CPython 3.11 anchors). */
export function subscriptCaret(t: A.Subscript): CaretPos {
  return {
    line: t.lineno,
    endLine: t.end_lineno,
    col: t.col_offset,
    endCol: t.end_col_offset,
    anchorKind: "subscript",
    anchorCol: t.value.end_col_offset,
    anchorEndCol: t.slice.end_col_offset + 1,
  };
}
