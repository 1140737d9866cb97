/** Expression compilation (the expression half of the compiler). */
import type * as A from "../parse/ast";
import { PySyntaxError } from "../errors";
import type { CaretPos } from "../runtime/exceptions";
import { newTuple, None } from "../runtime/types";
import { CodeBuilder } from "./builder";
import * as O from "./code";
import { constValue, subscriptCaret, type Compiler } from "./compiler";

const UNARY = { Not: 0, USub: 1, UAdd: 2, Invert: 3 } as const;

/** Compile expression `e`, leaving its value on the stack. */
export function compileExpr(c: Compiler, e: A.Expr): void {
  const b = c.b;
  switch (e.type) {
    case "Constant":
      b.at(e);
      b.emit(O.LOAD_CONST, b.constIndex(constValue(e.value, e.lineno)));
      return;
    case "Name":
      b.at(e);
      c.name(e.id, "Load");
      return;
    case "BinOp":
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      b.at(e, binopCaret(c, e));
      b.emit(O.BINARY_OP, O.BIN_OPS.indexOf(e.op));
      return;
    case "UnaryOp":
      compileExpr(c, e.operand);
      b.at(e);
      b.emit(O.UNARY_OP, UNARY[e.op]);
      return;
    case "BoolOp": {
      const end = b.label();
      e.values.forEach((v, i) => {
        compileExpr(c, v);
        if (i < e.values.length - 1)
          b.jump(e.op === "And" ? O.JUMP_IF_FALSE_OR_POP : O.JUMP_IF_TRUE_OR_POP, end);
      });
      b.bind(end);
      return;
    }
    case "Compare":
      return compare(c, e);
    case "IfExp": {
      const orelse = b.label();
      const end = b.label();
      c.test(e.test, orelse, false);
      compileExpr(c, e.body);
      b.jump(O.JUMP, end);
      b.bind(orelse);
      compileExpr(c, e.orelse);
      b.bind(end);
      return;
    }
    case "Call":
      return call(c, e);
    case "Attribute":
      compileExpr(c, e.value);
      b.at(e);
      b.emit(O.LOAD_ATTR, b.nameIndex(e.attr));
      return;
    case "Subscript":
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      b.at(e, subscriptCaret(e));
      b.emit(O.BINARY_SUBSCR);
      return;
    case "Slice":
      for (const part of [e.lower, e.upper]) {
        if (part) compileExpr(c, part);
        else b.emit(O.LOAD_CONST, b.constIndex(None));
      }
      if (e.step) compileExpr(c, e.step);
      b.emit(O.BUILD_SLICE, e.step ? 3 : 2);
      return;
    case "List":
    case "Tuple":
    case "Set":
      return sequence(c, e);
    case "Dict":
      return dict(c, e);
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return comprehension(c, e);
    case "Lambda":
      c.functionDef(e);
      return;
    case "JoinedStr":
      for (const v of e.values) compileExpr(c, v);
      b.at(e);
      if (e.values.length !== 1 || e.values[0].type !== "FormattedValue") {
        if (e.values.length === 0) b.emit(O.LOAD_CONST, b.constIndex(""));
        else b.emit(O.BUILD_STRING, e.values.length);
      }
      return;
    case "FormattedValue": {
      compileExpr(c, e.value);
      if (e.format_spec) compileExpr(c, e.format_spec);
      const conv =
        e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
      b.at(e);
      b.emit(O.FORMAT_VALUE, conv | (e.format_spec ? 4 : 0));
      return;
    }
    case "Yield":
      if (e.value) compileExpr(c, e.value);
      else b.emit(O.LOAD_CONST, b.constIndex(None));
      b.at(e);
      b.emit(O.YIELD_VALUE);
      return;
    case "YieldFrom": {
      compileExpr(c, e.value);
      b.at(e);
      b.emit(O.GET_YIELD_FROM_ITER);
      b.emit(O.LOAD_CONST, b.constIndex(None));
      const top = b.label();
      const end = b.label();
      b.bind(top);
      b.jump(O.SEND, end);
      b.emit(O.YIELD_VALUE);
      b.jump(O.JUMP, top);
      b.bind(end);
      return;
    }
    case "NamedExpr":
      compileExpr(c, e.value);
      b.emit(O.COPY, 1);
      b.at(e.target);
      c.name(e.target.id, "Store");
      return;
    case "Starred":
      throw new PySyntaxError("can't use starred expression here", e.lineno, e.col_offset + 1);
    case "Await":
      throw new PySyntaxError("'await' outside function", e.lineno, e.col_offset + 1);
  }
}

