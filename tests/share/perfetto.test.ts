/** "Open in Perfetto": the PING/PONG handshake, with a fake Perfetto window. */
import { expect, test } from "vitest";
import { openInPerfetto, PERFETTO_ORIGIN, type PerfettoHost } from "../../src/export/perfetto";

/** A host whose timers are stepped by hand, and a fake Perfetto tab that answers after `readyAfter` pings. */
function fakeHost(readyAfter: number | null, online = true) {
  const posted: { message: unknown; origin: string }[] = [];
  let tick: (() => void) | null = null;
  let handler: ((e: { source: unknown; data: unknown }) => void) | null = null;
  let pings = 0;
  const win = {
    closed: false,
    postMessage(message: unknown, origin: string) {
      posted.push({ message, origin });
      if (message === "PING" && readyAfter !== null && ++pings >= readyAfter)
        handler?.({ source: win, data: "PONG" });
    },
  };
  const host: PerfettoHost = {
    open: (url) => (url === PERFETTO_ORIGIN ? win : null),
    listen(h) {
      handler = h;
      return () => (handler = null);
    },
    setInterval(fn) {
      tick = fn;
      return 1;
    },
    clearInterval: () => (tick = null),
    online,
  };
  return {
    host,
    posted,
    win,
    step: () => tick?.(),
    active: () => tick !== null,
    handler: () => handler,
  };
}

test("pings until PONG, then posts the trace once, to Perfetto's origin only", async () => {
  const f = fakeHost(3);
  const buffer = new TextEncoder().encode('{"traceEvents":[]}').buffer;
  const done = openInPerfetto(f.host, buffer, "Pool", "pool.json");
  // A PONG from some other window is ignored.
  f.handler()?.({ source: {}, data: "PONG" });
  for (let i = 0; i < 5; i++) f.step();
  expect(await done).toBe("sent");
  expect(f.posted.map((p) => p.message)).toEqual([
    "PING",
    "PING",
    "PING",
    { perfetto: { buffer, title: "Pool", fileName: "pool.json" } },
  ]);
  expect(f.posted.every((p) => p.origin === PERFETTO_ORIGIN)).toBe(true);
  expect(f.active()).toBe(false);
  expect(f.handler()).toBeNull();
});

test("offline, blocked pop-up, no answer, closed tab: each says so", async () => {
  expect(await openInPerfetto(fakeHost(1, false).host, new ArrayBuffer(1), "t", "f")).toBe(
    "offline",
  );
  const blocked = fakeHost(1);
  blocked.host.open = () => null;
  expect(await openInPerfetto(blocked.host, new ArrayBuffer(1), "t", "f")).toBe("blocked");
  const silent = fakeHost(null);
  const p = openInPerfetto(silent.host, new ArrayBuffer(1), "t", "f", { maxPings: 4 });
  for (let i = 0; i < 5; i++) silent.step();
  expect(await p).toBe("timeout");
  const closed = fakeHost(null);
  const q = openInPerfetto(closed.host, new ArrayBuffer(1), "t", "f");
  closed.step();
  closed.win.closed = true;
  closed.step();
  expect(await q).toBe("closed");
});
