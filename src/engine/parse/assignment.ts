/**
 * Assignments (`=`, annotated `:`), with CPython's messages for invalid
 * targets, which depend on what surrounds them (`1 = x` gets "Maybe you meant
 * '=='", `x = 1 = 2` does not).
 */
import type { SyntaxNode } from "@lezer/common";
import { PySyntaxError } from "../errors";
import type { Expr, Pos, Stmt } from "./ast";
import { firstError, kids, pos, splitAt, type Cst } from "./cst";
import { isTolerated } from "./diagnose";
import { errorAtNode, errorAtTokenAfter, exprName } from "./errors";
import { expr, expressionList } from "./expressions";
import { isBitwiseOr } from "./hint-rules";
import { invalidTarget, setContext, toTarget } from "./targets";

/**
 * CPython checks the targets of `a = b = …` before it notices an error
 * further right (`x = (a == b) =` is "cannot assign to comparison").
 */
export function targetsBeforeError(cx: Cst, n: SyntaxNode): void {
  const parts = kids(n);
  const err = parts.findIndex((p) => firstError(p, (e) => isTolerated(cx, e)));
  if (err < 0) return;
  let segment: SyntaxNode[] = [];
  for (const p of parts.slice(0, err)) {
    if (p.name === "TypeDef") return;
    if (p.name !== "AssignOp") {
      segment.push(p);
      continue;
    }
    let target: Expr;
    try {
      target = expressionList(cx, segment);
    } catch {
      return;
    }
    toTarget(target, "store");
    segment = [];
  }
}

/** The right-hand side of `=`, `+=`, or an expression statement: a yield, one expression or a tuple. */
export function valueList(cx: Cst, nodes: SyntaxNode[]): Expr {
  if (nodes.length === 1 && nodes[0].name === "YieldExpression") return expr(cx, nodes[0]);
  return expressionList(cx, nodes);
}

/** An `AssignStatement`: Assign or AnnAssign. */
export function assignment(cx: Cst, parts: SyntaxNode[], at: Pos): Stmt {
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
  return {
    type: "Assign",
    targets: targets.map((t) => setContext(t, "Store")),
    value: values[values.length - 1],
    ...at,
  };
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
  const e = beforeEq
    ? items.length === 1
      ? targets[0]
      : (targets[0] as { elts: Expr[] }).elts[items.length - 1]
    : null;
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
      e.type === "List" ||
      e.type === "Tuple" ||
      e.type === "GeneratorExp" ||
      (e.type === "Constant" && (e.value.kind === "bool" || e.value.kind === "None"));
    if (!excluded && isBitwiseOr(e, beforeEq)) {
      throw errorAtNode(
        `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`,
        e,
      );
    }
  }
  for (const t of targets) {
    if (t.type === "Yield" || t.type === "YieldFrom")
      throw errorAtNode("assignment to yield expression not possible", t);
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
  if (e.type === "Starred" || e.type === "Yield" || e.type === "YieldFrom" || e.type === "Lambda")
    return null;
  if (e.type === "UnaryOp" && e.op === "Not") return null;
  return e;
}

function annotated(
  cx: Cst,
  segments: SyntaxNode[][],
  typeDef: SyntaxNode,
  parts: SyntaxNode[],
  at: Pos,
): Stmt {
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
    throw errorAtNode(
      `only single target (not ${target.type === "List" ? "list" : "tuple"}) can be annotated`,
      target,
    );
  }
  if (!["Name", "Attribute", "Subscript"].includes(target.type))
    throw errorAtNode("illegal target for annotation", target);
  const annotation = expr(cx, kids(typeDef)[1]);
  const value = valueNodes ? valueList(cx, valueNodes) : null;
  const simple = target.type === "Name" && targetNodes[0].name === "VariableName" ? 1 : 0;
  return {
    type: "AnnAssign",
    target: setContext(target, "Store"),
    annotation,
    value,
    simple,
    ...at,
  };
}
