/**
 * Code objects and the instruction set. Instructions are (opcode, arg) pairs in one
 * Int32Array; a scheduler may switch threads between any two of them, so compound
 * statements are split the way CPython splits them (`x += 1` is a load, an add and a
 * store). Opcode names follow CPython 3.11 where a CPython opcode does the same job.
 */
import type { CaretPos } from "../runtime/exceptions";
import { PyObject, type PyValue } from "../runtime/object";
import { CodeType } from "../runtime/types";

// Opcodes. Plain numeric constants keep the interpreter's switch dense and fast.
export const NOP = 0;
export const POP_TOP = 1;
export const COPY = 2; // push stack[-arg]
export const SWAP = 3; // swap TOS and stack[-arg]
export const LOAD_CONST = 4;
export const LOAD_FAST = 5;
export const STORE_FAST = 6;
export const DELETE_FAST = 7;
export const LOAD_DEREF = 8;
export const STORE_DEREF = 9;
export const DELETE_DEREF = 10;
export const LOAD_CLOSURE = 11;
export const LOAD_GLOBAL = 12;
export const STORE_GLOBAL = 13;
export const DELETE_GLOBAL = 14;
export const LOAD_NAME = 15;
export const STORE_NAME = 16;
export const DELETE_NAME = 17;
export const LOAD_CLASSDEREF = 18;
export const LOAD_ATTR = 19;
export const STORE_ATTR = 20;
export const DELETE_ATTR = 21;
export const LOAD_METHOD = 22; // pushes (callable, self) or (attr, NULL)
export const BINARY_SUBSCR = 23;
export const STORE_SUBSCR = 24; // TOS1[TOS] = TOS2
export const DELETE_SUBSCR = 25;
export const BINARY_OP = 26; // arg: BinOp index (+ INPLACE for augmented)
export const UNARY_OP = 27; // arg: 0 not, 1 neg, 2 pos, 3 invert
export const COMPARE_OP = 28; // arg: CmpOp index
export const IS_OP = 29; // arg 1: is not
export const CONTAINS_OP = 30; // arg 1: not in
export const JUMP = 31; // forward or backward without eval-breaker
export const JUMP_BACKWARD = 32; // loop back-edge: an eval-breaker point
export const POP_JUMP_IF_FALSE = 33;
export const POP_JUMP_IF_TRUE = 34;
export const JUMP_IF_FALSE_OR_POP = 35;
export const JUMP_IF_TRUE_OR_POP = 36;
export const GET_ITER = 37;
export const FOR_ITER = 38; // arg: exit target (iterator popped on exhaustion)
export const BUILD_LIST = 39;
export const BUILD_TUPLE = 40;
export const BUILD_SET = 41;
export const BUILD_MAP = 42; // arg pairs
export const BUILD_STRING = 43;
export const BUILD_SLICE = 44;
export const LIST_APPEND = 45; // append TOS to list at stack[-arg] (after pop)
export const SET_ADD = 46;
export const MAP_ADD = 47; // key TOS1, value TOS
export const LIST_EXTEND = 48;
export const SET_UPDATE = 49;
export const DICT_UPDATE = 50;
export const DICT_MERGE = 51; // like DICT_UPDATE but errors on duplicate keys (call **kwargs)
export const LIST_TO_TUPLE = 52;
export const FORMAT_VALUE = 53; // arg: conversion (0 none,1 s,2 r,3 a) | 4 if spec on stack
export const UNPACK_SEQUENCE = 54;
export const UNPACK_EX = 55; // arg: before | (after << 8)
export const MAKE_FUNCTION = 56; // arg flags: 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple
export const CALL = 57; // arg argc: [callable, args...]
export const CALL_METHOD = 58; // arg argc: [callable, self-or-NULL, args...]
export const CALL_KW = 59; // arg argc (incl. keywords): [callable, args..., kwnames tuple]
export const CALL_EX = 60; // arg 1 if kwargs dict: [callable, args tuple, (kwargs)]
export const RETURN_VALUE = 61;
export const YIELD_VALUE = 62;
export const GET_YIELD_FROM_ITER = 63;
export const SEND = 64; // arg: target when the sub-iterator finishes
export const RAISE_VARARGS = 65;
export const RERAISE = 66;
export const PUSH_EXC_INFO = 67;
export const POP_EXCEPT = 68;
export const CHECK_EXC_MATCH = 69;
export const POP_EXCEPT_AND_RERAISE = 70; // [prev, exc] → restore prev, re-raise exc
export const BEFORE_WITH = 71;
export const WITH_EXCEPT_START = 72;
export const IMPORT_NAME = 73; // arg: name index; TOS fromlist (tuple or None)
export const IMPORT_FROM = 74;
export const IMPORT_STAR = 75;
export const BUILD_CLASS = 76; // [body function, name, bases tuple, kw dict-or-None] → class
export const LOAD_ASSERTION_ERROR = 77;
export const RESUME = 78; // function entry: an eval-breaker point
export const PUSH_NULL = 79;
export const SETUP_ANNOTATIONS = 80;
export const DICT_KEYS_TO_LIST = 81; // unused placeholder kept for numbering stability
export const LOAD_BUILD_CLASS = 82;
export const END_FOR = 83;

