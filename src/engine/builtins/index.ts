/** The `builtins` namespace of a run. */
import { DictType, FrozenSetType, SetType } from "../runtime/containers";
import { builtinExceptions } from "../runtime/exceptions";
import { SuperType } from "../runtime/function";
import type { NativeFn, PyValue } from "../runtime/object";
import {
  BoolType,
  builtinFn,
  ClassMethodType,
  Ellipsis,
  FloatType,
  IntType,
  ListType,
  None,
  NotImplemented,
  ObjectType,
  PropertyType,
  RangeType,
  SliceType,
  StaticMethodType,
  StrType,
  TupleType,
  TypeType,
} from "../runtime/types";
import { installConstructors } from "./constructors";
import { BytesType } from "../runtime/bytes";
import { coreFunctions, type SuperContext } from "./core";
import { addFunctionBuiltins } from "./functions";
import { installObjectTypes } from "./objects";
import { installTypeMethods } from "./types/index";

/** Extra builtin functions contributed by other modules (filled at import time). */
export const extraBuiltins: Record<string, NativeFn> = {};

/** A fresh builtins namespace (types are shared; the mapping is per run). */
export function makeBuiltins(superCtx: SuperContext): Map<string, PyValue> {
  installObjectTypes();
  installConstructors();
  installTypeMethods();
  const m = new Map<string, PyValue>();
  const types = [
    ObjectType,
    TypeType,
    IntType,
    BoolType,
    FloatType,
    StrType,
    ListType,
    TupleType,
    DictType,
    SetType,
    FrozenSetType,
    RangeType,
    SliceType,
    PropertyType,
    StaticMethodType,
    ClassMethodType,
    SuperType,
    BytesType,
    ...builtinExceptions,
  ];
  for (const t of types) m.set(t.name, t);
  for (const [name, fn] of Object.entries({ ...coreFunctions(superCtx), ...extraBuiltins }))
    m.set(name, builtinFn(name, fn));
  addFunctionBuiltins(m);
  m.set("None", None);
  m.set("Ellipsis", Ellipsis);
  m.set("NotImplemented", NotImplemented);
  m.set("True", true);
  m.set("False", false);
  m.set("__name__", "builtins");
  return m;
}
