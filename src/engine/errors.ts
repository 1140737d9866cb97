/**
 * Errors raised by the engine's front end before any Python runs. Both carry
 * what the user needs to act: the line, and a message in Python's words.
 */

/** A Python syntax error, reported the way CPython prints it. */
export class PySyntaxError extends Error {
  constructor(
    /** CPython's message, e.g. "invalid syntax" or "'(' was never closed". */
    public readonly msg: string,
    /** 1-based line of the error. */
    public readonly lineno: number,
    /** 1-based column the caret points at (CPython's `offset`). */
    public readonly offset: number,
    /** 1-based column where the caret run ends (exclusive), or offset + 1. */
    public readonly endOffset: number = offset + 1,
    /** "SyntaxError", "IndentationError" or "TabError". */
    public readonly kind: "SyntaxError" | "IndentationError" | "TabError" = "SyntaxError",
  ) {
    super(`${kind}: ${msg} (line ${lineno})`);
  }
}

/** Valid Python that the engine does not support (yet): one sentence naming it and its line. */
export class UnsupportedError extends Error {
  constructor(
    /** What is not supported, e.g. "`async def`" or "the module `socket`". */
    public readonly what: string,
    /** 1-based line where it appears. */
    public readonly lineno: number,
  ) {
    super(`Interleave does not support ${what} (line ${lineno}).`);
  }
}