/** Number of opcodes (for tables indexed by opcode). */
export const OPCODE_COUNT = 84;

/** Binary operators in BINARY_OP's arg order; add INPLACE for `op=`. */
export const BIN_OPS = [
  "Add",
  "Sub",
  "Mult",
  "MatMult",
  "Div",
  "Mod",
  "Pow",
  "LShift",
  "RShift",
  "BitOr",
  "BitXor",
  "BitAnd",
  "FloorDiv",
] as const;
/** Added to a BINARY_OP arg for augmented assignment. */
export const INPLACE = 16;

/** Comparison operators in COMPARE_OP's arg order. */
export const CMP_OPS = ["Lt", "LtE", "Eq", "NotEq", "Gt", "GtE"] as const;

/** Code object flags. */
export const CO_VARARGS = 4;
export const CO_VARKEYWORDS = 8;
export const CO_GENERATOR = 32;

/** What kind of scope a code object runs. */
export type CodeKind = "module" | "function" | "class" | "lambda" | "comprehension";

/** A compiled code object (CPython's `PyCodeObject`, simplified). */
export interface CodeObject {
  name: string;
  qualname: string;
  filename: string;
  kind: CodeKind;
  firstLine: number;
  /** (opcode, arg) pairs. */
  ops: Int32Array;
  /** Source line of each instruction (index = pc / 2). */
  lines: Int32Array;
  /** Caret positions of each instruction, for tracebacks. */
  positions: (CaretPos | null)[];
  consts: PyValue[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  /** For each cellvar, the index of the argument it starts from, or -1. */
  cell2arg: number[];
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  /** Exception table: [start, end, target, depth] quads (pc units), innermost first. */
  excTable: Int32Array;
  /** Eval-breaker or thread-switch-relevant facts computed once. */
  docstring: PyValue | null;
}

/** A code object as a Python value (stored in consts for MAKE_FUNCTION). */
export class PyCode extends PyObject {
  constructor(public code: CodeObject) {
    super(CodeType);
  }
}

/**
 * The opcodes as one plain object. The interpreter reads opcodes through this rather than
 * a module namespace: namespace property loads stay slow in V8's hot loops under Node.
 */
export const Op = {
  NOP,
  POP_TOP,
  COPY,
  SWAP,
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLOSURE,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_CLASSDEREF,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BINARY_OP,
  UNARY_OP,
  COMPARE_OP,
  IS_OP,
  CONTAINS_OP,
  JUMP,
  JUMP_BACKWARD,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  FOR_ITER,
  BUILD_LIST,
  BUILD_TUPLE,
  BUILD_SET,
  BUILD_MAP,
  BUILD_STRING,
  BUILD_SLICE,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  FORMAT_VALUE,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  MAKE_FUNCTION,
  CALL,
  CALL_METHOD,
  CALL_KW,
  CALL_EX,
  RETURN_VALUE,
  YIELD_VALUE,
  GET_YIELD_FROM_ITER,
  SEND,
  RAISE_VARARGS,
  RERAISE,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  POP_EXCEPT_AND_RERAISE,
  BEFORE_WITH,
  WITH_EXCEPT_START,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  BUILD_CLASS,
  LOAD_ASSERTION_ERROR,
  RESUME,
  PUSH_NULL,
  SETUP_ANNOTATIONS,
  DICT_KEYS_TO_LIST,
  LOAD_BUILD_CLASS,
  END_FOR,
  OPCODE_COUNT,
  INPLACE,
  CO_VARARGS,
  CO_VARKEYWORDS,
  CO_GENERATOR,
} as const;
