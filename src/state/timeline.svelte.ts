/**
 * What the timeline shows: the visible time window, the playhead of step-through and the
 * selected source line. Shared by the timeline, the Locks lanes, Output and the editor.
 */
import { centreOn, clampWindow, fitWindow, panBy, zoomAt, type TimeScale } from "../layout/scale";

/** The shared view state of one run's charts. */
export class TimelineState {
  /** End of the run in ns (the right edge of "fit"). */
  end = $state(0);
  /** Visible window; its width field is unused here (each chart knows its own pixels). */
  t0 = $state(0);
  t1 = $state(1);
  /** Step-through playhead in ns, or null when not stepping. */
  playhead = $state<number | null>(null);
  /** Source line to highlight in the editor (a clicked span). */
  selectedLine = $state<number | null>(null);
  /** Bumped on each span click so the editor re-reveals the same line. */
  selectionSeq = $state(0);

  #scale(): TimeScale {
    return { t0: this.t0, t1: this.t1, width: 1 };
  }

  #set(s: TimeScale): void {
    this.t0 = s.t0;
    this.t1 = s.t1;
  }

  /** Reset for a new run ending at `end` ns, showing all of it. */
  reset(end: number): void {
    this.end = end;
    this.playhead = null;
    this.selectedLine = null;
    this.fit();
  }

  /** Show the whole run. */
  fit(): void {
    this.#set(fitWindow(this.end, 1));
  }

  /** Zoom by `factor` (> 1 zooms in) around time `anchor` (default: the centre). */
  zoom(factor: number, anchor = (this.t0 + this.t1) / 2): void {
    this.#set(zoomAt(this.#scale(), factor, anchor, this.end));
  }

  /** Pan by a fraction of the visible window (positive: later). */
  panFraction(fraction: number): void {
    this.#set(panBy(this.#scale(), (this.t1 - this.t0) * fraction, this.end));
  }

  /** Pan by `dt` ns. */
  panBy(dt: number): void {
    this.#set(panBy(this.#scale(), dt, this.end));
  }

  /** Bring time `t` into view: centre on it, zooming in if the whole run is shown. */
  goTo(t: number): void {
    let s = this.#scale();
    if (s.t1 - s.t0 >= this.end && this.end > 0) s = zoomAt(s, 4, t, this.end);
    this.#set(clampWindow(centreOn(s, t, this.end), this.end));
  }

  /** Highlight `line` in the editor. */
  selectLine(line: number): void {
    this.selectedLine = line > 0 ? line : null;
    this.selectionSeq++;
  }
}
