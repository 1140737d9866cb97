/**
 * Statement lists and simple statements. Errors are raised in source order:
 * a statement is converted only after the ones before it, and an error lezer
 * flagged inside it is reported before anything the converter would check.
 */
import type { SyntaxNode } from "@lezer/common";
import { PySyntaxError, UnsupportedError } from "../errors";
import type { Alias, Expr, OperatorName, Pos, Stmt } from "./ast";
import { compoundStatement, isCompound } from "./compound";
import { firstError, is, kids, pos, splitAt, text, type Cst } from "./cst";
import { diagnose, isBitwiseOr, isTolerated } from "./diagnose";
import { errorAtNode, errorAtTokenAfter, exprName } from "./errors";
import { expr, expressionList, name } from "./expressions";
import { invalidTarget, setContext, toTarget } from "./targets";

/** Report `e` unless the pending structural error comes first. */
export function fail(cx: Cst, e: unknown, at: number): never {
  if (cx.pending && e instanceof PySyntaxError && cx.pending.at <= at) throw cx.pending.error;
  throw e;
}

/** Throw the diagnosis of the first lezer error in `nodes`, if any. */
export function checkErrors(cx: Cst, nodes: SyntaxNode[]): void {
  for (const n of nodes) {
    const err = firstError(n, (e) => isTolerated(cx, e));
    if (err) fail(cx, diagnose(cx, err), err.from);
  }
}

/** Convert a list of statement nodes (a module or a block). */
export function statements(cx: Cst, nodes: SyntaxNode[]): Stmt[] {
  const out: Stmt[] = [];
  for (const n of nodes) {
    if (n.type.isError && !isTolerated(cx, n)) fail(cx, diagnose(cx, n), n.from);
    try {
      out.push(...statement(cx, n));
    } catch (e) {
      fail(cx, e, n.from);
    }
  }
  return out;
}

function statement(cx: Cst, n: SyntaxNode): Stmt[] {
  if (n.name === "StatementGroup") {
    return statements(cx, kids(n).filter((c) => !is(c, ";")));
  }
  if (isCompound(n)) return [compoundStatement(cx, n)];
  checkErrors(cx, [n]);
  return [simpleStatement(cx, n)];
}

const AUG_OPS: Record<string, OperatorName> = {
  "+=": "Add",
  "-=": "Sub",
  "*=": "Mult",
  "@=": "MatMult",
  "/=": "Div",
  "%=": "Mod",
  "**=": "Pow",
  "<<=": "LShift",
  ">>=": "RShift",
  "|=": "BitOr",
  "^=": "BitXor",
  "&=": "BitAnd",
  "//=": "FloorDiv",
};

function simpleStatement(cx: Cst, n: SyntaxNode): Stmt {
  const parts = kids(n);
  const at = pos(cx, n, parts[parts.length - 1] ?? n);
  const rest = parts.slice(1);
  switch (n.name) {
    case "ExpressionStatement":
      return { type: "Expr", value: valueList(cx, parts), ...at };
    case "AssignStatement":
      return assignment(cx, parts, at);
    case "UpdateStatement": {
      const opAt = parts.findIndex((p) => p.name === "UpdateOp");
      const target = expressionList(cx, parts.slice(0, opAt));
      if (!["Name", "Attribute", "Subscript"].includes(target.type)) {
        throw errorAtNode(`'${exprName(target)}' is an illegal expression for augmented assignment`, target);
      }
      const op = AUG_OPS[text(cx, parts[opAt])];
      return { type: "AugAssign", target: setContext(target, "Store"), op, value: valueList(cx, parts.slice(opAt + 1)), ...at };
    }
    case "DeleteStatement":
      return { type: "Delete", targets: splitAt(rest).items.map((item) => toTarget(expressionList(cx, item), "del")), ...at };
    case "PassStatement":
      return { type: "Pass", ...at };
    case "BreakStatement":
      return { type: "Break", ...at };
    case "ContinueStatement":
      return { type: "Continue", ...at };
    case "ReturnStatement":
      return { type: "Return", value: rest.length > 0 ? expressionList(cx, rest) : null, ...at };
    case "YieldStatement":
      return { type: "Expr", value: expr(cx, n), ...at };
    case "RaiseStatement":
      return raise(cx, rest, at);
    case "ImportStatement":
      return importStatement(cx, parts, at);
    case "ScopeStatement": {
      const names = rest.filter((p) => p.name === "VariableName").map((p) => name(cx, p).id);
      return { type: text(cx, parts[0]) === "global" ? "Global" : "Nonlocal", names, ...at };
    }
    case "AssertStatement": {
      const { items } = splitAt(rest);
      if (items.length > 2 || items.some((i) => i.length !== 1)) throw errorAtTokenAfter(cx, "invalid syntax", items[1][0].to);
      return { type: "Assert", test: expr(cx, items[0][0]), msg: items[1] ? expr(cx, items[1][0]) : null, ...at };
    }
    case "TypeDefinition":
      throw new UnsupportedError("`type` alias statements", at.lineno);
  }
  throw errorAtTokenAfter(cx, "invalid syntax", n.from);
}

