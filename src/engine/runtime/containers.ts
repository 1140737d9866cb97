/** dict, set and frozenset objects (storage in HashTable). */
import { HashTable } from "./hashtable";
import { PyObject, type PyType } from "./object";
import { builtinType, ObjectType } from "./types";

/** dict */
export class PyDict extends PyObject {
  table = new HashTable();
  constructor(cls: PyType) {
    super(cls);
    if (cls.heap) this.dict = new Map();
  }
}

/** set or frozenset (by `cls`). */
export class PySet extends PyObject {
  table = new HashTable();
  constructor(cls: PyType) {
    super(cls);
    if (cls.heap) this.dict = new Map();
  }
}

export const DictType = builtinType("dict", [ObjectType], (cls) => new PyDict(cls));
export const SetType = builtinType("set", [ObjectType], (cls) => new PySet(cls));
export const FrozenSetType = builtinType("frozenset", [ObjectType], (cls) => new PySet(cls));

/** A new empty dict. */
export function newDict(): PyDict {
  return new PyDict(DictType);
}
/** A new empty set. */
export function newSet(): PySet {
  return new PySet(SetType);
}
