/**
 * Exception objects and the builtin exception hierarchy. A raised Python exception
 * travels through the engine as the thrown JS value itself (a `PyBaseException`),
 * which is cheap: no JS stack is captured.
 */
import { PyObject, PyType, type PyValue } from "./object";
import { builtinType, None, ObjectType } from "./types";

/** Where a frame was when an exception passed through it (one traceback line). */
export interface TraceEntry {
  filename: string;
  lineno: number;
  name: string;
  /** Source columns of the failing expression, for CPython 3.11's caret line. */
  pos: CaretPos | null;
}

/** Column info of one instruction (0-based columns). */
export interface CaretPos {
  line: number;
  endLine: number;
  col: number;
  endCol: number;
  /** For binary operators and subscripts: the anchor (operator / index) range. */
  anchorCol?: number;
  anchorEndCol?: number;
  /** Kind of anchor: "binop" (operand ~ operator ^) or "subscript" (value ~ [index] ^). */
  anchorKind?: "binop" | "subscript";
}

/** An instance of BaseException or a subclass. */
export class PyBaseException extends PyObject {
  args: PyValue[] = [];
  /** Innermost frame last (the order CPython prints). */
  traceback: TraceEntry[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /** Extra native fields (AttributeError.obj, StopIteration.value, SystemExit.code …). */
  extra: Map<string, PyValue> | null = null;
  /** For NameError: the names in scope where it was raised (locals, globals, builtins). */
  candidates: string[][] | null = null;
  constructor(cls: PyType) {
    super(cls);
    if (cls.heap) this.dict = new Map();
  }
}

/** BaseException */
export const BaseException = builtinType(
  "BaseException",
  [ObjectType],
  (cls) => new PyBaseException(cls),
);
const exc = (name: string, base: PyType) => builtinType(name, [base]);

export const SystemExit = exc("SystemExit", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const Exception = exc("Exception", BaseException);
export const StopIteration = exc("StopIteration", Exception);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const FloatingPointError = exc("FloatingPointError", ArithmeticError);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const BufferError = exc("BufferError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ImportError = exc("ImportError", Exception);
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const UnboundLocalError = exc("UnboundLocalError", NameError);
export const OSError = exc("OSError", Exception);
export const TimeoutError = exc("TimeoutError", OSError);
export const BlockingIOError = exc("BlockingIOError", OSError);
export const ChildProcessError = exc("ChildProcessError", OSError);
export const ConnectionError = exc("ConnectionError", OSError);
export const BrokenPipeError = exc("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = exc("ConnectionResetError", ConnectionError);
export const FileExistsError = exc("FileExistsError", OSError);
export const FileNotFoundError = exc("FileNotFoundError", OSError);
export const InterruptedError = exc("InterruptedError", OSError);
export const IsADirectoryError = exc("IsADirectoryError", OSError);
export const NotADirectoryError = exc("NotADirectoryError", OSError);
export const PermissionError = exc("PermissionError", OSError);
export const ProcessLookupError = exc("ProcessLookupError", OSError);
export const ReferenceError = exc("ReferenceError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const RecursionError = exc("RecursionError", RuntimeError);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TabError = exc("TabError", IndentationError);
export const SystemError = exc("SystemError", Exception);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
export const UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
export const UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
export const Warning = exc("Warning", Exception);
export const DeprecationWarning = exc("DeprecationWarning", Warning);
export const RuntimeWarning = exc("RuntimeWarning", Warning);
export const UserWarning = exc("UserWarning", Warning);

/** Every builtin exception type, for the builtins module. */
export const builtinExceptions: PyType[] = [
  BaseException,
  SystemExit,
  KeyboardInterrupt,
  GeneratorExit,
  Exception,
  StopIteration,
  ArithmeticError,
  FloatingPointError,
  OverflowError,
  ZeroDivisionError,
  AssertionError,
  AttributeError,
  BufferError,
  EOFError,
  ImportError,
  ModuleNotFoundError,
  LookupError,
  IndexError,
  KeyError,
  MemoryError,
  NameError,
  UnboundLocalError,
  OSError,
  TimeoutError,
  BlockingIOError,
  ChildProcessError,
  ConnectionError,
  BrokenPipeError,
  ConnectionAbortedError,
  ConnectionRefusedError,
  ConnectionResetError,
  FileExistsError,
  FileNotFoundError,
  InterruptedError,
  IsADirectoryError,
  NotADirectoryError,
  PermissionError,
  ProcessLookupError,
  ReferenceError,
  RuntimeError,
  NotImplementedError,
  RecursionError,
  SyntaxError,
  IndentationError,
  TabError,
  SystemError,
  TypeError,
  ValueError,
  UnicodeError,
  UnicodeEncodeError,
  UnicodeDecodeError,
  Warning,
  DeprecationWarning,
  RuntimeWarning,
  UserWarning,
];

/** Create an exception of type `t` with a single message argument (or none). */
export function pyErr(t: PyType, message?: string): PyBaseException {
  const e = t.alloc ? (t.alloc(t) as PyBaseException) : new PyBaseException(t);
  e.args = message === undefined ? [] : [message];
  return e;
}

/** Create an exception with arbitrary args. */
export function pyErrArgs(t: PyType, args: PyValue[]): PyBaseException {
  const e = pyErr(t);
  e.args = args;
  return e;
}

/** Shorthands for the errors natives raise most. */
export const typeError = (msg: string) => pyErr(TypeError, msg);
export const valueError = (msg: string) => pyErr(ValueError, msg);
export const indexError = (msg: string) => pyErr(IndexError, msg);
export const runtimeError = (msg: string) => pyErr(RuntimeError, msg);

/** KeyError(key): its str() is the repr of the key. */
export function keyError(key: PyValue): PyBaseException {
  const e = pyErr(KeyError);
  e.args = [key];
  return e;
}

/** AttributeError carrying `name`/`obj` so the traceback can suggest a near-miss name. */
export function attributeError(msg: string, name: string, obj: PyValue): PyBaseException {
  const e = pyErr(AttributeError, msg);
  e.extra = new Map<string, PyValue>([
    ["name", name],
    ["obj", obj],
  ]);
  return e;
}

/** NameError carrying `name` for suggestions. */
export function nameError(name: string, t: PyType = NameError): PyBaseException {
  const msg =
    t === UnboundLocalError
      ? `cannot access local variable '${name}' where it is not associated with a value`
      : `name '${name}' is not defined`;
  const e = pyErr(t, msg);
  e.extra = new Map<string, PyValue>([["name", name]]);
  return e;
}

/** StopIteration carrying a return value. */
export function stopIteration(value: PyValue = None): PyBaseException {
  const e = pyErr(StopIteration);
  if (value !== None) e.args = [value];
  return e;
}

/** Is `v` a raised Python exception (as thrown by the engine)? */
export function isPyException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}

/** A traceback object (`e.__traceback__`): entry `index` of an exception's traceback. */
export class PyTraceback extends PyObject {
  constructor(
    readonly exc: PyBaseException,
    readonly index: number,
  ) {
    super(TracebackType);
  }
}

/** types.TracebackType */
export const TracebackType = builtinType("traceback", [ObjectType]);

/** The traceback object of `e`, or None when it was never raised. */
export function tracebackOf(e: PyBaseException): PyTraceback | typeof None {
  return e.traceback.length ? new PyTraceback(e, 0) : None;
}
