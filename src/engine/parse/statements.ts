/**
 * Statement lists and simple statements. Errors are raised in source order:
 * a statement is converted only after the ones before it, and an error lezer
 * flagged inside it is reported before anything the converter would check.
 */
import type { SyntaxNode } from "@lezer/common";
import { PySyntaxError, UnsupportedError } from "../errors";
import type { Alias, OperatorName, Pos, Stmt } from "./ast";
import { assignment, targetsBeforeError, valueList } from "./assignment";
import { compoundStatement, isCompound } from "./compound";
import { firstError, is, kids, pos, splitAt, text, type Cst } from "./cst";
import { diagnose, isTolerated } from "./diagnose";
import { errorAtNode, errorAtTokenAfter, exprName } from "./errors";
import { expr, expressionList, name } from "./expressions";
import { setContext, toTarget } from "./targets";

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
    if (n.from >= cx.stopAt) break;
    if (n.type.isError && !isTolerated(cx, n)) fail(cx, diagnose(cx, n), n.from);
    try {
      out.push(...statement(cx, n));
    } catch (e) {
      // Keep looking for syntax errors after an unsupported construct: they are what CPython would report.
      if (e instanceof UnsupportedError) cx.unsupported ??= e;
      else fail(cx, e, n.from);
    }
  }
  return out;
}

function statement(cx: Cst, n: SyntaxNode): Stmt[] {
  if (n.name === "StatementGroup") {
    return statements(
      cx,
      kids(n).filter((c) => !is(c, ";")),
    );
  }
  if (isCompound(n)) return [compoundStatement(cx, n)];
  if (n.name === "AssignStatement") targetsBeforeError(cx, n);
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
  const last = parts.filter((p) => !p.type.isError).pop();
  const at = pos(cx, n, last ?? n);
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
        throw errorAtNode(
          `'${exprName(target)}' is an illegal expression for augmented assignment`,
          target,
        );
      }
      const op = AUG_OPS[text(cx, parts[opAt])];
      return {
        type: "AugAssign",
        target: setContext(target, "Store"),
        op,
        value: valueList(cx, parts.slice(opAt + 1)),
        ...at,
      };
    }
    case "DeleteStatement":
      return {
        type: "Delete",
        targets: splitAt(rest).items.map((item) => toTarget(expressionList(cx, item), "del")),
        ...at,
      };
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
      const last = parts[parts.length - 1];
      if (is(last, ",")) throw errorAtTokenAfter(cx, "invalid syntax", last.to);
      const names = rest.filter((p) => p.name === "VariableName").map((p) => name(cx, p).id);
      return { type: text(cx, parts[0]) === "global" ? "Global" : "Nonlocal", names, ...at };
    }
    case "AssertStatement": {
      const { items } = splitAt(rest);
      if (items.length > 2 || items.some((i) => i.length !== 1))
        throw errorAtTokenAfter(cx, "invalid syntax", items[1][0].to);
      return {
        type: "Assert",
        test: expr(cx, items[0][0]),
        msg: items[1] ? expr(cx, items[1][0]) : null,
        ...at,
      };
    }
    case "TypeDefinition":
      throw new UnsupportedError("`type` alias statements", at.lineno);
  }
  throw errorAtTokenAfter(cx, "invalid syntax", n.from);
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
    return {
      type: "ImportFrom",
      module,
      names: [{ type: "alias", name: "*", asname: null, ...pos(cx, names[0]) }],
      level,
      ...at,
    };
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
    return {
      type: "alias",
      name: dotted(cx, nameNodes),
      asname,
      ...pos(cx, item[0], item[item.length - 1]),
    };
  });
}
