/**
 * Attribute access with Python's descriptor rules (CPython's
 * `PyObject_GenericGetAttr`): data descriptors on the type win over the instance
 * dict, which wins over plain class attributes; functions bind to instances.
 */
import { attributeError, typeError } from "./exceptions";
import { PySuper, PyFunction } from "./function";
import {
  PyBuiltin,
  PyMethod,
  PyModule,
  PyProperty,
  PyType,
  PyWrapperDescr,
  typeEpoch,
  type Ctx,
  type PyValue,
} from "./object";
import { ClassMethodType, MethodType, None, StaticMethodType, TypeType, typeOf } from "./types";

/** Marker for "no self" in LOAD_METHOD results (CPython's NULL). */
export const NULL = { __null: true } as unknown as PyValue;

/** Native attributes computed on access (e.g. `__class__`, `__name__` of types). */
export type Getter = (ctx: Ctx, obj: PyValue) => PyValue | undefined;
const getters = new Map<PyType, Map<string, Getter>>();

/** Native attribute setters (e.g. an exception's `__cause__`), by type and name. */
export type Setter = (ctx: Ctx, obj: PyValue, value: PyValue) => void;
const setters = new Map<PyType, Map<string, Setter>>();

/** Register a native setter for instances of `t` (and subclasses). */
export function defSetter(t: PyType, name: string, s: Setter): void {
  let m = setters.get(t);
  if (!m) setters.set(t, (m = new Map()));
  m.set(name, s);
}

function nativeSetter(t: PyType, name: string): Setter | undefined {
  for (const b of t.mro) {
    const s = setters.get(b)?.get(name);
    if (s) return s;
  }
  return undefined;
}

/** Register a computed attribute for instances of `t` (and subclasses). */
export function defGetter(t: PyType, name: string, g: Getter): void {
  let m = getters.get(t);
  if (!m) getters.set(t, (m = new Map()));
  m.set(name, g);
}

function nativeGetter(t: PyType, name: string): Getter | undefined {
  for (const b of t.mro) {
    const g = getters.get(b)?.get(name);
    if (g) return g;
  }
  return undefined;
}

/** Bind a class attribute found by lookup to `obj` (the descriptor `__get__` step). */
export function bindDescriptor(ctx: Ctx, d: PyValue, obj: PyValue | null, owner: PyType): PyValue {
  if (d instanceof PyFunction) return obj === null ? d : new PyMethod(MethodType, d, obj);
  if (d instanceof PyBuiltin) {
    if (d.isMethod && obj !== null) return new PyBuiltin(d.cls, d.name, d.fn, false, obj, d.owner);
    return d;
  }
  if (d instanceof PyWrapperDescr) {
    if (d.cls === StaticMethodType) return d.fn;
    if (d.cls === ClassMethodType)
      return new PyMethod(MethodType, d.fn, obj === null ? owner : typeOf(obj));
  }
  if (d instanceof PyProperty) {
    if (obj === null) return d;
    if (d.fget === null || d.fget === None)
      throw attributeError(`property of '${typeOf(obj).name}' object has no getter`, "", obj);
    return ctx.call(d.fget, [obj]);
  }
  if (typeof d === "object" && d.cls.heap) {
    const get = d.cls.lookup("__get__");
    if (get !== undefined) return ctx.call(get, [d, obj === null ? None : obj, owner]);
  }
  return d;
}

function isDataDescriptor(d: PyValue): boolean {
  if (d instanceof PyProperty) return true;
  return typeof d === "object" && d.cls.heap && d.cls.lookup("__set__") !== undefined;
}

/** getattr(obj, name) or undefined when missing (no AttributeError built). */
export function lookupAttr(ctx: Ctx, obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyType) return typeAttr(ctx, obj, name);
  if (obj instanceof PySuper) return superAttr(ctx, obj, name);
  const t = typeOf(obj);
  const d = t.lookup(name);
  if (d !== undefined && isDataDescriptor(d)) return bindDescriptor(ctx, d, obj, t);
  if (typeof obj === "object" && obj.dict !== null) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return bindDescriptor(ctx, d, obj, t);
  const g = nativeGetter(t, name);
  if (g) {
    const v = g(ctx, obj);
    if (v !== undefined) return v;
  }
  if (t.heap) {
    const ga = t.lookup("__getattr__");
    if (ga !== undefined) return callGetattr(ctx, ga, obj, name);
  }
  return undefined;
}

function callGetattr(ctx: Ctx, ga: PyValue, obj: PyValue, name: string): PyValue | undefined {
  return ctx.call(ga, [obj, name]);
}

/** Attribute lookup on a class object (`Cls.attr`). */
function typeAttr(ctx: Ctx, t: PyType, name: string): PyValue | undefined {
  const meta = typeOf(t);
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescriptor(md)) return bindDescriptor(ctx, md, t, meta);
  const d = t.lookup(name);
  if (d !== undefined) return bindDescriptor(ctx, d, null, t);
  const g = nativeGetter(TypeType, name);
  if (g) {
    const v = g(ctx, t);
    if (v !== undefined) return v;
  }
  if (md !== undefined) return bindDescriptor(ctx, md, t, meta);
  return undefined;
}

