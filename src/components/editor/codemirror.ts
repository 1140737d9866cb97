/**
 * The CodeMirror 6 editor, loaded lazily (it is most of the JavaScript): Python highlighting
 * with theme colours from CSS variables, Ctrl/Cmd+Enter to run, and line marks for the
 * selected span, the error line and each thread's current line during step-through.
 */
import { basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorState, Prec, StateEffect, StateField, type Range } from "@codemirror/state";
import { Decoration, EditorView, WidgetType, keymap, type DecorationSet } from "@codemirror/view";
import { tags } from "@lezer/highlight";

/** A thread sitting on a line during step-through. */
export interface ThreadLineMark {
  line: number;
  color: string;
  name: string;
}

/** Lines to mark in the editor. */
export interface LineMarks {
  selected: number | null;
  error: number | null;
  threads: ThreadLineMark[];
}

/** What the Svelte wrapper can do with a live editor. */
export interface EditorHandle {
  setDoc(text: string): void;
  setMarks(marks: LineMarks): void;
  reveal(line: number): void;
  focus(): void;
  destroy(): void;
}

const setMarks = StateEffect.define<LineMarks>();

/** The names of the threads on a line, after its text, so colour is not the only signal. */
class ThreadNames extends WidgetType {
  constructor(readonly marks: ThreadLineMark[]) {
    super();
  }
  override eq(other: ThreadNames): boolean {
    return other.marks.map((m) => m.name).join() === this.marks.map((m) => m.name).join();
  }
  toDOM(): HTMLElement {
    const span = document.createElement("span");
    span.className = "cm-thread-names";
    for (const m of this.marks) {
      const tag = document.createElement("span");
      tag.textContent = `◀ ${m.name}`;
      tag.style.setProperty("--thread-color", m.color);
      span.append(tag);
    }
    return span;
  }
}

function decorations(doc: EditorState["doc"], marks: LineMarks): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  const valid = (n: number | null): n is number => n !== null && n >= 1 && n <= doc.lines;
  const byLine = new Map<number, ThreadLineMark[]>();
  for (const m of marks.threads)
    if (valid(m.line)) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m]);
  const lineClasses = new Map<number, { cls: string[]; style: string }>();
  const add = (line: number, cls: string, style = "") => {
    const e = lineClasses.get(line) ?? { cls: [], style: "" };
    e.cls.push(cls);
    e.style += style;
    lineClasses.set(line, e);
  };
  if (valid(marks.selected)) add(marks.selected, "cm-selected-line");
  if (valid(marks.error)) add(marks.error, "cm-error-line");
  for (const [line, ms] of byLine) add(line, "cm-thread-line", `--thread-color: ${ms[0].color};`);
  for (const [line, e] of [...lineClasses].sort((a, b) => a[0] - b[0])) {
    const from = doc.line(line).from;
    ranges.push(
      Decoration.line({
        class: e.cls.join(" "),
        attributes: e.style ? { style: e.style } : {},
      }).range(from),
    );
  }
  for (const [line, ms] of [...byLine].sort((a, b) => a[0] - b[0]))
    ranges.push(
      Decoration.widget({ widget: new ThreadNames(ms), side: 1 }).range(doc.line(line).to),
    );
  return Decoration.set(ranges, true);
}

const marksField = StateField.define<{ marks: LineMarks; deco: DecorationSet }>({
  create: () => ({ marks: { selected: null, error: null, threads: [] }, deco: Decoration.none }),
  update(value, tr) {
    let marks = value.marks;
    for (const e of tr.effects) if (e.is(setMarks)) marks = e.value;
    if (marks === value.marks && !tr.docChanged) return value;
    return { marks, deco: decorations(tr.state.doc, marks) };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
});

// Colours come from CSS variables so the editor follows the light/dark theme.
const highlight = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.controlKeyword, tags.operatorKeyword, tags.definitionKeyword],
    color: "var(--code-keyword)",
  },
  { tag: [tags.string, tags.special(tags.string)], color: "var(--code-string)" },
  { tag: [tags.number, tags.bool, tags.null], color: "var(--code-number)" },
  { tag: tags.comment, color: "var(--code-comment)", fontStyle: "italic" },
  {
    tag: [tags.function(tags.definition(tags.variableName)), tags.function(tags.variableName)],
    color: "var(--code-function)",
  },
  { tag: [tags.className, tags.definition(tags.className)], color: "var(--code-function)" },
]);

const theme = EditorView.theme({
  // The editor grows with its text (no inner scroll region, which keyboards could not reach).
  "&": { backgroundColor: "var(--surface)", color: "var(--fg)", minHeight: "100%" },
  ".cm-content": { fontFamily: "var(--mono)", caretColor: "var(--fg)" },
  ".cm-gutters": { backgroundColor: "var(--surface-2)", color: "var(--muted)", border: "none" },
  ".cm-activeLine": { backgroundColor: "transparent" },
  // The current line number in full text colour: muted grey on --surface-3 is under 4.5:1 in dark.
  ".cm-activeLineGutter": { backgroundColor: "var(--surface-3)", color: "var(--fg)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": {
    backgroundColor: "var(--selection)",
  },
  ".cm-selected-line": { backgroundColor: "var(--highlight)" },
  ".cm-error-line": {
    backgroundColor: "var(--error-bg)",
    textDecoration: "underline wavy var(--error)",
  },
  ".cm-thread-line": { boxShadow: "inset 4px 0 0 var(--thread-color)" },
  ".cm-thread-names": { marginLeft: "1em", fontSize: "0.85em", fontFamily: "var(--sans)" },
  ".cm-thread-names > span": {
    color: "var(--fg)",
    borderLeft: "3px solid var(--thread-color)",
    paddingLeft: "0.3em",
    marginLeft: "0.5em",
    // A long name wraps as a whole, never inside "Thread-1".
    whiteSpace: "nowrap",
    display: "inline-block",
  },
});

/** Mount an editor in `parent`. `onRun` is called for Ctrl/Cmd+Enter. */
export function createEditor(
  parent: HTMLElement,
  doc: string,
  onChange: (text: string) => void,
  onRun: () => void,
  { readOnly = false } = {},
): EditorHandle {
  let applying = false;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (onRun(), true) }])),
        basicSetup,
        python(),
        syntaxHighlighting(highlight),
        theme,
        marksField,
        EditorView.contentAttributes.of({ "aria-label": "Python code" }),
        // Read-only (embeds): still focusable and selectable, so the code can be read and copied.
        ...(readOnly
          ? [
              EditorState.readOnly.of(true),
              EditorView.contentAttributes.of({ "aria-readonly": "true" }),
            ]
          : []),
        // Wrapped lines: no sideways scrolling on a phone.
        EditorView.lineWrapping,
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !applying) onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setDoc(text) {
      if (text === view.state.doc.toString()) return;
      applying = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      applying = false;
    },
    setMarks(marks) {
      view.dispatch({ effects: setMarks.of(marks) });
    },
    reveal(line) {
      if (line < 1 || line > view.state.doc.lines) return;
      // "nearest" scrolls only when the line is off screen, so the chart being used stays put.
      view.dispatch({
        effects: EditorView.scrollIntoView(view.state.doc.line(line).from, { y: "nearest" }),
      });
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