/** CPython 3.11's caret anchors for a binary operator: operands ~, operator ^. */
function binopCaret(c: Compiler, e: A.BinOp): CaretPos {
  const pos: CaretPos = {
    line: e.lineno,
    endLine: e.end_lineno,
    col: e.col_offset,
    endCol: e.end_col_offset,
  };
  if (e.left.end_lineno !== e.lineno || e.right.lineno !== e.lineno) return pos;
  const text = lineOf(c.source, e.lineno);
  const opStr = text.slice(e.left.end_col_offset, e.right.col_offset);
  const lead = opStr.length - opStr.trimStart().length;
  const left = e.left.end_col_offset + lead;
  let right = left + 1;
  if (lead + 1 < opStr.length && !/\s/.test(opStr[lead + 1])) right++;
  pos.anchorKind = "binop";
  pos.anchorCol = left;
  pos.anchorEndCol = right;
  return pos;
}

/** Source line `n` (1-based) of `src`. */
export function lineOf(src: string, n: number): string {
  return src.split("\n")[n - 1] ?? "";
}

function compare(c: Compiler, e: A.Compare): void {
  const b = c.b;
  compileExpr(c, e.left);
  const n = e.ops.length;
  const cleanup = b.label();
  const end = b.label();
  e.ops.forEach((op, i) => {
    compileExpr(c, e.comparators[i]);
    if (i < n - 1) {
      b.emit(O.SWAP, 2);
      b.emit(O.COPY, 2);
    }
    b.at(e);
    emitCmp(b, op);
    if (i < n - 1) b.jump(O.JUMP_IF_FALSE_OR_POP, cleanup);
  });
  if (n > 1) {
    b.jump(O.JUMP, end);
    b.bind(cleanup);
    b.emit(O.SWAP, 2);
    b.emit(O.POP_TOP);
    b.bind(end);
  }
}

function emitCmp(b: CodeBuilder, op: A.CmpOpName): void {
  switch (op) {
    case "Is":
      return void b.emit(O.IS_OP, 0);
    case "IsNot":
      return void b.emit(O.IS_OP, 1);
    case "In":
      return void b.emit(O.CONTAINS_OP, 0);
    case "NotIn":
      return void b.emit(O.CONTAINS_OP, 1);
    default:
      b.emit(O.COMPARE_OP, O.CMP_OPS.indexOf(op));
  }
}

function call(c: Compiler, e: A.Call): void {
  const b = c.b;
  const starred =
    e.args.some((a) => a.type === "Starred") || e.keywords.some((k) => k.arg === null);
  if (starred) {
    compileExpr(c, e.func);
    // Positional arguments as a tuple.
    b.emit(O.BUILD_LIST, 0);
    for (const a of e.args) {
      if (a.type === "Starred") {
        compileExpr(c, a.value);
        b.emit(O.LIST_EXTEND, 1);
      } else {
        compileExpr(c, a);
        b.emit(O.LIST_APPEND, 1);
      }
    }
    b.emit(O.LIST_TO_TUPLE);
    const hasKw = e.keywords.length > 0;
    if (hasKw) {
      b.emit(O.BUILD_MAP, 0);
      for (const k of e.keywords) {
        if (k.arg === null) {
          compileExpr(c, k.value);
          b.at(e);
          b.emit(O.DICT_MERGE, 1);
        } else {
          b.emit(O.LOAD_CONST, b.constIndex(k.arg));
          compileExpr(c, k.value);
          b.emit(O.BUILD_MAP, 1);
          b.emit(O.DICT_MERGE, 1);
        }
      }
    }
    b.at(e);
    b.emit(O.CALL_EX, hasKw ? 1 : 0);
    return;
  }
  if (e.func.type === "Attribute") {
    compileExpr(c, e.func.value);
    b.at(e.func);
    b.emit(O.LOAD_METHOD, b.nameIndex(e.func.attr));
  } else {
    compileExpr(c, e.func);
    b.emit(O.PUSH_NULL);
  }
  for (const a of e.args) compileExpr(c, a);
  const seen = new Set<string>();
  for (const k of e.keywords) {
    if (seen.has(k.arg!))
      throw new PySyntaxError(`keyword argument repeated: ${k.arg}`, k.lineno, k.col_offset + 1);
    seen.add(k.arg!);
    compileExpr(c, k.value);
  }
  b.at(e);
  const argc = e.args.length + e.keywords.length;
  if (e.keywords.length) {
    const names = e.keywords.map((k) => k.arg!);
    b.emit(O.LOAD_CONST, b.constIndex(newTuple(names), "kw:" + names.join(",")));
    b.emit(O.CALL_KW, argc);
  } else b.emit(O.CALL, argc);
}

