/**
 * CPython's error rules about assignment-like mistakes inside expressions and
 * targets: `if x = 1:`, `f(a.b=1)`, `f() := 1`, `x = yield = 1`, `f(): int`,
 * `for f() …`.
 */
import type { SyntaxNode } from "@lezer/common";
import { PySyntaxError } from "../errors";
import type { Expr } from "./ast";
import type { Cst } from "./cst";
import { errorAtSpan, errorAtToken, exprName, tokenIndexAt } from "./errors";
import { expr, expressionList } from "./expressions";
import type { Found } from "./hints";
import { invalidTarget } from "./targets";
import { bitwiseOrEnd, expressionEnd, startsExpression, statementStart, word } from "./token-scan";

/** `f(): int` without the annotation, or another non-target before `:`: CPython stops at the `:`. */
export function annotationTarget(cx: Cst, err: SyntaxNode): PySyntaxError | null {
  const typeDef = err.parent;
  if (typeDef?.name !== "TypeDef" || typeDef.parent?.name !== "AssignStatement") return null;
  const first = typeDef.parent.firstChild;
  if (!first || first.nextSibling !== typeDef) return null;
  const target = convertOrNull(cx, first);
  if (!target || ["Name", "Attribute", "Subscript"].includes(target.type)) return null;
  const colon = cx.tokens.list[tokenIndexAt(cx, typeDef.from)];
  return colon ? errorAtToken(cx, "invalid syntax", colon) : null;
}

/** `for f() …` / `[x for f() …]` without `in`: CPython reports the bad target first. */
export function forTargetError(cx: Cst, err: SyntaxNode): PySyntaxError | null {
  const target: SyntaxNode[] = [];
  for (let n = err.prevSibling; n; n = n.prevSibling) {
    if (n.name === "for") {
      if (target.length === 0) return null;
      let e: Expr;
      try {
        e = expressionList(cx, target.reverse());
      } catch {
        return null;
      }
      const bad = invalidTarget(e, "for");
      return bad ? errorAtExpr(`cannot assign to ${exprName(bad)}`, bad) : null;
    }
    if (n.name === "in" || n.type.isError) return null;
    if (n.name !== "Comment") target.push(n);
  }
  return null;
}

/**
 * `x = 1` where an expression is expected (CPython's invalid_named_expression
 * and invalid_kwarg), `f() := 1`, and `x = yield = 1`.
 */
export function assignmentInExpression(
  cx: Cst,
  err: SyntaxNode,
  i: number,
  keyword: string,
): Found | null {
  const list = cx.tokens.list;
  const t = list[i];
  const at = (error: PySyntaxError, lastSeen = i): Found => ({ error, lastSeen });
  let before = err.prevSibling;
  while (before && (before.name === "Comment" || before.type.isError)) before = before.prevSibling;
  if (!before || before.to !== list[i - 1]?.to || before.name === "AssignOp") return null;
  const context = err.parent?.name ?? "";
  const condition =
    ["IfStatement", "WhileStatement"].includes(context) &&
    ["if", "elif", "while"].includes(keyword);
  const display = [
    "ArrayExpression",
    "ArrayComprehensionExpression",
    "SetExpression",
    "ParenthesizedExpression",
    "TupleExpression",
  ].includes(context);
  if (word(cx, t) === ":=") {
    const statementLevel = tokenIndexAt(cx, before.from) === statementStart(cx, i);
    if (!condition && !display && !statementLevel) return null;
    const target = convertOrNull(cx, before);
    if (!target || target.type === "Name") return null;
    return at(errorAtExpr(`cannot use assignment expressions with ${exprName(target)}`, target));
  }
  if (before.name === "YieldExpression" || before.name === "YieldStatement")
    return at(errorAtSpan(cx, "assignment to yield expression not possible", before));
  if (!condition && !display && context !== "ArgList") return null;
  const target = convertOrNull(cx, before);
  if (!target) return null;
  if (context === "ArgList") {
    if (target.type === "Name") return null;
    return at(
      errorAtSpan(cx, 'expression cannot contain assignment, perhaps you meant "=="?', before, t),
    );
  }
  if (!startsExpression(cx, list[i + 1])) return null;
  const valueEnd = bitwiseOrEnd(cx, i + 1, expressionEnd(cx, i + 1, t.level));
  if (/^:?=$/.test(word(cx, list[valueEnd + 1]))) return null;
  if (target.type === "Name" && before.name === "VariableName") {
    return at(
      errorAtSpan(
        cx,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        before,
        list[valueEnd],
      ),
      valueEnd + 1,
    );
  }
  const excluded =
    target.type === "List" ||
    target.type === "Tuple" ||
    target.type === "GeneratorExp" ||
    (target.type === "Constant" && (target.value.kind === "bool" || target.value.kind === "None"));
  if (excluded || !isBitwiseOr(target, before)) return null;
  return at(
    errorAtExpr(
      `cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`,
      target,
    ),
    valueEnd + 1,
  );
}

function errorAtExpr(msg: string, e: Expr): PySyntaxError {
  return new PySyntaxError(msg, e.lineno, e.col_offset + 1, e.end_col_offset + 1);
}

function convertOrNull(cx: Cst, n: SyntaxNode): Expr | null {
  try {
    return expr(cx, n);
  } catch {
    return null;
  }
}

/** Whether an expression is at CPython's `bitwise_or` level (what may stand left of `=` in its error rules). */
export function isBitwiseOr(e: Expr, node: SyntaxNode): boolean {
  if (node.name === "ParenthesizedExpression") return true;
  if (e.type === "UnaryOp") return e.op !== "Not";
  return ![
    "Compare",
    "BoolOp",
    "IfExp",
    "Lambda",
    "NamedExpr",
    "Starred",
    "Yield",
    "YieldFrom",
  ].includes(e.type);
}
