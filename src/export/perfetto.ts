/**
 * "Open in Perfetto": Perfetto's documented window.open + postMessage handshake
 * (perfetto.dev/docs/visualization/deep-linking-to-perfetto-ui): open the UI, post 'PING'
 * until it answers 'PONG' (its listener may not be ready yet: the channel is not buffered),
 * then post `{perfetto: {buffer, title, fileName}}`.
 */

/** The public Perfetto UI. */
export const PERFETTO_ORIGIN = "https://ui.perfetto.dev";

/** The window-like handle the handshake talks to (a real window, or a test double). */
export interface PerfettoWindow {
  postMessage(message: unknown, targetOrigin: string, transfer?: Transferable[]): void;
  closed?: boolean;
}

/** What the page provides (injected so the handshake is unit-tested without a browser). */
export interface PerfettoHost {
  open(url: string): PerfettoWindow | null;
  /** Subscribe to message events; returns the unsubscribe function. */
  listen(handler: (e: { source: unknown; data: unknown }) => void): () => void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
  online: boolean;
}

/** How the attempt ended. */
export type PerfettoOutcome = "sent" | "offline" | "blocked" | "timeout" | "closed";

/** Messages for each outcome, for the page's status line. */
export const PERFETTO_MESSAGES: Record<PerfettoOutcome, string> = {
  sent: "Trace sent to Perfetto (in the new tab).",
  offline:
    "You are offline: Perfetto needs the network. Download the trace and open it at ui.perfetto.dev later.",
  blocked: "The browser blocked the new tab: allow pop-ups for this page, or download the trace.",
  timeout:
    "Perfetto did not answer (offline, or blocked by the network?). Download the trace and open it at ui.perfetto.dev.",
  closed: "The Perfetto tab was closed before the trace was sent.",
};

/** Open Perfetto and hand it `buffer` (Chrome JSON trace bytes). */
export function openInPerfetto(
  host: PerfettoHost,
  buffer: ArrayBuffer,
  title: string,
  fileName: string,
  { pingMs = 100, maxPings = 150 } = {},
): Promise<PerfettoOutcome> {
  if (!host.online) return Promise.resolve("offline");
  const win = host.open(PERFETTO_ORIGIN);
  if (!win) return Promise.resolve("blocked");
  return new Promise((resolve) => {
    let pings = 0;
    let done = false;
    const finish = (outcome: PerfettoOutcome) => {
      if (done) return;
      done = true;
      host.clearInterval(timer);
      unlisten();
      resolve(outcome);
    };
    const unlisten = host.listen((e) => {
      if (e.source !== win || e.data !== "PONG") return;
      win.postMessage({ perfetto: { buffer, title, fileName } }, PERFETTO_ORIGIN);
      finish("sent");
    });
    const timer = host.setInterval(() => {
      if (win.closed) return finish("closed");
      if (++pings > maxPings) return finish("timeout");
      win.postMessage("PING", PERFETTO_ORIGIN);
    }, pingMs);
  });
}

/** The browser's host for `openInPerfetto`. */
export function browserPerfettoHost(): PerfettoHost {
  return {
    open: (url) => window.open(url, "_blank"),
    listen(handler) {
      const h = (e: MessageEvent) => handler(e);
      window.addEventListener("message", h);
      return () => window.removeEventListener("message", h);
    },
    setInterval: (fn, ms) => window.setInterval(fn, ms),
    clearInterval: (id) => window.clearInterval(id as number),
    online: navigator.onLine,
  };
}
