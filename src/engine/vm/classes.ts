/** Calling a class (instantiation) and building a class from its body (`class` statement). */
import { newDict, type PyDict } from "../runtime/containers";
import { typeError } from "../runtime/exceptions";
import { PyFunction } from "../runtime/function";
import {
  MroError,
  PyBuiltin,
  PyObject,
  PyType,
  PyWrapperDescr,
  typeEpoch,
  type PyValue,
} from "../runtime/object";
import {
  ClassMethodType,
  newTuple,
  None,
  ObjectType,
  StaticMethodType,
  TypeType,
  typeOf,
} from "../runtime/types";
import { Ret, type Frame } from "./frame";
import type { Interp } from "./interpreter";

/** Types that cannot be subclassed (CPython's "not an acceptable base type"). */
const FINAL = new Set([
  "bool",
  "NoneType",
  "function",
  "builtin_function_or_method",
  "range",
  "slice",
  "generator",
]);

/** cls(*args, **kwargs): returns the instance, or undefined when an `__init__` frame was pushed. */
export function callType(
  interp: Interp,
  cls: PyType,
  args: PyValue[],
  kwargs: Map<string, PyValue> | null,
): PyValue | undefined {
  if (cls === TypeType) {
    if (args.length === 1 && !kwargs) return typeOf(args[0]);
    if (args.length === 3) return typeCall3(interp, args);
    throw typeError("type() takes 1 or 3 arguments");
  }
  const meta = typeOf(cls);
  if (meta !== TypeType && meta.heap) {
    const mc = meta.lookup("__call__");
    if (mc instanceof PyFunction) return interp.call(mc, [cls, ...args], kwargs);
  }
  const newFn = cls.lookup("__new__");
  let obj: PyValue;
  if (newFn instanceof PyBuiltin) obj = newFn.fn(interp, [cls, ...args], kwargs);
  else if (newFn !== undefined) {
    const f = newFn instanceof PyWrapperDescr ? newFn.fn : newFn;
    obj = interp.call(f, [cls, ...args], kwargs);
  } else obj = cls.alloc!(cls);
  if (!typeOf(obj).isSubtype(cls)) return obj;
  const init = cls.lookup("__init__");
  if (init instanceof PyFunction) {
    const f = interp.newFrame(init, [obj, ...args], kwargs);
    f.ret = Ret.Init;
    f.retObj = obj;
    interp.pushFrame(f);
    return undefined;
  }
  if (init instanceof PyBuiltin) {
    if (init.owner === "object") {
      if (
        (args.length || (kwargs && kwargs.size)) &&
        (newFn === undefined || (newFn instanceof PyBuiltin && newFn.owner === "object"))
      )
        throw typeError(`${cls.name}() takes no arguments`);
    } else init.fn(interp, [obj, ...args], kwargs);
  } else if (init !== undefined) interp.call(init, [obj, ...args], kwargs);
  return obj;
}

/** type(name, bases, dict) */
function typeCall3(interp: Interp, args: PyValue[]): PyType {
  const [name, bases, ns] = args;
  const m = new Map<string, PyValue>();
  const d = ns as PyDict;
  for (let i = 0; i < d.table.keys.length; i++) {
    const k = d.table.keys[i];
    if (k !== undefined) m.set(k as string, d.table.vals[i]);
  }
  const bs = (bases as PyObject & { items: PyValue[] }).items;
  return makeClass(interp, name as string, bs, m, null);
}

/** Finish a class statement: the body frame has run; create the class object. */
export function buildClass(interp: Interp, body: Frame): PyValue {
  const info = body.retObj as { name: string; bases: PyValue[]; kw: PyDict | null };
  let meta: PyValue | undefined;
  const extra = new Map<string, PyValue>();
  if (info.kw) {
    const t = info.kw.table;
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i] as string;
      if (k === "metaclass") meta = t.vals[i];
      else extra.set(k, t.vals[i]);
    }
  }
  if (meta === undefined) {
    for (const b of info.bases) {
      const mt = typeOf(b);
      if (mt !== TypeType && mt.heap) meta = mt;
    }
  }
  if (meta !== undefined && meta !== TypeType) {
    const nsDict = toDict(interp, body.locals!);
    const cls = interp.call(meta, [info.name, newTuple(info.bases), nsDict]);
    setClassCell(body, cls);
    return cls;
  }
  const cls = makeClass(interp, info.name, info.bases, body.locals!, extra);
  setClassCell(body, cls);
  return cls;
}

function setClassCell(body: Frame, cls: PyValue): void {
  const i = body.code.cellvars.indexOf("__class__");
  if (i >= 0) body.cells[i].value = cls;
}

function toDict(interp: Interp, m: Map<string, PyValue>): PyValue {
  const d = newDict();
  for (const [k, v] of m) d.table.set(interp, k, v);
  return d;
}

/** Create a heap type (user class). */
export function makeClass(
  interp: Interp,
  name: string,
  basesIn: PyValue[],
  ns: Map<string, PyValue>,
  kw: Map<string, PyValue> | null,
  metatype: PyType = TypeType,
): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) throw typeError("bases must be types");
    if (FINAL.has(b.name) && !b.heap)
      throw typeError(`type '${b.name}' is not an acceptable base type`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(ObjectType);
  const seen = new Set<PyType>();
  for (const b of bases) {
    if (seen.has(b)) throw typeError(`duplicate base class ${b.name}`);
    seen.add(b);
  }
  let t: PyType;
  try {
    t = new PyType(name, bases, true);
  } catch (e) {
    if (e instanceof MroError) throw typeError(e.message);
    throw e;
  }
  t.cls = metatype;
  // Instances get the memory layout of the most specific builtin base.
  const layouts = new Set<unknown>();
  for (const b of bases) {
    for (const m of b.mro) {
      if (!m.heap && m !== ObjectType && m.alloc) {
        layouts.add(m.alloc);
        break;
      }
    }
  }
  if (layouts.size > 1) throw typeError("multiple bases have instance lay-out conflict");
  for (const m of t.mro) {
    if (m !== t && m.alloc) {
      t.alloc = m.alloc;
      break;
    }
  }
  t.ns = ns;
  t.module = (ns.get("__module__") as string) ?? "__main__";
  t.qualname = (ns.get("__qualname__") as string) ?? name;
  ns.delete("__qualname__");
  const nw = ns.get("__new__");
  if (nw instanceof PyFunction) ns.set("__new__", new PyWrapperDescr(StaticMethodType, nw));
  for (const cm of ["__init_subclass__", "__class_getitem__"]) {
    const f = ns.get(cm);
    if (f instanceof PyFunction) ns.set(cm, new PyWrapperDescr(ClassMethodType, f));
  }
  if (ns.has("__eq__") && !ns.has("__hash__")) ns.set("__hash__", None);
  typeEpoch.value++;
  for (const [k, v] of ns) {
    if (typeof v === "object" && v.cls.heap) {
      const sn = v.cls.lookup("__set_name__");
      if (sn !== undefined) interp.call(sn, [v, t, k]);
    }
  }
  const parent = t.mro[1];
  const isub = parent?.lookup("__init_subclass__");
  if (isub instanceof PyWrapperDescr) interp.call(isub.fn, [t], kw && kw.size ? kw : null);
  else if (kw && kw.size) throw typeError(`${name}.__init_subclass__() takes no keyword arguments`);
  return t;
}
