/**
 * The program in the editor and the preset it came from. Every keystroke is autosaved;
 * edits are kept per preset, so switching presets and back never loses them.
 */
import { PRESETS, presetById, type Preset } from "../presets";
import { load, save } from "./storage";

/** Where a program shown without being the user's own came from. */
export type BorrowedFrom = "link" | "bad-link" | "host";

/** Editor content and strategy choice. */
export class ProgramState {
  presetId = $state(PRESETS[0].id);
  code = $state(PRESETS[0].source);
  /**
   * Set while the editor shows a program from a link or a host page: it is not autosaved, and
   * the user's own saved code stays untouched until they choose `keep()` or `restoreOwn()`.
   */
  borrowed = $state<BorrowedFrom | null>(null);
  /** Edited sources by preset id (only presets whose text differs from the original). */
  #edits: Record<string, string> = {};

  constructor() {
    const id = load<string>("preset", PRESETS[0].id);
    this.#edits = load<Record<string, string>>("edits", {});
    this.presetId = presetById(id) ? id : PRESETS[0].id;
    this.code = this.#edits[this.presetId] ?? this.preset.source;
  }

  /** The chosen preset. */
  get preset(): Preset {
    return presetById(this.presetId) ?? PRESETS[0];
  }

  /** True when the editor differs from the preset's original text. */
  get modified(): boolean {
    return this.code !== this.preset.source;
  }

  /** Whether preset `id` has kept edits (the picker marks it "modified"). */
  isEdited(id: string): boolean {
    return id === this.presetId ? this.modified : id in this.#edits;
  }

  /** Switch to preset `id`, restoring its edited text if it has one. */
  choose(id: string): void {
    const p = presetById(id);
    if (!p) return;
    this.borrowed = null;
    this.presetId = id;
    this.code = this.#edits[id] ?? p.source;
    save("preset", id);
  }

  /** Replace the editor text (from a keystroke) and autosave it (not a borrowed program). */
  setCode(code: string): void {
    this.code = code;
    if (this.borrowed) return;
    if (code === this.preset.source) delete this.#edits[this.presetId];
    else this.#edits[this.presetId] = code;
    save("edits", this.#edits);
  }

  /** Throw away the edits of the current preset. */
  reset(): void {
    this.setCode(this.preset.source);
  }

  /** The text preset `id` opens with: the user's kept edit, else the original. */
  ownCode(id: string): string {
    return this.#edits[id] ?? presetById(id)?.source ?? PRESETS[0].source;
  }

  /** Show `code` (from a link or host page) without autosaving it or touching saved code. */
  borrow(presetId: string, code: string, from: BorrowedFrom): void {
    this.presetId = presetById(presetId) ? presetId : PRESETS[0].id;
    this.code = code;
    this.borrowed = from;
  }

  /** Leave a borrowed program: back to the user's own saved preset and code. */
  restoreOwn(): void {
    const id = load<string>("preset", PRESETS[0].id);
    this.borrowed = null;
    this.presetId = presetById(id) ? id : PRESETS[0].id;
    this.code = this.ownCode(this.presetId);
  }

  /** Make the borrowed program the user's own: it is autosaved from now on. */
  keep(): void {
    this.borrowed = null;
    save("preset", this.presetId);
    this.setCode(this.code);
  }
}
