/** Generator objects: a suspended frame resumed by FOR_ITER, next(), send() or natives. */
import { PyObject, type PyType } from "../runtime/object";
import type { PyBaseException } from "../runtime/exceptions";
import { builtinType, ObjectType } from "../runtime/types";
import type { Frame } from "./frame";

/** How a generator frame was resumed: decides where its yield/return values go. */
export const enum Resume {
  /** By FOR_ITER: yield → push on caller stack; return → caller pops the iterator and jumps. */
  For = 1,
  /** By next()/send() from Python: yield → push; return → StopIteration in the caller. */
  Next = 2,
  /** By SEND (yield from): yield → push; return → caller pops the sub-iterator, pushes value, jumps. */
  Send = 3,
  /** By a native (nested run): the loop stops and reports to the native. */
  Nested = 4,
}

/** Generator states as in `inspect.getgeneratorstate`. */
export type GenState = "created" | "suspended" | "running" | "closed";

/** A generator object. */
export class PyGenerator extends PyObject {
  state: GenState = "created";
  /** The exception the generator was handling when it last yielded (its own exc_info). */
  excInfo: PyBaseException | null = null;
  constructor(
    cls: PyType,
    public frame: Frame,
    public name: string,
    public qualname: string,
  ) {
    super(cls);
  }
}

/** The `generator` type. */
export const GeneratorType = builtinType("generator", [ObjectType]);
