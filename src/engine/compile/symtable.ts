/**
 * Scope analysis (CPython's symtable): decides for every name in every scope whether
 * it is a fast local, a cell, a free variable, a global, or a class-namespace name.
 */
import type * as A from "../parse/ast";
import { UnsupportedError } from "../errors";
import { PySyntaxError } from "../errors";

/** How a name is accessed in a scope. */
export type Binding = "local" | "cell" | "free" | "global_explicit" | "global_implicit" | "name";

/** One scope: module, class, function, lambda or comprehension. */
export class Scope {
  defs = new Set<string>();
  uses = new Set<string>();
  params: string[] = [];
  globals = new Set<string>();
  nonlocals = new Set<string>();
  children: Scope[] = [];
  /** Names captured by inner scopes (become cells). */
  cells = new Set<string>();
  frees = new Set<string>();
  isGenerator = false;
  /** Uses `super` or `__class__`: needs the implicit __class__ cell. */
  needsClassCell = false;
  constructor(
    public kind: "module" | "class" | "function",
    public name: string,
    public parent: Scope | null,
    public node: unknown,
  ) {}

  /** The binding of `name` in this scope (after `resolve`). */
  binding(name: string): Binding {
    if (this.kind === "module") return "global_implicit";
    if (this.globals.has(name)) return "global_explicit";
    if (this.kind === "class") {
      if (this.frees.has(name) && !this.defs.has(name)) return "free";
      return "name";
    }
    if (this.cells.has(name)) return "cell";
    if (this.frees.has(name)) return "free";
    if (this.defs.has(name)) return "local";
    return "global_implicit";
  }
}

/** Build and resolve the scope tree of a module; `scopes` maps AST nodes to scopes. */
export function buildScopes(mod: A.Module): Map<unknown, Scope> {
  const map = new Map<unknown, Scope>();
  const top = new Scope("module", "<module>", null, mod);
  map.set(mod, top);
  new Visitor(map).stmts(mod.body, top);
  resolve(top);
  return map;
}

function resolve(s: Scope): void {
  for (const c of s.children) resolve(c);
  // Free variables of children must be found in an enclosing function scope.
  for (const c of s.children) {
    for (const name of c.frees) {
      if (s.kind === "function") {
        if (s.defs.has(name) && !s.globals.has(name) && !s.nonlocals.has(name)) s.cells.add(name);
        else s.frees.add(name);
      } else if (s.kind === "class") {
        if (name === "__class__") s.cells.add(name);
        else s.frees.add(name); // passes through the class to an outer function
      }
    }
  }
  if (s.kind === "function") {
    if (s.needsClassCell && insideClass(s)) s.frees.add("__class__");
    for (const name of s.uses) {
      if (s.defs.has(name) || s.globals.has(name)) continue;
      if (enclosingBinds(s.parent, name)) s.frees.add(name);
    }
    for (const name of s.nonlocals) {
      s.frees.add(name);
    }
  } else if (s.kind === "class") {
    for (const name of s.uses) {
      if (s.defs.has(name) || s.globals.has(name)) continue;
      if (enclosingBinds(s.parent, name)) s.frees.add(name);
    }
  }
}

/** Is `s` nested (at any depth) in a class body? Only then does super() get a __class__ cell. */
function insideClass(s: Scope): boolean {
  for (let p = s.parent; p; p = p.parent) if (p.kind === "class") return true;
  return false;
}

function enclosingBinds(s: Scope | null, name: string): boolean {
  for (let p = s; p; p = p.parent) {
    if (p.kind === "module") return false;
    if (p.kind === "class") continue;
    if (p.globals.has(name)) return false;
    if (p.defs.has(name) || p.nonlocals.has(name)) return true;
  }
  return false;
}

class Visitor {
  constructor(private map: Map<unknown, Scope>) {}

  private child(kind: "class" | "function", name: string, parent: Scope, node: unknown): Scope {
    const s = new Scope(kind, name, parent, node);
    parent.children.push(s);
    this.map.set(node, s);
    return s;
  }

  stmts(body: A.Stmt[], s: Scope): void {
    for (const st of body) this.stmt(st, s);
  }

