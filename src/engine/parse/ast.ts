/**
 * Typed Python AST. Node kinds and field names mirror CPython's `ast` module
 * (see `python3 -c "import ast; print(ast.dump(ast.parse(src)))"`), so the
 * parser can be checked against CPython and the compiler reads like CPython's.
 *
 * Differences from CPython's `ast`:
 * - `type` holds the node class name (`"BinOp"`), operators are plain strings.
 * - positions are 1-based lines and 0-based columns in UTF-16 code units
 *   (CPython counts UTF-8 bytes; they agree for ASCII source).
 * - `Constant.value` is a tagged union (ints are bigint, floats number).
 */

/** Source position carried by every statement and expression. */
export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** The value of a `Constant` node. */
export type ConstValue =
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "complex"; imag: number }
  | { kind: "str"; value: string }
  | { kind: "bytes"; value: Uint8Array }
  | { kind: "bool"; value: boolean }
  | { kind: "None" }
  | { kind: "Ellipsis" };

export type ExprContext = "Load" | "Store" | "Del";
export type BoolOpName = "And" | "Or";
export type OperatorName =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";
export type UnaryOpName = "Invert" | "Not" | "UAdd" | "USub";
export type CmpOpName =
  "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

/** A whole program. */
export interface Module {
  type: "Module";
  body: Stmt[];
}

/** One parameter of a function or lambda. */
export interface Arg extends Pos {
  type: "arg";
  arg: string;
  annotation: Expr | null;
}

/** The parameter list of a function or lambda, as in CPython's `ast.arguments`. */
export interface Arguments {
  type: "arguments";
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null where there is no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults for the last `defaults.length` of posonlyargs + args. */
  defaults: Expr[];
}

/** `name=value` in a call, or `**value` when arg is null. */
export interface Keyword extends Pos {
  type: "keyword";
  arg: string | null;
  value: Expr;
}

/** `import a.b as c` → name "a.b", asname "c". */
export interface Alias extends Pos {
  type: "alias";
  name: string;
  asname: string | null;
}

/** One item of a `with` statement. */
export interface WithItem {
  type: "withitem";
  context_expr: Expr;
  optional_vars: Expr | null;
}

/** One `except` clause. */
export interface ExceptHandler extends Pos {
  type: "ExceptHandler";
  exc_type: Expr | null; // CPython calls this field `type`; renamed to keep `type` the tag
  name: string | null;
  body: Stmt[];
}

/** One `for ... in ... if ...` part of a comprehension. */
export interface Comprehension {
  type: "comprehension";
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: 0 | 1;
}

/** Statements. */
export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface FunctionDef extends Pos {
  type: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  is_async: boolean;
}
export interface ClassDef extends Pos {
  type: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}
export interface Return extends Pos {
  type: "Return";
  value: Expr | null;
}
export interface Delete extends Pos {
  type: "Delete";
  targets: Expr[];
}
export interface Assign extends Pos {
  type: "Assign";
  targets: Expr[];
  value: Expr;
}
export interface AugAssign extends Pos {
  type: "AugAssign";
  target: Expr;
  op: OperatorName;
  value: Expr;
}
export interface AnnAssign extends Pos {
  type: "AnnAssign";
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: 0 | 1;
}
export interface For extends Pos {
  type: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  is_async: boolean;
}
export interface While extends Pos {
  type: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface If extends Pos {
  type: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface With extends Pos {
  type: "With";
  items: WithItem[];
  body: Stmt[];
  is_async: boolean;
}
export interface Raise extends Pos {
  type: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}
export interface Try extends Pos {
  type: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Pos {
  type: "Assert";
  test: Expr;
  msg: Expr | null;
}
export interface Import extends Pos {
  type: "Import";
  names: Alias[];
}
export interface ImportFrom extends Pos {
  type: "ImportFrom";
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends Pos {
  type: "Global";
  names: string[];
}
export interface Nonlocal extends Pos {
  type: "Nonlocal";
  names: string[];
}
/** An expression statement (CPython's `ast.Expr`). */
export interface ExprStmt extends Pos {
  type: "Expr";
  value: Expr;
}
export interface Pass extends Pos {
  type: "Pass";
}
export interface Break extends Pos {
  type: "Break";
}
export interface Continue extends Pos {
  type: "Continue";
}

/** Expressions. */
export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | DictExpr
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | ListExpr
  | TupleExpr
  | Slice;

export interface BoolOp extends Pos {
  type: "BoolOp";
  op: BoolOpName;
  values: Expr[];
}
export interface NamedExpr extends Pos {
  type: "NamedExpr";
  target: Name;
  value: Expr;
}
export interface BinOp extends Pos {
  type: "BinOp";
  left: Expr;
  op: OperatorName;
  right: Expr;
}
export interface UnaryOp extends Pos {
  type: "UnaryOp";
  op: UnaryOpName;
  operand: Expr;
}
export interface Lambda extends Pos {
  type: "Lambda";
  args: Arguments;
  body: Expr;
}
export interface IfExp extends Pos {
  type: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}
/** `{k: v, **m}`: a null key marks `**m`. */
export interface DictExpr extends Pos {
  type: "Dict";
  keys: (Expr | null)[];
  values: Expr[];
}
export interface SetExpr extends Pos {
  type: "Set";
  elts: Expr[];
}
export interface ListComp extends Pos {
  type: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}
export interface SetComp extends Pos {
  type: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Pos {
  type: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends Pos {
  type: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}
export interface Await extends Pos {
  type: "Await";
  value: Expr;
}
export interface Yield extends Pos {
  type: "Yield";
  value: Expr | null;
}
export interface YieldFrom extends Pos {
  type: "YieldFrom";
  value: Expr;
}
export interface Compare extends Pos {
  type: "Compare";
  left: Expr;
  ops: CmpOpName[];
  comparators: Expr[];
}
export interface Call extends Pos {
  type: "Call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}
/** `{value!conversion:format_spec}` inside an f-string; conversion is -1, 115 ('s'), 114 ('r') or 97 ('a'). */
export interface FormattedValue extends Pos {
  type: "FormattedValue";
  value: Expr;
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos {
  type: "JoinedStr";
  values: (Constant | FormattedValue)[];
}
export interface Constant extends Pos {
  type: "Constant";
  value: ConstValue;
}
export interface Attribute extends Pos {
  type: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}
export interface Subscript extends Pos {
  type: "Subscript";
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}
export interface Starred extends Pos {
  type: "Starred";
  value: Expr;
  ctx: ExprContext;
}
export interface Name extends Pos {
  type: "Name";
  id: string;
  ctx: ExprContext;
}
export interface ListExpr extends Pos {
  type: "List";
  elts: Expr[];
  ctx: ExprContext;
}
export interface TupleExpr extends Pos {
  type: "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}
export interface Slice extends Pos {
  type: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}
