/**
 * lezer expression nodes → AST expressions (Load context; assignment
 * targets are switched to Store/Del by targets.ts).
 */
import type { SyntaxNode } from "@lezer/common";
import type { Expr, Name, Pos } from "./ast";
import { callArguments, lambdaArguments } from "./calls";
import { comprehension } from "./comprehensions";
import { is, kids, pos, splitAt, text, type Cst, type Span } from "./cst";
import { errorAtNode, errorAtToken, errorAtTokenAfter, exprName, tokenIndexAt } from "./errors";
import { numberValue } from "./literals";
import { convertOperators, isOperatorNode } from "./operators";
import { concatStrings } from "./strings";
import { parseFstringExpression, parseRegion } from "./subparse";
import { setContext } from "./targets";

/** Convert one expression node. */
export function expr(cx: Cst, n: SyntaxNode): Expr {
  const at = pos(cx, n);
  switch (n.name) {
    case "VariableName":
      return name(cx, n);
    case "Number":
      return { type: "Constant", value: numberValue(text(cx, n)), ...at };
    case "Boolean":
      return { type: "Constant", value: { kind: "bool", value: text(cx, n) === "True" }, ...at };
    case "None":
      return { type: "Constant", value: { kind: "None" }, ...at };
    case "Ellipsis":
      return { type: "Constant", value: { kind: "Ellipsis" }, ...at };
    case "String":
    case "FormatString":
    case "ContinuedString":
      return concatStrings(cx, stringTokens(cx, n), parseFstringExpression);
    case "ParenthesizedExpression":
      return parenthesized(cx, n);
    case "TupleExpression":
      return { type: "Tuple", elts: elements(cx, inner(n)), ctx: "Load", ...at };
    case "ArrayExpression":
      return { type: "List", elts: elements(cx, inner(n)), ctx: "Load", ...at };
    case "SetExpression":
      return { type: "Set", elts: elements(cx, inner(n)), ...at };
    case "DictionaryExpression":
      return dict(cx, n, at);
    case "ComprehensionExpression":
    case "ArrayComprehensionExpression":
    case "SetComprehensionExpression":
    case "DictionaryComprehensionExpression":
      return comprehension(cx, n, inner(n), at);
    case "CallExpression": {
      const [func, args] = kids(n);
      return { type: "Call", func: expr(cx, func), ...callArguments(cx, args), ...at };
    }
    case "MemberExpression":
      return member(cx, n, at);
    case "ConditionalExpression": {
      const [body, , test, , orelse] = kids(n);
      return {
        type: "IfExp",
        test: expr(cx, test),
        body: expr(cx, body),
        orelse: expr(cx, orelse),
        ...at,
      };
    }
    case "LambdaExpression": {
      const parts = kids(n);
      const params = parts.find((p) => p.name === "ParamList");
      return {
        type: "Lambda",
        args: lambdaArguments(cx, params),
        body: expr(cx, parts[parts.length - 1]),
        ...at,
      };
    }
    case "NamedExpression":
      return namedExpr(cx, n, at);
    case "YieldExpression":
    case "YieldStatement":
      return yieldExpr(cx, n, at);
  }
  if (isOperatorNode(n)) return convertOperators(cx, n, (o) => expr(cx, o));
  throw errorAtTokenAfter(cx, "invalid syntax", n.from);
}

/**
 * The STRING tokens of a lezer string node. lezer reads f-strings as Python
 * 3.12 does (quotes may nest), CPython 3.11's tokenizer does not: where they
 * disagree, the program is not valid 3.11.
 */
function stringTokens(cx: Cst, n: SyntaxNode): Span[] {
  const list = cx.tokens.list;
  let i = tokenIndexAt(cx, n.from);
  const out: Span[] = [];
  for (; i < list.length && list[i].from < n.to; i++) {
    if (list[i].kind !== "STRING" || list[i].to > n.to) {
      // CPython decodes the strings it has read before it fails after them.
      if (out.length > 0) concatStrings(cx, out, parseFstringExpression);
      throw errorAtToken(cx, "invalid syntax", list[i]);
    }
    out.push(list[i]);
  }
  if (out.length === 0 || out[0].from !== n.from)
    throw errorAtTokenAfter(cx, "invalid syntax", n.from);
  return out;
}

/** A Name in Load context; CPython NFKC-normalizes non-ASCII identifiers. */
export function name(cx: Cst, n: Span): Name {
  const raw = text(cx, n);
  const id = isAscii(raw) ? raw : raw.normalize("NFKC");
  return { type: "Name", id, ctx: "Load", ...pos(cx, n) };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The children between a node's opening and closing bracket. */
export function inner(n: SyntaxNode): SyntaxNode[] {
  const children = kids(n);
  return children.slice(1, children[children.length - 1]?.name.match(/^[)\]}]$/) ? -1 : undefined);
}

