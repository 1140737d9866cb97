/**
 * Operator expressions. @lezer/python gets some precedences wrong (it reads
 * `not a == b and c` as `not ((a == b) and c)` and `await a ** b` as
 * `await (a ** b)`), so its operator nodes are flattened back into the
 * sequence of operands and operators and re-parsed with CPython's grammar:
 *
 *   disjunction: conjunction ('or' conjunction)*
 *   conjunction: inversion ('and' inversion)*
 *   inversion:   'not' inversion | comparison
 *   comparison:  bitwise_or (compare_op bitwise_or)*
 *   bitwise_or … term: left-associative binary levels
 *   factor:      ('+' | '-' | '~') factor | power
 *   power:       await_primary ['**' factor]
 */
import type { SyntaxNode } from "@lezer/common";
import type { BoolOpName, CmpOpName, Expr, OperatorName, UnaryOpName } from "./ast";
import { kids, pos, text, type Cst } from "./cst";
import { errorAtTokenAfter } from "./errors";

type Operand = { kind: "operand"; node: SyntaxNode };
type Operator = { kind: "op"; op: string; from: number; to: number };
type Item = Operand | Operator;

/** An expression with the span CPython uses for the node that contains it (parentheses included). */
interface Spanned {
  e: Expr;
  from: number;
  to: number;
}

const OPERATOR_NODES = new Set(["BinaryExpression", "UnaryExpression", "AwaitExpression"]);

const BINARY_LEVELS: Record<string, OperatorName>[] = [
  { "|": "BitOr" },
  { "^": "BitXor" },
  { "&": "BitAnd" },
  { "<<": "LShift", ">>": "RShift" },
  { "+": "Add", "-": "Sub" },
  { "*": "Mult", "/": "Div", "//": "FloorDiv", "%": "Mod", "@": "MatMult" },
];

const COMPARE_OPS: Record<string, CmpOpName> = {
  "==": "Eq",
  "!=": "NotEq",
  "<": "Lt",
  "<=": "LtE",
  ">": "Gt",
  ">=": "GtE",
  is: "Is",
  "is not": "IsNot",
  in: "In",
  "not in": "NotIn",
};

const PREFIX_OPS: Record<string, UnaryOpName> = { "+": "UAdd", "-": "USub", "~": "Invert" };

/** Whether lezer produced this node for an operator expression. */
export function isOperatorNode(n: SyntaxNode): boolean {
  return OPERATOR_NODES.has(n.name);
}

/** Convert a lezer operator expression; `operand` converts the leaves. */
export function convertOperators(cx: Cst, n: SyntaxNode, operand: (n: SyntaxNode) => Expr): Expr {
  const items: Item[] = [];
  flatten(cx, n, items);
  const p = new OperatorParser(cx, items, operand);
  const result = p.disjunction();
  if (p.i < items.length) p.fail();
  return result.e;
}

function flatten(cx: Cst, n: SyntaxNode, out: Item[]): void {
  const children = kids(n);
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (OPERATOR_NODES.has(c.name)) {
      flatten(cx, c, out);
    } else if (isOperatorToken(c)) {
      let op = text(cx, c);
      let to = c.to;
      const next = children[i + 1];
      if ((op === "not" && next?.name === "in") || (op === "is" && next?.name === "not")) {
        op = `${op} ${next.name}`;
        to = next.to;
        i++;
      }
      out.push({ kind: "op", op, from: c.from, to });
    } else {
      out.push({ kind: "operand", node: c });
    }
  }
}

function isOperatorToken(n: SyntaxNode): boolean {
  return ["ArithOp", "BitOp", "CompareOp", "and", "or", "not", "in", "is", "await"].includes(
    n.name,
  );
}

class OperatorParser {
  i = 0;

  constructor(
    private readonly cx: Cst,
    private readonly items: Item[],
    private readonly operand: (n: SyntaxNode) => Expr,
  ) {}

  fail(): never {
    const item = this.items[this.i] ?? this.items[this.items.length - 1];
    const at = item.kind === "op" ? item.from : item.node.from;
    throw errorAtTokenAfter(this.cx, "invalid syntax", at);
  }

  private peekOp(): string | null {
    const item = this.items[this.i];
    return item?.kind === "op" ? item.op : null;
  }

  private node(from: number, to: number, fields: object): Spanned {
    const e = { ...fields, ...pos(this.cx, { from, to }) } as Expr;
    return { e, from, to };
  }

  disjunction(): Spanned {
    return this.boolOp("or", "Or", () => this.conjunction());
  }

  private conjunction(): Spanned {
    return this.boolOp("and", "And", () => this.inversion());
  }

  private boolOp(word: string, op: BoolOpName, next: () => Spanned): Spanned {
    const first = next();
    const values = [first];
    while (this.peekOp() === word) {
      this.i++;
      values.push(next());
    }
    if (values.length === 1) return first;
    const last = values[values.length - 1];
    return this.node(first.from, last.to, { type: "BoolOp", op, values: values.map((v) => v.e) });
  }

  private inversion(): Spanned {
    const item = this.items[this.i];
    if (item?.kind === "op" && item.op === "not") {
      this.i++;
      const operand = this.inversion();
      return this.node(item.from, operand.to, { type: "UnaryOp", op: "Not", operand: operand.e });
    }
    return this.comparison();
  }

  private comparison(): Spanned {
    const left = this.binary(0);
    const ops: CmpOpName[] = [];
    const comparators: Spanned[] = [];
    for (let op = this.peekOp(); op !== null && op in COMPARE_OPS; op = this.peekOp()) {
      this.i++;
      ops.push(COMPARE_OPS[op]);
      comparators.push(this.binary(0));
    }
    if (ops.length === 0) return left;
    const last = comparators[comparators.length - 1];
    return this.node(left.from, last.to, {
      type: "Compare",
      left: left.e,
      ops,
      comparators: comparators.map((c) => c.e),
    });
  }

  private binary(level: number): Spanned {
    if (level === BINARY_LEVELS.length) return this.factor();
    let left = this.binary(level + 1);
    for (let op = this.peekOp(); op !== null && op in BINARY_LEVELS[level]; op = this.peekOp()) {
      this.i++;
      const right = this.binary(level + 1);
      left = this.node(left.from, right.to, {
        type: "BinOp",
        left: left.e,
        op: BINARY_LEVELS[level][op],
        right: right.e,
      });
    }
    return left;
  }

  private factor(): Spanned {
    const item = this.items[this.i];
    if (item?.kind === "op" && item.op in PREFIX_OPS) {
      this.i++;
      const operand = this.factor();
      return this.node(item.from, operand.to, {
        type: "UnaryOp",
        op: PREFIX_OPS[item.op],
        operand: operand.e,
      });
    }
    const base = this.awaitPrimary();
    if (this.peekOp() === "**") {
      this.i++;
      const exponent = this.factor();
      return this.node(base.from, exponent.to, {
        type: "BinOp",
        left: base.e,
        op: "Pow",
        right: exponent.e,
      });
    }
    return base;
  }

  private awaitPrimary(): Spanned {
    const item = this.items[this.i];
    if (item?.kind === "op" && item.op === "await") {
      this.i++;
      const operand = this.primary();
      return this.node(item.from, operand.to, { type: "Await", value: operand.e });
    }
    return this.primary();
  }

  private primary(): Spanned {
    const item = this.items[this.i];
    if (item?.kind !== "operand") this.fail();
    this.i++;
    return { e: this.operand(item.node), from: item.node.from, to: item.node.to };
  }
}
