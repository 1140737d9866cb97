/** A Python thread as the VM sees it: a frame stack and its handled-exception state. */
import type { PyBaseException } from "../runtime/exceptions";
import type { PyValue } from "../runtime/object";
import type { Frame } from "./frame";

/** Per-thread interpreter state. */
export class VMThread {
  frames: Frame[] = [];
  /** The exception currently being handled (sys.exc_info()), or null. */
  excInfo: PyBaseException | null = null;
  /** Set by RERAISE-like instructions: the next caught exception gets no new traceback entry. */
  reraising = false;
  /** Python recursion depth (frames pushed, including nested native calls). */
  depth = 0;
  /** Instructions executed by this thread. */
  steps = 0;
  /** The Python-level Thread object, once threading exists. */
  pyThread: PyValue | null = null;
  constructor(
    public readonly id: number,
    public name: string,
  ) {}

  /** The innermost frame. */
  get top(): Frame {
    return this.frames[this.frames.length - 1];
  }
}
