/**
 * Compound statements as lezer gives them: keywords, header parts and bodies
 * of all clauses as flat siblings. Here they are regrouped into clauses, and
 * bodies are converted.
 */
import type { SyntaxNode } from "@lezer/common";
import type { Pos, Stmt } from "./ast";
import { is, kids, pos, type Cst } from "./cst";
import { errorAtTokenAfter } from "./errors";
import { checkErrors, statements } from "./statements";

const CLAUSE_KEYWORDS = new Set([
  "if",
  "elif",
  "else",
  "while",
  "for",
  "try",
  "except",
  "finally",
  "with",
  "def",
  "class",
]);

/** One clause: its keyword (with a leading `async`), the header parts and the body. */
export interface Clause {
  start: SyntaxNode;
  keyword: string;
  header: SyntaxNode[];
  body: SyntaxNode | null;
}

/** Group a compound statement's children into clauses; `trailing` is what follows the last body. */
export function clausesOf(nodes: SyntaxNode[]): {
  clauses: Clause[];
  leading: SyntaxNode[];
  trailing: SyntaxNode[];
} {
  const clauses: Clause[] = [];
  let current: Clause | null = null;
  let pendingAsync: SyntaxNode | null = null;
  const leading: SyntaxNode[] = [];
  const trailing: SyntaxNode[] = [];
  for (const n of nodes) {
    if (is(n, "async") && !current?.header.length) {
      pendingAsync = n;
      continue;
    }
    if (CLAUSE_KEYWORDS.has(n.name) && (!current || current.body)) {
      current = { start: pendingAsync ?? n, keyword: n.name, header: [], body: null };
      pendingAsync = null;
      clauses.push(current);
    } else if (n.name === "Body" && current && !current.body) {
      current.body = n;
    } else if (current && !current.body) {
      current.header.push(n);
    } else {
      (current ? trailing : leading).push(n);
    }
  }
  return { clauses, leading, trailing };
}

/** Convert a clause's body (after checking its header for lezer errors). */
export function block(cx: Cst, clause: Clause): Stmt[] {
  checkErrors(cx, clause.header);
  const body = clause.body;
  if (!body)
    throw errorAtTokenAfter(
      cx,
      "invalid syntax",
      (clause.header[clause.header.length - 1] ?? clause.start).to,
    );
  const parts = kids(body);
  if (!is(parts[0], ":")) throw errorAtTokenAfter(cx, "expected ':'", body.from);
  const out = statements(cx, parts.slice(1));
  if (out.length === 0) throw errorAtTokenAfter(cx, "invalid syntax", body.to);
  return out;
}

/** The position of a compound statement: from its first keyword to the end of its last body. */
export function span(cx: Cst, start: SyntaxNode, body: Stmt[]): Pos {
  const from = pos(cx, start);
  const last = body[body.length - 1];
  return {
    lineno: from.lineno,
    col_offset: from.col_offset,
    end_lineno: last.end_lineno,
    end_col_offset: last.end_col_offset,
  };
}