/** The right-hand side of `=`, `+=`, or an expression statement: a yield, one expression or a tuple. */
function valueList(cx: Cst, nodes: SyntaxNode[]): Expr {
  if (nodes.length === 1 && nodes[0].name === "YieldExpression") return expr(cx, nodes[0]);
  return expressionList(cx, nodes);
}

function assignment(cx: Cst, parts: SyntaxNode[], at: Pos): Stmt {
  const segments: SyntaxNode[][] = [[]];
  let typeDef: SyntaxNode | null = null;
  for (const p of parts) {
    if (p.name === "AssignOp") segments.push([]);
    else if (p.name === "TypeDef" && segments.length === 1) typeDef = p;
    else segments[segments.length - 1].push(p);
  }
  if (typeDef) return annotated(cx, segments, typeDef, parts, at);
  const values = segments.map((s) => valueList(cx, s));
  const targets = values.slice(0, -1);
  checkAssignmentTargets(cx, segments, values);
  return { type: "Assign", targets: targets.map((t) => setContext(t, "Store")), value: values[values.length - 1], ...at };
}

/** CPython's messages for `1 = x`, `f() = 1`, `x, 1 = y` (invalid_assignment, invalid_named_expression). */
function checkAssignmentTargets(cx: Cst, segments: SyntaxNode[][], values: Expr[]): void {
  const targets = values.slice(0, -1);
  if (!targets.some((t) => invalidTarget(t, "store"))) return;
  // The expression right before the first `=` is tried as a named expression first.
  const firstSeg = segments[0];
  const { items } = splitAt(firstSeg);
  const lastItem = items[items.length - 1];
  const beforeEq = lastItem.length === 1 ? lastItem[0] : null;
  const e = beforeEq ? (items.length === 1 ? targets[0] : (targets[0] as { elts: Expr[] }).elts[items.length - 1]) : null;
  const valueNode = segments[1];
  const value = values[1];
  const leading = leadingBitwiseOr(value, valueNode);
  const wholeValue = leading === value;
  if (e && beforeEq && leading && !(wholeValue && segments.length > 2)) {
    if (e.type === "Name" && beforeEq.name === "VariableName") {
      const start = pos(cx, beforeEq);
      throw new PySyntaxError(
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        start.lineno,
        start.col_offset + 1,
        leading.end_col_offset + 1,
      );
    }
    const excluded =
      e.type === "List" || e.type === "Tuple" || e.type === "GeneratorExp" || (e.type === "Constant" && (e.value.kind === "bool" || e.value.kind === "None"));
    if (!excluded && isBitwiseOr(e, beforeEq)) {
      throw errorAtNode(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
    }
  }
  for (const t of targets) {
    if (t.type === "Yield" || t.type === "YieldFrom") throw errorAtNode("assignment to yield expression not possible", t);
    toTarget(t, "store");
  }
}

/** The `bitwise_or` a value starts with, as CPython's error rules parse it (null if it starts otherwise). */
function leadingBitwiseOr(value: Expr, nodes: SyntaxNode[]): Expr | null {
  let e = value;
  const parenthesized = nodes.length === 1 && nodes[0].name === "ParenthesizedExpression";
  if (parenthesized) return e;
  for (;;) {
    if (e.type === "Compare") e = e.left;
    else if (e.type === "BoolOp") e = e.values[0];
    else if (e.type === "IfExp") e = e.body;
    else if (e.type === "Tuple" && nodes.length > 1) e = e.elts[0];
    else break;
  }
  if (e.type === "Starred" || e.type === "Yield" || e.type === "YieldFrom" || e.type === "Lambda") return null;
  if (e.type === "UnaryOp" && e.op === "Not") return null;
  return e;
}

function annotated(cx: Cst, segments: SyntaxNode[][], typeDef: SyntaxNode, parts: SyntaxNode[], at: Pos): Stmt {
  const [targetNodes, valueNodes] = segments;
  if (segments.length > 2) {
    const second = parts.filter((p) => p.name === "AssignOp")[1];
    throw errorAtTokenAfter(cx, "invalid syntax", second.from);
  }
  const { items, trailing } = splitAt(targetNodes);
  if (items.length > 1 || trailing) {
    throw errorAtNode("only single target (not tuple) can be annotated", expr(cx, items[0][0]));
  }
  const target = expressionList(cx, targetNodes);
  if (target.type === "List" || target.type === "Tuple") {
    throw errorAtNode(`only single target (not ${target.type === "List" ? "list" : "tuple"}) can be annotated`, target);
  }
  if (!["Name", "Attribute", "Subscript"].includes(target.type)) throw errorAtNode("illegal target for annotation", target);
  const annotation = expr(cx, kids(typeDef)[1]);
  const value = valueNodes ? valueList(cx, valueNodes) : null;
  const simple = target.type === "Name" && targetNodes[0].name === "VariableName" ? 1 : 0;
  return { type: "AnnAssign", target: setContext(target, "Store"), annotation, value, simple, ...at };
}

function raise(cx: Cst, rest: SyntaxNode[], at: Pos): Stmt {
  const comma = rest.find((p) => is(p, ","));
  if (comma) throw errorAtTokenAfter(cx, "invalid syntax", comma.from);
  const exc = rest[0] ? expr(cx, rest[0]) : null;
  const cause = is(rest[1], "from") ? expr(cx, rest[2]) : null;
  return { type: "Raise", exc, cause, ...at };
}

function importStatement(cx: Cst, parts: SyntaxNode[], at: Pos): Stmt {
  const last = parts[parts.length - 1];
  if (is(last, ",")) throw errorAtTokenAfter(cx, "invalid syntax", last.to);
  if (is(parts[0], "import")) return { type: "Import", names: aliases(cx, parts.slice(1)), ...at };
  const importAt = parts.findIndex((p) => is(p, "import"));
  let level = 0;
  const moduleParts: SyntaxNode[] = [];
  for (const p of parts.slice(1, importAt)) {
    if (is(p, ".")) level += moduleParts.length === 0 ? 1 : 0;
    if (is(p, "Ellipsis")) level += 3;
    if (p.name === "VariableName" || (is(p, ".") && moduleParts.length > 0)) moduleParts.push(p);
  }
  const module = moduleParts.length > 0 ? dotted(cx, moduleParts) : null;
  const names = parts.slice(importAt + 1).filter((p) => !is(p, "(") && !is(p, ")"));
  if (names.length === 1 && is(names[0], "*")) {
    return { type: "ImportFrom", module, names: [{ type: "alias", name: "*", asname: null, ...pos(cx, names[0]) }], level, ...at };
  }
  return { type: "ImportFrom", module, names: aliases(cx, names), level, ...at };
}

function dotted(cx: Cst, nodes: SyntaxNode[]): string {
  return nodes.map((p) => (is(p, ".") ? "." : name(cx, p).id)).join("");
}

function aliases(cx: Cst, nodes: SyntaxNode[]): Alias[] {
  return splitAt(nodes).items.map((item) => {
    const asAt = item.findIndex((p) => is(p, "as"));
    const nameNodes = asAt < 0 ? item : item.slice(0, asAt);
    const asname = asAt < 0 ? null : name(cx, item[asAt + 1]).id;
    return { type: "alias", name: dotted(cx, nameNodes), asname, ...pos(cx, item[0], item[item.length - 1]) };
  });
}
