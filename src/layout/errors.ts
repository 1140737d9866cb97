/** Where a run's error points in main.py, read from CPython-style stderr (pure). */

/** An error the editor marks: its line in main.py and the message to show. */
export interface ErrorLocation {
  line: number;
  /** Column (1-based) for syntax errors, when known. */
  column: number | null;
  /** The last line of the traceback, e.g. "SyntaxError: invalid syntax". */
  message: string;
  syntax: boolean;
}

/**
 * The deepest `File "main.py", line N` of the last traceback in `stderr`, with its message;
 * null when the output names no line of main.py (e.g. a deadlock report).
 */
export function errorLocation(stderr: string, filename = "main.py"): ErrorLocation | null {
  const lines = stderr.split("\n").filter((l) => l !== "");
  if (lines.length === 0) return null;
  const file = new RegExp(
    `^\\s*File "${filename.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}", line (\\d+)`,
  );
  let line = 0;
  let lineIndex = -1;
  lines.forEach((l, i) => {
    const m = file.exec(l);
    if (m) {
      line = Number(m[1]);
      lineIndex = i;
    }
  });
  if (line === 0) return null;
  const message = lines[lines.length - 1];
  const syntax = /^(SyntaxError|IndentationError|TabError)\b/.test(message);
  let column: number | null = null;
  if (syntax) {
    // CPython prints the source line, then carets under the offending column.
    const caret = lines.slice(lineIndex + 1).find((l) => /^\s*\^+\s*$/.test(l));
    const source = lines[lineIndex + 1];
    if (caret && source) {
      const indent = (source.match(/^\s*/) ?? [""])[0].length;
      column = caret.indexOf("^") - indent + 1;
    }
  }
  return { line, column, message, syntax };
}
