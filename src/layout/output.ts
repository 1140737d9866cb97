/** The Output panel's lines: stdout/stderr split into lines tagged with time and thread (pure). */
import type { Trace } from "../engine/trace/types";

/** One printed line. */
export interface OutputLine {
  fd: 1 | 2;
  text: string;
  /** Virtual time (ns) when the line started, or null without a trace. */
  t: number | null;
  /** Thread that printed it, or null without a trace. */
  thread: number | null;
  /** Part of a traceback (styled apart). */
  traceback: boolean;
}

/** Split a stream into lines; a trailing newline does not make an empty last line. */
function lines(text: string): string[] {
  if (text === "") return [];
  const parts = text.split("\n");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** Mark lines from "Traceback (most recent call last):" up to the exception line. */
function markTracebacks(out: OutputLine[]): OutputLine[] {
  let inside = false;
  for (const l of out) {
    if (l.fd !== 2) continue;
    if (
      l.text.startsWith("Traceback (most recent call last)") ||
      /^Exception in thread /.test(l.text)
    )
      inside = true;
    l.traceback =
      inside || /^\w*(Error|Exception|Exit|Interrupt)\b/.test(l.text) || /^ {2}File "/.test(l.text);
    // The exception line itself (not indented) ends the traceback.
    if (
      inside &&
      !l.text.startsWith(" ") &&
      !l.text.startsWith("Traceback") &&
      !l.text.startsWith("Exception in thread")
    )
      inside = false;
  }
  return out;
}

/**
 * Lines from the trace's print events, each tagged with the time and thread of the write that
 * started it; without a trace (older engine, syntax error) from the plain streams.
 */
export function outputLines(stdout: string, stderr: string, trace?: Trace): OutputLine[] {
  const prints = trace?.events.filter((e) => e.type === "print") ?? [];
  if (!trace || prints.length === 0) {
    const plain: OutputLine[] = [
      ...lines(stdout).map((text) => ({
        fd: 1 as const,
        text,
        t: null,
        thread: null,
        traceback: false,
      })),
      ...lines(stderr).map((text) => ({
        fd: 2 as const,
        text,
        t: null,
        thread: null,
        traceback: false,
      })),
    ];
    return markTracebacks(plain);
  }
  const out: OutputLine[] = [];
  // A line may be built from several writes (print writes the text, then "\n"); per stream,
  // the open line keeps the time and thread of its first write.
  const open = new Map<1 | 2, OutputLine>();
  for (const e of prints) {
    if (e.type !== "print") continue;
    const pieces = e.text.split("\n");
    pieces.forEach((piece, i) => {
      let line = open.get(e.fd);
      if (!line && (piece !== "" || i < pieces.length - 1)) {
        line = { fd: e.fd, text: "", t: e.t, thread: e.thread, traceback: false };
        out.push(line);
        open.set(e.fd, line);
      }
      if (line) line.text += piece;
      if (i < pieces.length - 1) open.delete(e.fd);
    });
  }
  // Text the engine wrote without a print event (e.g. a final traceback) still shows, untagged.
  for (const [fd, stream] of [
    [1, stdout],
    [2, stderr],
  ] as const) {
    const seen = prints.map((e) => (e.type === "print" && e.fd === fd ? e.text : "")).join("");
    if (stream.length > seen.length && stream.startsWith(seen))
      for (const text of lines(stream.slice(seen.length)))
        out.push({ fd, text, t: null, thread: null, traceback: false });
  }
  return markTracebacks(out);
}