  private args(a: A.Arguments, outer: Scope, inner: Scope): void {
    for (const d of a.defaults) this.expr(d, outer);
    for (const d of a.kw_defaults) if (d) this.expr(d, outer);
    const all = [...a.posonlyargs, ...a.args];
    if (a.vararg) all.push(a.vararg);
    all.push(...a.kwonlyargs);
    if (a.kwarg) all.push(a.kwarg);
    for (const p of all) {
      if (p.annotation) this.expr(p.annotation, outer);
      inner.params.push(p.arg);
      inner.defs.add(p.arg);
    }
  }

  private stmt(st: A.Stmt, s: Scope): void {
    switch (st.type) {
      case "FunctionDef": {
        if (st.is_async)
          throw new UnsupportedError("`async def` (asyncio is not simulated)", st.lineno);
        for (const d of st.decorator_list) this.expr(d, s);
        if (st.returns) this.expr(st.returns, s);
        this.def(st.name, s);
        const f = this.child("function", st.name, s, st);
        this.args(st.args, s, f);
        this.stmts(st.body, f);
        return;
      }
      case "ClassDef": {
        for (const d of st.decorator_list) this.expr(d, s);
        for (const b of st.bases) this.expr(b, s);
        for (const k of st.keywords) this.expr(k.value, s);
        this.def(st.name, s);
        const c = this.child("class", st.name, s, st);
        this.stmts(st.body, c);
        return;
      }
      case "Return":
        if (st.value) this.expr(st.value, s);
        return;
      case "Delete":
        for (const t of st.targets) this.target(t, s);
        return;
      case "Assign":
        this.expr(st.value, s);
        for (const t of st.targets) this.target(t, s);
        return;
      case "AugAssign":
        this.expr(st.value, s);
        if (st.target.type === "Name") {
          s.uses.add(st.target.id);
          this.def(st.target.id, s);
        } else this.expr(st.target, s);
        return;
      case "AnnAssign":
        if (st.value) this.expr(st.value, s);
        if (st.target.type === "Name") this.def(st.target.id, s);
        else this.expr(st.target, s);
        if (s.kind !== "function") this.expr(st.annotation, s);
        return;
      case "For":
        if (st.is_async) throw new UnsupportedError("`async for`", st.lineno);
        this.expr(st.iter, s);
        this.target(st.target, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case "While":
      case "If":
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case "With":
        if (st.is_async) throw new UnsupportedError("`async with`", st.lineno);
        for (const it of st.items) {
          this.expr(it.context_expr, s);
          if (it.optional_vars) this.target(it.optional_vars, s);
        }
        this.stmts(st.body, s);
        return;
      case "Raise":
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return;
      case "Try":
        this.stmts(st.body, s);
        for (const h of st.handlers) {
          if (h.exc_type) this.expr(h.exc_type, s);
          if (h.name) this.def(h.name, s);
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        return;
      case "Assert":
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        return;
      case "Import":
        for (const a of st.names) this.def(a.asname ?? a.name.split(".")[0], s);
        return;
      case "ImportFrom":
        for (const a of st.names) {
          if (a.name === "*") {
            if (s.kind !== "module")
              throw new PySyntaxError(
                "import * only allowed at module level",
                st.lineno,
                st.col_offset + 1,
              );
            continue;
          }
          this.def(a.asname ?? a.name, s);
        }
        return;
      case "Global":
        for (const n of st.names) {
          if (s.params.includes(n))
            throw new PySyntaxError(
              `name '${n}' is parameter and global`,
              st.lineno,
              st.col_offset + 1,
            );
          s.globals.add(n);
        }
        return;
      case "Nonlocal":
        if (s.kind !== "function")
          throw new PySyntaxError(
            "nonlocal declaration not allowed at module level",
            st.lineno,
            st.col_offset + 1,
          );
        for (const n of st.names) {
          if (!enclosingBinds(s.parent, n))
            throw new PySyntaxError(
              `no binding for nonlocal '${n}' found`,
              st.lineno,
              st.col_offset + 1,
            );
          s.nonlocals.add(n);
        }
        return;
      case "Expr":
        this.expr(st.value, s);
        return;
      case "Pass":
      case "Break":
      case "Continue":
        return;
    }
  }

  private def(name: string, s: Scope): void {
    if (s.nonlocals.has(name)) return;
    s.defs.add(name);
  }

  private target(t: A.Expr, s: Scope): void {
    switch (t.type) {
      case "Name":
        this.def(t.id, s);
        if (t.ctx === "Del") s.uses.add(t.id);
        return;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.target(e, s);
        return;
      case "Starred":
        this.target(t.value, s);
        return;
      default:
        this.expr(t, s);
    }
  }

  private comprehension(
    node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
    parts: A.Expr[],
    s: Scope,
  ): void {
    const gens = node.generators;
    // The first iterable is evaluated in the enclosing scope (CPython semantics).
    this.expr(gens[0].iter, s);
    const name = {
      ListComp: "<listcomp>",
      SetComp: "<setcomp>",
      DictComp: "<dictcomp>",
      GeneratorExp: "<genexpr>",
    }[node.type];
    const c = this.child("function", name, s, node);
    c.params.push(".0");
    c.defs.add(".0");
    if (node.type === "GeneratorExp") c.isGenerator = true;
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, c);
      this.target(g.target, c);
      for (const cond of g.ifs) this.expr(cond, c);
    });
    for (const p of parts) this.expr(p, c);
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.type) {
      case "Name":
        if (e.ctx === "Load") {
          s.uses.add(e.id);
          if (e.id === "super" && s.kind === "function") this.markClassCell(s);
        } else this.def(e.id, s);
        return;
      case "NamedExpr": {
        this.expr(e.value, s);
        // The walrus target binds in the nearest non-comprehension scope.
        let t = s;
        while (t.kind === "function" && t.params.includes(".0") && t.parent) t = t.parent;
        if (t !== s) {
          this.def(e.target.id, t);
          s.frees.add(e.target.id);
          s.uses.add(e.target.id);
        } else this.def(e.target.id, s);
        return;
      }
      case "Lambda": {
        for (const d of e.args.defaults) this.expr(d, s);
        for (const d of e.args.kw_defaults) if (d) this.expr(d, s);
        const f = this.child("function", "<lambda>", s, e);
        this.args({ ...e.args, defaults: [], kw_defaults: [] }, s, f);
        this.expr(e.body, f);
        return;
      }
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        this.comprehension(e, [e.elt], s);
        return;
      case "DictComp":
        this.comprehension(e, [e.key, e.value], s);
        return;
      case "Yield":
      case "YieldFrom":
        if (s.kind !== "function")
          throw new PySyntaxError("'yield' outside function", e.lineno, e.col_offset + 1);
        s.isGenerator = true;
        if (e.value) this.expr(e.value, s);
        return;
      case "Await":
        throw new UnsupportedError("`await` (asyncio is not simulated)", e.lineno);
      default:
        for (const child of children(e)) this.expr(child, s);
    }
  }

  private markClassCell(s: Scope): void {
    // super() needs the enclosing class's __class__ cell.
    s.uses.add("__class__");
    s.needsClassCell = true;
  }
}

/** Direct sub-expressions of an expression (for nodes without scope effects). */
function children(e: A.Expr): A.Expr[] {
  switch (e.type) {
    case "BoolOp":
      return e.values;
    case "BinOp":
      return [e.left, e.right];
    case "UnaryOp":
      return [e.operand];
    case "IfExp":
      return [e.test, e.body, e.orelse];
    case "Dict":
      return [...(e.keys.filter((k) => k !== null) as A.Expr[]), ...e.values];
    case "Set":
    case "List":
    case "Tuple":
      return e.elts;
    case "Compare":
      return [e.left, ...e.comparators];
    case "Call":
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case "FormattedValue":
      return e.format_spec ? [e.value, e.format_spec] : [e.value];
    case "JoinedStr":
      return e.values;
    case "Attribute":
    case "Starred":
      return [e.value];
    case "Subscript":
      return [e.value, e.slice];
    case "Slice":
      return [e.lower, e.upper, e.step].filter((x) => x !== null) as A.Expr[];
    default:
      return [];
  }
}
