/**
 * The one error type of the value layer. The interpreter turns it into the
 * Python exception named by `pyType`, so `message` is CPython's text verbatim.
 */

/** Python exception classes the value layer can raise. */
export type ValueLayerErrorType =
  | "ValueError"
  | "TypeError"
  | "OverflowError"
  | "ZeroDivisionError"
  | "IndexError"
  | "KeyError"
  // Only where CPython would build an object larger than a JS BigInt can hold.
  | "MemoryError";

/** A Python exception raised by a value-layer function, with CPython's exact message. */
export class ValueLayerError extends Error {
  constructor(
    /** The Python exception class to raise. */
    public readonly pyType: ValueLayerErrorType,
    message: string,
  ) {
    super(message);
    this.name = "ValueLayerError";
  }
}

/** Shorthand used by the value-layer modules to raise. */
export function pyError(pyType: ValueLayerErrorType, message: string): ValueLayerError {
  return new ValueLayerError(pyType, message);
}
