/**
 * Compound statements (if/while/for/try/with/def/class). lezer lists every
 * clause's keyword, header parts and body as flat siblings; they are regrouped
 * into clauses and converted in source order, so the first error in the text
 * is the one reported.
 */
import type { SyntaxNode } from "@lezer/common";
import { PySyntaxError, UnsupportedError } from "../errors";
import type { ExceptHandler, Expr, Pos, Stmt, WithItem } from "./ast";
import { block, clausesOf, span, type Clause } from "./blocks";
import { is, kids, pos, splitAt, type Cst } from "./cst";
import { errorAtToken, errorAtTokenAfter, tokenIndexAt } from "./errors";
import { expr, expressionList, name } from "./expressions";
import { classDef, decorated, functionDef } from "./definitions";
import { checkErrors } from "./statements";
import { parseRegion } from "./subparse";
import { toTarget } from "./targets";

const COMPOUND = new Set([
  "IfStatement",
  "WhileStatement",
  "ForStatement",
  "TryStatement",
  "WithStatement",
  "FunctionDefinition",
  "ClassDefinition",
  "DecoratedStatement",
  "MatchStatement",
]);

/** Whether a lezer statement node is a compound statement. */
export function isCompound(n: SyntaxNode): boolean {
  return COMPOUND.has(n.name);
}

/** Convert a compound statement node. */
export function compoundStatement(cx: Cst, n: SyntaxNode): Stmt {
  if (n.name === "MatchStatement")
    throw new UnsupportedError("`match` statements", pos(cx, n).lineno);
  if (n.name === "DecoratedStatement") return decorated(cx, n);
  const { clauses, leading, trailing } = clausesOf(kids(n));
  checkErrors(cx, leading);
  if (clauses.length === 0 || leading.length > 0)
    throw errorAtTokenAfter(cx, "invalid syntax", n.from);
  let result: Stmt;
  switch (n.name) {
    case "IfStatement":
      result = ifChain(cx, clauses, 0);
      break;
    case "WhileStatement": {
      checkErrors(cx, clauses[0].header);
      const test = single(cx, clauses[0]);
      const body = block(cx, clauses[0]);
      const orelse = clauses[1] ? block(cx, clauses[1]) : [];
      result = {
        type: "While",
        test,
        body,
        orelse,
        ...span(cx, clauses[0].start, orelse.length ? orelse : body),
      };
      break;
    }
    case "ForStatement":
      result = forStatement(cx, clauses);
      break;
    case "TryStatement":
      result = tryStatement(cx, clauses);
      break;
    case "WithStatement":
      result = withStatement(cx, clauses[0]);
      break;
    case "FunctionDefinition":
      result = functionDef(cx, clauses[0], []);
      break;
    default:
      result = classDef(cx, clauses[0], []);
  }
  checkErrors(cx, trailing);
  return result;
}

/** The one expression a clause header must hold (`if x`, `while x`). */
function single(cx: Cst, clause: Clause): Expr {
  if (clause.header.length !== 1)
    throw errorAtTokenAfter(cx, "invalid syntax", (clause.header[1] ?? clause.start).to);
  return expr(cx, clause.header[0]);
}

function ifChain(cx: Cst, clauses: Clause[], i: number): Stmt {
  const c = clauses[i];
  checkErrors(cx, c.header);
  const test = single(cx, c);
  const body = block(cx, c);
  let orelse: Stmt[] = [];
  const next = clauses[i + 1];
  if (next?.keyword === "elif") orelse = [ifChain(cx, clauses, i + 1)];
  else if (next?.keyword === "else") orelse = block(cx, next);
  return { type: "If", test, body, orelse, ...span(cx, c.start, orelse.length ? orelse : body) };
}