/** One element of a list, tuple, set, call or assignment: `*x` becomes Starred. */
export function element(cx: Cst, item: SyntaxNode[]): Expr {
  if (item.length === 2 && is(item[0], "*")) {
    return { type: "Starred", value: expr(cx, item[1]), ctx: "Load", ...pos(cx, item[0], item[1]) };
  }
  if (item.length !== 1) throw errorAtTokenAfter(cx, "invalid syntax", (item[1] ?? item[0]).from);
  return expr(cx, item[0]);
}

/** Comma-separated elements (possibly starred). */
export function elements(cx: Cst, nodes: SyntaxNode[]): Expr[] {
  return splitAt(nodes).items.map((item) => element(cx, item));
}

/**
 * `a, b` or a single expression, as in assignments and `return`. A tuple
 * without parentheses spans its elements and a trailing comma.
 */
export function expressionList(cx: Cst, nodes: SyntaxNode[]): Expr {
  const { items, trailing } = splitAt(nodes);
  if (items.length === 1 && !trailing) return element(cx, items[0]);
  return {
    type: "Tuple",
    elts: items.map((item) => element(cx, item)),
    ctx: "Load",
    ...pos(cx, nodes[0], nodes[nodes.length - 1]),
  };
}

function parenthesized(cx: Cst, n: SyntaxNode): Expr {
  const body = inner(n);
  if (is(body[0], "*")) {
    const starred = element(cx, body);
    throw errorAtNode("cannot use starred expression here", starred);
  }
  if (body.length !== 1) throw errorAtTokenAfter(cx, "invalid syntax", (body[1] ?? n).from);
  return expr(cx, body[0]);
}

function dict(cx: Cst, n: SyntaxNode, at: Pos): Expr {
  const keys: (Expr | null)[] = [];
  const values: Expr[] = [];
  for (const item of splitAt(inner(n)).items) {
    if (item.length === 2 && is(item[0], "**")) {
      keys.push(null);
      values.push(expr(cx, item[1]));
    } else if (item.length === 3 && is(item[1], ":")) {
      keys.push(expr(cx, item[0]));
      values.push(expr(cx, item[2]));
    } else {
      throw errorAtTokenAfter(cx, "invalid syntax", (item[1] ?? item[0] ?? n).from);
    }
  }
  return { type: "Dict", keys, values, ...at };
}

function member(cx: Cst, n: SyntaxNode, at: Pos): Expr {
  const [value, open, ...rest] = kids(n);
  if (is(open, ".")) {
    const attr = rest[0];
    if (!attr) throw errorAtTokenAfter(cx, "invalid syntax", open.to);
    return {
      type: "Attribute",
      value: expr(cx, value),
      attr: name(cx, attr).id,
      ctx: "Load",
      ...at,
    };
  }
  const body = rest.slice(0, -1);
  if (body.length === 1 && cx.placeholders.get(body[0].from) === body[0].to) {
    const slice = parseRegion(cx, body[0].from, body[0].to, "subscript");
    return { type: "Subscript", value: expr(cx, value), slice, ctx: "Load", ...at };
  }
  const { items, trailing } = splitAt(body);
  const parts = items.map((item) => subscriptItem(cx, item));
  const slice =
    parts.length === 1 && !trailing
      ? parts[0]
      : ({
          type: "Tuple",
          elts: parts,
          ctx: "Load",
          ...pos(cx, body[0], body[body.length - 1]),
        } as Expr);
  return { type: "Subscript", value: expr(cx, value), slice, ctx: "Load", ...at };
}

function subscriptItem(cx: Cst, item: SyntaxNode[]): Expr {
  if (!item.some((n) => is(n, ":"))) return element(cx, item);
  const parts: (SyntaxNode | null)[] = [null];
  for (const n of item) {
    if (is(n, ":")) parts.push(null);
    else if (parts[parts.length - 1] === null) parts[parts.length - 1] = n;
    else throw errorAtTokenAfter(cx, "invalid syntax", n.from);
  }
  if (parts.length > 3) throw errorAtTokenAfter(cx, "invalid syntax", item[item.length - 1].from);
  const bound = (p: SyntaxNode | null | undefined): Expr | null => (p ? expr(cx, p) : null);
  return {
    type: "Slice",
    lower: bound(parts[0]),
    upper: bound(parts[1]),
    step: bound(parts[2]),
    ...pos(cx, item[0], item[item.length - 1]),
  };
}

function namedExpr(cx: Cst, n: SyntaxNode, at: Pos): Expr {
  const [target, , value] = kids(n);
  const t = expr(cx, target);
  if (t.type !== "Name")
    throw errorAtNode(`cannot use assignment expressions with ${exprName(t)}`, t);
  return {
    type: "NamedExpr",
    target: setContext(t, "Store") as Name,
    value: expr(cx, value),
    ...at,
  };
}

function yieldExpr(cx: Cst, n: SyntaxNode, at: Pos): Expr {
  const [keyword, ...rest] = kids(n).filter((c) => !c.type.isError);
  if (is(rest[0], "from")) return { type: "YieldFrom", value: expr(cx, rest[1]), ...at };
  if (rest.length === 0) return { type: "Yield", value: null, ...pos(cx, keyword) };
  return { type: "Yield", value: expressionList(cx, rest), ...at };
}