function sequence(c: Compiler, e: A.ListExpr | A.TupleExpr | A.SetExpr): void {
  const b = c.b;
  const hasStar = e.elts.some((x) => x.type === "Starred");
  if (!hasStar) {
    for (const x of e.elts) compileExpr(c, x);
    b.at(e);
    b.emit(
      e.type === "List" ? O.BUILD_LIST : e.type === "Tuple" ? O.BUILD_TUPLE : O.BUILD_SET,
      e.elts.length,
    );
    return;
  }
  const isSet = e.type === "Set";
  b.emit(isSet ? O.BUILD_SET : O.BUILD_LIST, 0);
  for (const x of e.elts) {
    if (x.type === "Starred") {
      compileExpr(c, x.value);
      b.emit(isSet ? O.SET_UPDATE : O.LIST_EXTEND, 1);
    } else {
      compileExpr(c, x);
      b.emit(isSet ? O.SET_ADD : O.LIST_APPEND, 1);
    }
  }
  if (e.type === "Tuple") b.emit(O.LIST_TO_TUPLE);
}

function dict(c: Compiler, e: A.DictExpr): void {
  const b = c.b;
  if (!e.keys.some((k) => k === null)) {
    e.keys.forEach((k, i) => {
      compileExpr(c, k!);
      compileExpr(c, e.values[i]);
    });
    b.at(e);
    b.emit(O.BUILD_MAP, e.keys.length);
    return;
  }
  b.emit(O.BUILD_MAP, 0);
  e.keys.forEach((k, i) => {
    if (k === null) {
      compileExpr(c, e.values[i]);
      b.emit(O.DICT_UPDATE, 1);
    } else {
      compileExpr(c, k);
      compileExpr(c, e.values[i]);
      b.emit(O.MAP_ADD, 1);
    }
  });
}

const COMP_NAMES = {
  ListComp: "<listcomp>",
  SetComp: "<setcomp>",
  DictComp: "<dictcomp>",
  GeneratorExp: "<genexpr>",
} as const;

function comprehension(c: Compiler, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
  const b = c.b;
  const name = COMP_NAMES[e.type];
  const cb = new CodeBuilder(name, c.qualname(name), c.filename, "comprehension", e.lineno);
  const code = c.nested(e, cb, () => {
    cb.varIndex(".0");
    cb.argcount = 1;
    if (e.type === "GeneratorExp") cb.flags |= O.CO_GENERATOR;
    cb.at(e);
    cb.emit(O.RESUME);
    if (e.type === "ListComp") cb.emit(O.BUILD_LIST, 0);
    else if (e.type === "SetComp") cb.emit(O.BUILD_SET, 0);
    else if (e.type === "DictComp") cb.emit(O.BUILD_MAP, 0);
    compGenerators(c, e, 0);
    cb.at(e);
    if (e.type === "GeneratorExp") cb.emit(O.LOAD_CONST, cb.constIndex(None));
    cb.emit(O.RETURN_VALUE);
  });
  c.makeFunction(code, 0, e);
  b.emit(O.PUSH_NULL);
  compileExpr(c, e.generators[0].iter);
  b.at(e.generators[0].iter);
  b.emit(O.GET_ITER);
  b.at(e);
  b.emit(O.CALL, 1);
}

function compGenerators(
  c: Compiler,
  e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
  i: number,
): void {
  const b = c.b;
  const g = e.generators[i];
  if (g.is_async)
    throw new PySyntaxError(
      "asynchronous comprehension outside of an asynchronous function",
      e.lineno,
      e.col_offset + 1,
    );
  if (i === 0) b.emit(O.LOAD_FAST, b.varIndex(".0"));
  else {
    compileExpr(c, g.iter);
    b.emit(O.GET_ITER);
  }
  const top = b.label();
  const end = b.label();
  b.bind(top);
  b.at(e);
  b.jump(O.FOR_ITER, end);
  c.assign(g.target);
  for (const cond of g.ifs) c.test(cond, top, false);
  if (i + 1 < e.generators.length) compGenerators(c, e, i + 1);
  else {
    const depth = i + 2;
    switch (e.type) {
      case "ListComp":
        compileExpr(c, e.elt);
        b.emit(O.LIST_APPEND, depth);
        break;
      case "SetComp":
        compileExpr(c, e.elt);
        b.emit(O.SET_ADD, depth);
        break;
      case "DictComp":
        compileExpr(c, e.key);
        compileExpr(c, e.value);
        b.emit(O.MAP_ADD, depth);
        break;
      case "GeneratorExp":
        compileExpr(c, e.elt);
        b.at(e.elt);
        b.emit(O.YIELD_VALUE);
        b.emit(O.POP_TOP);
        break;
    }
  }
  b.at(e);
  b.jumpBack(top);
  b.bind(end);
}