function forStatement(cx: Cst, clauses: Clause[]): Stmt {
  const c = clauses[0];
  checkErrors(cx, c.header);
  const inAt = c.header.findIndex((h) => is(h, "in"));
  if (inAt <= 0) throw errorAtTokenAfter(cx, "invalid syntax", c.start.to);
  const target = toTarget(expressionList(cx, c.header.slice(0, inAt)), "for");
  const iterNodes = c.header.slice(inAt + 1);
  const placeholder = iterNodes.length === 1 ? cx.placeholders.get(iterNodes[0].from) : undefined;
  const iter =
    placeholder === iterNodes[0]?.to
      ? parseRegion(cx, iterNodes[0].from, iterNodes[0].to, "list")
      : expressionList(cx, iterNodes);
  const body = block(cx, c);
  const orelse = clauses[1] ? block(cx, clauses[1]) : [];
  const isAsync = is(c.start, "async");
  return {
    type: "For",
    target,
    iter,
    body,
    orelse,
    is_async: isAsync,
    ...span(cx, c.start, orelse.length ? orelse : body),
  };
}

function tryStatement(cx: Cst, clauses: Clause[]): Stmt {
  const body = block(cx, clauses[0]);
  const handlers: ExceptHandler[] = [];
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  let last = body;
  for (const c of clauses.slice(1)) {
    if (c.keyword === "except") {
      handlers.push(exceptHandler(cx, c));
      last = handlers[handlers.length - 1].body;
    } else if (c.keyword === "else") {
      if (handlers.length === 0)
        throw errorAtTokenAfter(cx, "expected 'except' or 'finally' block", c.start.from);
      last = orelse = block(cx, c);
    } else {
      last = finalbody = block(cx, c);
    }
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    const end = body[body.length - 1];
    const endOffset = cx.src.lineStarts[end.end_lineno - 1] + end.end_col_offset - cx.shift;
    let i = tokenIndexAt(cx, endOffset);
    while (["NEWLINE", "DEDENT"].includes(cx.tokens.list[i]?.kind) && i < cx.tokens.list.length - 1)
      i++;
    throw errorAtToken(cx, "expected 'except' or 'finally' block", cx.tokens.list[i]);
  }
  return { type: "Try", body, handlers, orelse, finalbody, ...span(cx, clauses[0].start, last) };
}

function exceptHandler(cx: Cst, c: Clause): ExceptHandler {
  checkErrors(cx, c.header);
  if (is(c.header[0], "*")) throw new UnsupportedError("`except*`", pos(cx, c.start).lineno);
  const [test, sep, alias] = c.header;
  if (is(sep, ",")) {
    const at = pos(cx, test, alias ?? sep);
    throw errorAtSpanPos("multiple exception types must be parenthesized", at);
  }
  if (c.header.length > 3 || (sep && !is(sep, "as")))
    throw errorAtTokenAfter(cx, "invalid syntax", (sep ?? c.start).from);
  const excType = test ? expr(cx, test) : null;
  const excName = alias ? name(cx, alias).id : null;
  const body = block(cx, c);
  return {
    type: "ExceptHandler",
    exc_type: excType,
    name: excName,
    body,
    ...span(cx, c.start, body),
  };
}

function errorAtSpanPos(msg: string, at: Pos): PySyntaxError {
  return new PySyntaxError(msg, at.lineno, at.col_offset + 1, at.end_col_offset + 1);
}

function withStatement(cx: Cst, c: Clause): Stmt {
  checkErrors(cx, c.header);
  const items: WithItem[] = splitAt(c.header).items.map((item) => {
    const [context, as, target] = item;
    if (item.length !== 1 && !(item.length === 3 && is(as, "as")))
      throw errorAtTokenAfter(cx, "invalid syntax", item[1].from);
    const contextExpr = expr(cx, context);
    let vars: Expr | null = null;
    if (target) {
      const end = cx.placeholders.get(target.from);
      vars = toTarget(
        end === target.to ? parseRegion(cx, target.from, target.to, "bare") : name(cx, target),
        "store",
      );
    }
    return { type: "withitem", context_expr: contextExpr, optional_vars: vars };
  });
  const body = block(cx, c);
  return { type: "With", items, body, is_async: is(c.start, "async"), ...span(cx, c.start, body) };
}
