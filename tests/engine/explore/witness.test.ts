/** Replaying a witness: the same output, and each preemption with what the thread last did. */
import { describe, expect, test, vi } from "vitest";
import { exploreSync } from "../../../src/engine/explore";
import { replayWitness } from "../../../src/engine/explore/witness";
import { counter } from "./programs";

vi.setConfig({ testTimeout: 60_000 });

const BOX = `import threading
lock = threading.Lock()
items = []
class Box:
    def __init__(self):
        self.total = 0
box = Box()
def work(n):
    with lock:
        items.append(n)
    box.total = box.total + n
t1 = threading.Thread(target=work, args=(1,))
t2 = threading.Thread(target=work, args=(2,))
t1.start(); t2.start(); t1.join(); t2.join()
print(box.total, sorted(items))
`;

const witnesses = (src: string, model: "any" | "gil" = "any") =>
  new Map(exploreSync(src, { model }).outcomes.map((o) => [o.stdout, o]));

describe("replayWitness", () => {
  test("a lost update: one preemption, of a worker after it read counter", () => {
    const lost = witnesses(counter(2, 2)).get("2\n")!;
    const { result, preemptions } = replayWitness(counter(2, 2), {
      schedule: lost.schedule,
      trace: true,
    });
    expect(result.stdout).toBe("2\n");
    expect(preemptions).toHaveLength(lost.preemptions);
    const [p] = preemptions;
    const names = new Map(result.trace!.threads.map((t) => [t.id, t.name]));
    expect(names.get(p.thread)).toMatch(/^Thread-\d \(work\)$/);
    expect(p.did).toBe("reading counter");
    expect(p.line).toBe(7);
    // The switch is where the thread's running span ends and it waits, ready to go on.
    const after = result.trace!.spans.find((s) => s.thread === p.thread && s.start === p.t);
    expect(after?.state).toBe("ready");
  });

  test("a run without preemptions has none", () => {
    const all = witnesses(counter(2, 2), "gil").get("4\n")!;
    expect(all.preemptions).toBe(0);
    expect(replayWitness(counter(2, 2), { schedule: all.schedule }).preemptions).toEqual([]);
  });

  test("attribute reads are named by the variable holding the object", () => {
    const w = witnesses(BOX);
    const one = w.get("1 [1, 2]\n")!;
    const { result, preemptions } = replayWitness(BOX, { schedule: one.schedule });
    expect(result.stdout).toBe("1 [1, 2]\n");
    expect(preemptions.map((p) => p.did)).toEqual(["reading box.total"]);
  });
});
