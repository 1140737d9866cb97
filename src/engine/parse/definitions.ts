/**
 * `def`, `class` and decorators.
 */
import type { SyntaxNode } from "@lezer/common";
import { UnsupportedError } from "../errors";
import type { Expr, Stmt } from "./ast";
import { block, clausesOf, span, type Clause } from "./blocks";
import { annotationOf, callArguments, functionArguments } from "./calls";
import { is, kids, pos, type Cst } from "./cst";
import { errorAtTokenAfter } from "./errors";
import { name } from "./expressions";
import { checkErrors } from "./statements";
import { parseRegion } from "./subparse";

/** A function definition clause (`def` or `async def`). */
export function functionDef(cx: Cst, c: Clause, decorators: Expr[]): Stmt {
  checkErrors(cx, c.header);
  const [nameNode, ...rest] = c.header;
  if (rest.some((h) => h.name === "TypeParamList"))
    throw new UnsupportedError("type parameter lists", pos(cx, c.start).lineno);
  const params = rest.find((h) => h.name === "ParamList");
  if (!nameNode || !params) throw errorAtTokenAfter(cx, "invalid syntax", c.start.to);
  const args = functionArguments(cx, params);
  const typeDef = rest.find((h) => h.name === "TypeDef");
  const returns = typeDef ? annotationOf(cx, typeDef) : null;
  const body = block(cx, c);
  const at = span(cx, c.start, body);
  const isAsync = is(c.start, "async");
  return {
    type: "FunctionDef",
    name: name(cx, nameNode).id,
    args,
    body,
    decorator_list: decorators,
    returns,
    is_async: isAsync,
    ...at,
  };
}

/** A class definition clause. */
export function classDef(cx: Cst, c: Clause, decorators: Expr[]): Stmt {
  checkErrors(cx, c.header);
  const [nameNode, ...rest] = c.header;
  if (rest.some((h) => h.name === "TypeParamList"))
    throw new UnsupportedError("type parameter lists", pos(cx, c.start).lineno);
  const argList = rest.find((h) => h.name === "ArgList");
  const { args, keywords } = argList
    ? callArguments(cx, argList, false)
    : { args: [], keywords: [] };
  const body = block(cx, c);
  return {
    type: "ClassDef",
    name: name(cx, nameNode).id,
    bases: args,
    keywords,
    body,
    decorator_list: decorators,
    ...span(cx, c.start, body),
  };
}

/** A decorated `def` or `class`. */
export function decorated(cx: Cst, n: SyntaxNode): Stmt {
  const parts = kids(n);
  const decorators: Expr[] = [];
  for (const d of parts.filter((p) => p.name === "Decorator")) {
    checkErrors(cx, [d]);
    const target = kids(d).find((k) => cx.placeholders.get(k.from) === k.to);
    if (!target) throw errorAtTokenAfter(cx, "invalid syntax", d.from);
    decorators.push(parseRegion(cx, target.from, target.to, "bare"));
  }
  const def = parts.find((p) => p.name === "FunctionDefinition" || p.name === "ClassDefinition");
  checkErrors(
    cx,
    parts.filter((p) => p.name !== "Decorator" && p !== def),
  );
  if (!def) throw errorAtTokenAfter(cx, "invalid syntax", n.to);
  const { clauses, leading, trailing } = clausesOf(kids(def));
  checkErrors(cx, leading);
  if (clauses.length === 0 || leading.length > 0) {
    throw errorAtTokenAfter(cx, "invalid syntax", def.from);
  }
  const result =
    def.name === "FunctionDefinition"
      ? functionDef(cx, clauses[0], decorators)
      : classDef(cx, clauses[0], decorators);
  checkErrors(cx, trailing);
  return result;
}
