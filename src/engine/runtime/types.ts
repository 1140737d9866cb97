/**
 * The builtin types as shared singletons, and constructors for common values.
 * Builtin types are immutable (Python refuses `int.x = 1`), so sharing them between
 * runs keeps runs independent.
 */
import {
  PyBuiltin,
  PyFloat,
  PyList,
  PyObject,
  PyTuple,
  PyType,
  type NativeFn,
  type PyValue,
} from "./object";

/** Make a builtin type whose instances are allocated by `alloc` (inherits its bases' otherwise). */
export function builtinType(
  name: string,
  bases: PyType[],
  alloc?: (cls: PyType) => PyObject,
): PyType {
  const t = new PyType(name, bases);
  if (alloc) t.alloc = alloc;
  t.cls = TypeType;
  return t;
}

/** `object` */
export const ObjectType: PyType = new PyType("object", []);
ObjectType.alloc = (cls) => {
  const o = new PyObject(cls);
  if (cls.heap) o.dict = new Map();
  return o;
};
/** `type` */
export const TypeType: PyType = new PyType("type", [ObjectType]);
ObjectType.cls = TypeType;
TypeType.cls = TypeType;

export const IntType = builtinType("int", [ObjectType]);
export const BoolType = builtinType("bool", [IntType]);
export const FloatType = builtinType("float", [ObjectType], (cls) => new PyFloat(cls, 0));
export const StrType = builtinType("str", [ObjectType]);
export const ListType = builtinType("list", [ObjectType], (cls) => withDict(new PyList(cls, [])));
export const TupleType = builtinType("tuple", [ObjectType], (cls) => new PyTuple(cls, []));
export const NoneType = builtinType("NoneType", [ObjectType]);
export const NotImplementedType = builtinType("NotImplementedType", [ObjectType]);
export const EllipsisType = builtinType("ellipsis", [ObjectType]);
export const FunctionType = builtinType("function", [ObjectType]);
export const BuiltinFunctionType = builtinType("builtin_function_or_method", [ObjectType]);
export const MethodType = builtinType("method", [ObjectType]);
export const ModuleType = builtinType("module", [ObjectType]);
export const PropertyType = builtinType("property", [ObjectType]);
export const StaticMethodType = builtinType("staticmethod", [ObjectType]);
export const ClassMethodType = builtinType("classmethod", [ObjectType]);
export const SliceType = builtinType("slice", [ObjectType]);
export const RangeType = builtinType("range", [ObjectType]);
export const CellType = builtinType("cell", [ObjectType]);
export const IteratorType = builtinType("iterator", [ObjectType]);
export const CodeType = builtinType("code", [ObjectType]);
/** The native iterator types under CPython's names (what `type(iter(x)).__name__` shows). */
export const IterTypes = {
  list: builtinType("list_iterator", [ObjectType]),
  listReverse: builtinType("list_reverseiterator", [ObjectType]),
  tuple: builtinType("tuple_iterator", [ObjectType]),
  str: builtinType("str_ascii_iterator", [ObjectType]),
  range: builtinType("range_iterator", [ObjectType]),
  bytes: builtinType("bytes_iterator", [ObjectType]),
  set: builtinType("set_iterator", [ObjectType]),
  dictKeys: builtinType("dict_keyiterator", [ObjectType]),
  dictValues: builtinType("dict_valueiterator", [ObjectType]),
  dictItems: builtinType("dict_itemiterator", [ObjectType]),
  dictReverseKeys: builtinType("dict_reversekeyiterator", [ObjectType]),
  dictReverseValues: builtinType("dict_reversevalueiterator", [ObjectType]),
  dictReverseItems: builtinType("dict_reverseitemiterator", [ObjectType]),
};

function withDict<T extends PyObject>(o: T): T {
  if (o.cls.heap) o.dict = new Map();
  return o;
}

/** The singletons None, NotImplemented and Ellipsis. */
export const None = new PyObject(NoneType);
export const NotImplemented = new PyObject(NotImplementedType);
export const Ellipsis = new PyObject(EllipsisType);

/** A new float. */
export function newFloat(v: number): PyFloat {
  return new PyFloat(FloatType, v);
}
/** A new list (takes ownership of `items`). */
export function newList(items: PyValue[]): PyList {
  return new PyList(ListType, items);
}
/** A new tuple (takes ownership of `items`). */
export function newTuple(items: PyValue[]): PyTuple {
  return new PyTuple(TupleType, items);
}
/** The empty tuple. */
export const EmptyTuple = newTuple([]);

/** A builtin function value. */
export function builtinFn(name: string, fn: NativeFn): PyBuiltin {
  return new PyBuiltin(BuiltinFunctionType, name, fn);
}

/** Define a method on a builtin type (bound to its receiver on access). */
export function defMethod(t: PyType, name: string, fn: NativeFn): void {
  t.ns.set(name, new PyBuiltin(BuiltinFunctionType, name, fn, true, undefined, t.name));
}

/** Python's name for the type of `v` (for messages). */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return IntType;
    case "string":
      return StrType;
    case "boolean":
      return BoolType;
    default:
      return v.cls;
  }
}

/** Python `isinstance(v, t)` for a single type. */
export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtype(t);
}
