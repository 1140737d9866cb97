/** object, type, exceptions, property/staticmethod/classmethod, functions: constructors and attributes. */
import { defGetter, defSetter, genericSetAttr } from "../runtime/attrs";
import { newDict } from "../runtime/containers";
import {
  BaseException,
  PyBaseException,
  StopIteration,
  SystemExit,
  typeError,
  AttributeError,
  NameError,
  ImportError,
} from "../runtime/exceptions";
import { PyFunction } from "../runtime/function";
import { PyTraceback, tracebackOf, TracebackType } from "../runtime/exceptions";
import {
  PyBuiltin,
  PyMethod,
  PyModule,
  PyProperty,
  PyType,
  PyWrapperDescr,
  type Ctx,
  type PyValue,
} from "../runtime/object";
import { builtinRepr, exceptionArgsStr, hash, repr, str } from "../runtime/ops";
import {
  BuiltinFunctionType,
  ClassMethodType,
  defMethod,
  FunctionType,
  MethodType,
  ModuleType,
  newTuple,
  None,
  NotImplemented,
  ObjectType,
  PropertyType,
  StaticMethodType,
  TypeType,
  typeOf,
} from "../runtime/types";
import { arity } from "./args";

let done = false;
/** Install methods and attributes of the fundamental types (idempotent). */
export function installObjectTypes(): void {
  if (done) return;
  done = true;

  defMethod(ObjectType, "__new__", (ctx, a) => {
    const cls = a[0];
    if (!(cls instanceof PyType)) throw typeError("object.__new__(X): X is not a type object");
    return cls.alloc ? cls.alloc(cls) : ObjectType.alloc!(cls);
  });
  defMethod(ObjectType, "__init__", () => None);
  // Called explicitly (super().__repr__()), so they must not dispatch back to the subclass's own method.
  defMethod(ObjectType, "__repr__", (ctx, a) =>
    typeof a[0] === "object" ? builtinRepr(ctx, a[0]) : repr(ctx, a[0]),
  );
  defMethod(ObjectType, "__str__", (ctx, a) => repr(ctx, a[0]));
  defMethod(ObjectType, "__eq__", (ctx, a) => (a[0] === a[1] ? true : NotImplemented));
  defMethod(ObjectType, "__ne__", (ctx, a) => (a[0] === a[1] ? false : NotImplemented));
  defMethod(ObjectType, "__hash__", (ctx, a) => hash(ctx, a[0]));
  defMethod(ObjectType, "__setattr__", (ctx, a) => {
    genericSetAttr(a[0], a[1] as string, a[2]);
    return None;
  });
  defMethod(ObjectType, "__format__", (ctx, a) => {
    if (a[1] !== "")
      throw typeError(`unsupported format string passed to ${typeOf(a[0]).name}.__format__`);
    return str(ctx, a[0]);
  });
  ObjectType.ns.set(
    "__init_subclass__",
    new PyWrapperDescr(
      ClassMethodType,
      new PyBuiltin(BuiltinFunctionType, "__init_subclass__", () => None),
    ),
  );
  defGetter(ObjectType, "__class__", (ctx, o) => typeOf(o));
  defGetter(ObjectType, "__dict__", (ctx, o) => {
    if (typeof o !== "object" || o.dict === null) return undefined;
    const d = newDict();
    for (const [k, v] of o.dict) d.table.set(ctx, k, v);
    return d;
  });
  defGetter(ObjectType, "__doc__", () => None);

  // type
  defGetter(TypeType, "__name__", (ctx, t) => (t as PyType).name);
  defGetter(TypeType, "__qualname__", (ctx, t) => (t as PyType).qualname);
  defGetter(TypeType, "__module__", (ctx, t) => (t as PyType).module);
  defGetter(TypeType, "__mro__", (ctx, t) => newTuple((t as PyType).mro));
  defGetter(TypeType, "__bases__", (ctx, t) => newTuple((t as PyType).bases));
  defGetter(TypeType, "__base__", (ctx, t) => (t as PyType).bases[0] ?? None);
  defGetter(TypeType, "__dict__", (ctx, t) => {
    const d = newDict();
    for (const [k, v] of (t as PyType).ns) d.table.set(ctx, k, v);
    return d;
  });
  defMethod(TypeType, "mro", (ctx, a) => newList((a[0] as PyType).mro));
  defMethod(TypeType, "__subclasses__", () => newList([]));
  defSetter(TypeType, "__name__", (ctx, t, v) => {
    (t as PyType).name = v as string;
  });
  defSetter(TypeType, "__qualname__", (ctx, t, v) => {
    (t as PyType).qualname = v as string;
  });

  // functions and methods
  const fnGet = (name: string, f: (fn: PyFunction) => PyValue) =>
    defGetter(FunctionType, name, (ctx, o) => f(o as PyFunction));
  fnGet("__name__", (f) => f.name);
  fnGet("__qualname__", (f) => f.qualname);
  fnGet("__module__", (f) => f.module);
  fnGet("__doc__", (f) => f.code.docstring ?? None);
  fnGet("__defaults__", (f) => (f.defaults.length ? newTuple(f.defaults) : None));
  fnGet("__globals__", () => None);
  fnGet("__closure__", (f) => (f.closure.length ? newTuple(f.closure) : None));
  fnGet("__kwdefaults__", (f) => {
    if (!f.kwdefaults || f.kwdefaults.size === 0) return None;
    const d = newDict();
    for (const [k, v] of f.kwdefaults) d.table.set(null as never, k, v);
    return d;
  });
  defSetter(FunctionType, "__name__", (ctx, o, v) => {
    (o as PyFunction).name = v as string;
  });
  defSetter(FunctionType, "__qualname__", (ctx, o, v) => {
    (o as PyFunction).qualname = v as string;
  });
  defGetter(MethodType, "__self__", (ctx, m) => (m as PyMethod).self);
  defGetter(MethodType, "__func__", (ctx, m) => (m as PyMethod).fn);
  defGetter(MethodType, "__name__", (ctx, m) => attrOf(ctx, (m as PyMethod).fn, "__name__"));
  defGetter(MethodType, "__qualname__", (ctx, m) =>
    attrOf(ctx, (m as PyMethod).fn, "__qualname__"),
  );
  defGetter(BuiltinFunctionType, "__name__", (ctx, f) => (f as PyBuiltin).name);
  defGetter(BuiltinFunctionType, "__qualname__", (ctx, f) => {
    const b = f as PyBuiltin;
    return b.owner ? `${b.owner}.${b.name}` : b.name;
  });
  defGetter(BuiltinFunctionType, "__self__", (ctx, f) => (f as PyBuiltin).self ?? None);
  defGetter(ModuleType, "__name__", (ctx, m) => (m as PyModule).name);

  // property, staticmethod, classmethod
  defMethod(PropertyType, "__new__", (ctx, a, kw) => {
    const get = (i: number, k: string) => a[i] ?? kw?.get(k) ?? None;
    return new PyProperty(
      PropertyType,
      get(1, "fget"),
      get(2, "fset"),
      get(3, "fdel"),
      get(4, "doc"),
    );
  });
  const withPart = (which: "fget" | "fset" | "fdel") => (ctx: Ctx, a: PyValue[]) => {
    const p = a[0] as PyProperty;
    const q = new PyProperty(p.cls, p.fget, p.fset, p.fdel, p.doc);
    q[which] = a[1];
    return q;
  };
  defMethod(PropertyType, "getter", withPart("fget"));
  defMethod(PropertyType, "setter", withPart("fset"));
  defMethod(PropertyType, "deleter", withPart("fdel"));
  defGetter(PropertyType, "fget", (ctx, p) => (p as PyProperty).fget ?? None);
  defGetter(PropertyType, "fset", (ctx, p) => (p as PyProperty).fset ?? None);
  defGetter(PropertyType, "__doc__", (ctx, p) => {
    const pp = p as PyProperty;
    if (pp.doc !== null && pp.doc !== None) return pp.doc;
    return pp.fget instanceof PyFunction ? (pp.fget.code.docstring ?? None) : None;
  });
  for (const t of [StaticMethodType, ClassMethodType]) {
    defMethod(t, "__new__", (ctx, a) => {
      arity(t.name, a.slice(1), 1);
      return new PyWrapperDescr(t, a[1]);
    });
    defGetter(t, "__func__", (ctx, w) => (w as PyWrapperDescr).fn);
    defGetter(t, "__wrapped__", (ctx, w) => (w as PyWrapperDescr).fn);
  }
  defMethod(StaticMethodType, "__call__", (ctx, a, kw) =>
    ctx.call((a[0] as PyWrapperDescr).fn, a.slice(1), kw),
  );

  // exceptions
  defMethod(BaseException, "__new__", (ctx, a) => {
    const cls = a[0] as PyType;
    const e = cls.alloc!(cls) as PyBaseException;
    e.args = a.slice(1);
    return e;
  });
  defMethod(BaseException, "__init__", (ctx, a) => {
    (a[0] as PyBaseException).args = a.slice(1);
    return None;
  });
  defMethod(BaseException, "__str__", (ctx, a) => exceptionArgsStr(ctx, a[0] as PyBaseException));
  defMethod(BaseException, "with_traceback", (ctx, a) => a[0]);
  defMethod(BaseException, "add_note", (ctx, a) => {
    void a;
    return None;
  });
  const exc = (o: PyValue) => o as PyBaseException;
  defGetter(BaseException, "args", (ctx, o) => newTuple(exc(o).args));
  defSetter(BaseException, "args", (ctx, o, v) => {
    exc(o).args = toArr(v);
  });
  defGetter(BaseException, "__cause__", (ctx, o) => exc(o).cause ?? None);
  defSetter(BaseException, "__cause__", (ctx, o, v) => {
    exc(o).cause = v === None ? null : (v as PyBaseException);
    exc(o).suppressContext = true;
  });
  defGetter(BaseException, "__context__", (ctx, o) => exc(o).context ?? None);
  defSetter(BaseException, "__context__", (ctx, o, v) => {
    exc(o).context = v === None ? null : (v as PyBaseException);
  });
  defGetter(BaseException, "__suppress_context__", (ctx, o) => exc(o).suppressContext);
  defSetter(BaseException, "__suppress_context__", (ctx, o, v) => {
    exc(o).suppressContext = v === true;
  });
  defGetter(BaseException, "__traceback__", (ctx, o) => tracebackOf(exc(o)));
  const tb = (o: PyValue) => o as PyTraceback;
  defGetter(TracebackType, "tb_lineno", (ctx, o) => tb(o).exc.traceback[tb(o).index].lineno);
  defGetter(TracebackType, "tb_next", (ctx, o) =>
    tb(o).index + 1 < tb(o).exc.traceback.length
      ? new PyTraceback(tb(o).exc, tb(o).index + 1)
      : None,
  );
  defGetter(TracebackType, "tb_frame", () => None);
  defGetter(StopIteration, "value", (ctx, o) => exc(o).args[0] ?? None);
  defGetter(SystemExit, "code", (ctx, o) => {
    const a = exc(o).args;
    return a.length === 0 ? None : a.length === 1 ? a[0] : newTuple(a);
  });
  defGetter(AttributeError, "name", (ctx, o) => exc(o).extra?.get("name") ?? None);
  defGetter(AttributeError, "obj", (ctx, o) => exc(o).extra?.get("obj") ?? None);
  defGetter(ImportError, "name", (ctx, o) => exc(o).extra?.get("name") ?? None);
  defGetter(ImportError, "path", () => None);
  defGetter(NameError, "name", (ctx, o) => exc(o).extra?.get("name") ?? None);
}

function attrOf(ctx: Ctx, f: PyValue, name: string): PyValue {
  if (f instanceof PyFunction) return name === "__name__" ? f.name : f.qualname;
  if (f instanceof PyBuiltin) return f.name;
  return None;
}

function toArr(v: PyValue): PyValue[] {
  if (typeof v === "object" && "items" in v)
    return (v as unknown as { items: PyValue[] }).items.slice();
  return [v];
}

import { newList } from "../runtime/types";
