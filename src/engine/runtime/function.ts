/** Python functions, generators' shells, and super objects. */
import type { CodeObject } from "../compile/code";
import { PyCell, PyObject, type PyType, type PyValue } from "./object";
import { builtinType, FunctionType, ObjectType } from "./types";

/** A function defined in Python (`def` or `lambda`). */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  module: PyValue = "__main__";
  constructor(
    public code: CodeObject,
    public globals: Map<string, PyValue>,
    public defaults: PyValue[],
    public kwdefaults: Map<string, PyValue> | null,
    public closure: PyCell[],
  ) {
    super(FunctionType);
    this.name = code.name;
    this.qualname = code.qualname;
    this.dict = new Map();
  }
  /** True when no argument binding work beyond copying positionals is needed. */
  readonly simple: boolean = false;
}

/** super(type, obj) */
export class PySuper extends PyObject {
  constructor(
    cls: PyType,
    public type: PyType,
    public obj: PyValue,
    /** The type of obj (or obj itself when it is a class, for classmethods). */
    public objType: PyType,
  ) {
    super(cls);
  }
}

/** The `super` type. */
export const SuperType = builtinType("super", [ObjectType]);