function superAttr(ctx: Ctx, s: PySuper, name: string): PyValue | undefined {
  const mro = s.objType.mro;
  const i = mro.indexOf(s.type);
  for (let j = i + 1; j < mro.length; j++) {
    const d = mro[j].ns.get(name);
    if (d !== undefined) {
      const inst = s.obj instanceof PyType && s.objType === s.obj ? null : s.obj;
      return bindDescriptor(ctx, d, inst, s.objType);
    }
  }
  if (name === "__class__") return typeOf(s);
  return undefined;
}

/** getattr(obj, name), raising CPython's AttributeError. */
export function getAttr(ctx: Ctx, obj: PyValue, name: string): PyValue {
  const v = lookupAttr(ctx, obj, name);
  if (v !== undefined) return v;
  throw noAttr(obj, name);
}

/** CPython's AttributeError for a missing attribute. */
export function noAttr(obj: PyValue, name: string) {
  if (obj instanceof PyModule)
    return attributeError(`module '${obj.name}' has no attribute '${name}'`, name, obj);
  if (obj instanceof PyType)
    return attributeError(`type object '${obj.name}' has no attribute '${name}'`, name, obj);
  if (obj instanceof PySuper)
    return attributeError(`'super' object has no attribute '${name}'`, name, obj);
  return attributeError(`'${typeOf(obj).tpName}' object has no attribute '${name}'`, name, obj);
}

/** obj.name = value */
export function setAttr(ctx: Ctx, obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyType) {
    if (!obj.heap)
      throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    obj.ns.set(name, value);
    typeEpoch.value++;
    return;
  }
  const t = typeOf(obj);
  const ns = nativeSetter(t, name);
  if (ns) {
    ns(ctx, obj, value);
    return;
  }
  const d = t.lookup(name);
  if (d !== undefined) {
    if (d instanceof PyProperty) {
      if (d.fset === null || d.fset === None)
        throw attributeError(
          `property '${propName(d)}' of '${t.name}' object has no setter`,
          name,
          obj,
        );
      ctx.call(d.fset, [obj, value]);
      return;
    }
    if (typeof d === "object" && d.cls.heap) {
      const set = d.cls.lookup("__set__");
      if (set !== undefined) {
        ctx.call(set, [d, obj, value]);
        return;
      }
    }
  }
  if (t.heap) {
    const sa = t.lookup("__setattr__");
    if (sa !== undefined && !(sa instanceof PyBuiltin)) {
      ctx.call(sa, [obj, name, value]);
      return;
    }
  }
  if (typeof obj === "object" && obj.dict !== null) {
    obj.dict.set(name, value);
    return;
  }
  if (d !== undefined)
    throw attributeError(`'${t.name}' object attribute '${name}' is read-only`, name, obj);
  throw attributeError(`'${t.name}' object has no attribute '${name}'`, name, obj);
}

/** Store without user __setattr__ (object.__setattr__). */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue): void {
  if (typeof obj === "object" && obj.dict !== null) obj.dict.set(name, value);
  else throw attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`, name, obj);
}

/** del obj.name */
export function delAttr(ctx: Ctx, obj: PyValue, name: string): void {
  if (obj instanceof PyType && obj.heap) {
    if (!obj.ns.delete(name)) throw noAttr(obj, name);
    typeEpoch.value++;
    return;
  }
  const t = typeOf(obj);
  if (t.heap) {
    // A class's own __delattr__ (e.g. a frozen dataclass's) decides, as setAttr does for __setattr__.
    const da = t.lookup("__delattr__");
    if (da !== undefined && !(da instanceof PyBuiltin)) {
      ctx.call(da, [obj, name]);
      return;
    }
  }
  const d = t.lookup(name);
  if (d instanceof PyProperty) {
    if (d.fdel === null || d.fdel === None)
      throw attributeError(
        `property '${propName(d)}' of '${t.name}' object has no deleter`,
        name,
        obj,
      );
    ctx.call(d.fdel, [obj]);
    return;
  }
  if (typeof obj === "object" && obj.dict !== null && obj.dict.delete(name)) return;
  throw noAttr(obj, name);
}

function propName(p: PyProperty): string {
  const f = p.fget ?? p.fset;
  return f instanceof PyFunction ? f.name : "?";
}

/**
 * LOAD_METHOD: [callable, self] without allocating a bound method when the
 * attribute is a plain function on the type; otherwise [attr, NULL].
 */
export function loadMethod(ctx: Ctx, obj: PyValue, name: string, out: PyValue[], at: number): void {
  if (!(obj instanceof PyType) && !(obj instanceof PySuper)) {
    const t = typeOf(obj);
    const d = t.lookup(name);
    if (d !== undefined && (d instanceof PyFunction || (d instanceof PyBuiltin && d.isMethod))) {
      const own = typeof obj === "object" && obj.dict !== null ? obj.dict.get(name) : undefined;
      if (own === undefined) {
        out[at] = d;
        out[at + 1] = obj;
        return;
      }
    }
  }
  out[at] = getAttr(ctx, obj, name);
  out[at + 1] = NULL;
}
