/** The thread scheduler: GIL and free-threaded time, replay, deadlocks, nested waits. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runProgram, type RunOptions } from "../../../src/engine/index";

const run = (src: string, o: RunOptions = {}) => runProgram(src, { filename: "main.py", ...o });

const CPU = `
import threading
def work():
    x = 0
    for i in range(20000):
        x += i
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("done")
`;

const COUNTER = `
import threading
counter = 0
def work():
    global counter
    for _ in range(20000):
        counter += 1
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
`;

describe("time", () => {
  test("CPU-bound threads do not run faster than one thread under the GIL", () => {
    const one = run(CPU.replace("range(4)", "range(1)"));
    const four = run(CPU);
    expect(four.stdout).toBe("done\n");
    expect(four.elapsed / one.elapsed).toBeGreaterThan(3.5);
  });

  test("free-threaded: four threads on four cores take about a quarter of the time", () => {
    const gil = run(CPU);
    const ft = run(CPU, { model: "free-threaded", cores: 4 });
    expect(ft.stdout).toBe("done\n");
    expect(ft.elapsed / gil.elapsed).toBeLessThan(0.35);
    const two = run(CPU, { model: "free-threaded", cores: 2 });
    expect(two.elapsed / gil.elapsed).toBeGreaterThan(0.45);
    expect(two.elapsed / gil.elapsed).toBeLessThan(0.65);
  });

  test("sleeping threads overlap: three 1 s sleeps take 1 s", () => {
    const r = run(`
import threading, time
ts = [threading.Thread(target=time.sleep, args=(1,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
`);
    expect(r.elapsed).toBeGreaterThanOrEqual(1);
    expect(r.elapsed).toBeLessThan(1.001);
  });

  test("sys.setswitchinterval changes how often a CPU-bound thread hands over the GIL", () => {
    const slices = (iv: number) => run(COUNTER, { switchInterval: iv }).schedule!.split(" ").length;
    expect(slices(0.0005)).toBeGreaterThan(slices(0.005));
  });
});

describe("races", () => {
  test("counter += 1 keeps every update under the GIL (no eval breaker between load and store)", () => {
    expect(run(COUNTER).stdout).toBe("80000\n");
  });

  test("free-threaded: counter += 1 loses updates, deterministically per seed", () => {
    const a = run(COUNTER, { model: "free-threaded", seed: 1 });
    const b = run(COUNTER, { model: "free-threaded", seed: 1 });
    expect(Number(a.stdout)).toBeLessThan(80000);
    expect(a.stdout).toBe(b.stdout);
    expect(a.schedule === b.schedule).toBe(true);
    const c = run(COUNTER, { model: "free-threaded", seed: 2 });
    expect(c.schedule === a.schedule).toBe(false);
  });

  test("with a Lock, no update is lost in either model", () => {
    const locked = COUNTER.replace("counter = 0", "counter = 0\nlock = threading.Lock()").replace(
      "        counter += 1",
      "        with lock:\n            counter += 1",
    );
    expect(run(locked, { model: "free-threaded", seed: 3 }).stdout).toBe("80000\n");
  });
});

describe("replay", () => {
  for (const model of ["gil", "free-threaded"] as const) {
    test(`a recorded schedule replays exactly (${model})`, () => {
      const a = run(COUNTER, { model, seed: 7 });
      const b = run(COUNTER, { model, seed: 12345, schedule: a.schedule });
      expect(b.stdout).toBe(a.stdout);
      expect(b.schedule === a.schedule).toBe(true);
      expect(b.instructions).toBe(a.instructions);
    });
  }

  // Programs whose replays once differed: main-thread exit code as its own slice (70), more
  // threads than cores (51), a pool at exit (67), names (06). The whole trace must match.
  const corpus = join(__dirname, "../../conformance/threads");
  for (const file of [
    "06_thread_names.py",
    "51_nested_threads.py",
    "67_pool_submit_result.py",
    "70_pool_shutdown_wait.py",
  ])
    for (const model of ["gil", "free-threaded"] as const)
      test(`${file} replays with the same trace (${model})`, () => {
        const src = readFileSync(join(corpus, file), "utf8");
        const a = run(src, { model, seed: 3, trace: true });
        const b = run(src, { model, seed: 77, schedule: a.schedule, trace: true });
        expect(b.stdout).toBe(a.stdout);
        expect(b.stderr).toBe(a.stderr);
        expect(b.schedule === a.schedule).toBe(true);
        expect(b.trace!.spans).toEqual(a.trace!.spans);
        expect(b.trace!.events).toEqual(a.trace!.events);
      });

  test("a malformed schedule is refused with a message", () => {
    const r = run("print(1)", { schedule: "1:x" });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/schedule is not valid/);
  });
});

describe("deadlock", () => {
  const DL = `
import threading, time
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        time.sleep(0.1)
        with b:
            print("one")
def two():
    with b:
        time.sleep(0.1)
        with a:
            print("two")
t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start(); t2.start()
t1.join(); t2.join()
`;
  test("two locks taken in opposite orders: the run ends with the wait-for cycle", () => {
    const r = run(DL, { trace: true });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      "Interleave: deadlock: every thread is blocked and nothing can wake them.\n" +
        "  MainThread is waiting for join(Thread-1 (one))\n" +
        "  Thread-1 (one) is waiting for Lock#2 (held by Thread-2 (two))\n" +
        "  Thread-2 (two) is waiting for Lock#1 (held by Thread-1 (one))\n" +
        "Wait-for cycle: Thread-1 (one) → Lock#2 → Thread-2 (two) → Lock#1 → Thread-1 (one)\n",
    );
    expect(r.deadlock!.cycle).toEqual([2, 3]);
    expect(r.trace!.outcome.deadlock!.cycle).toEqual([2, 3]);
    expect(r.elapsed).toBeCloseTo(0.1, 3);
  });

  test("a thread waiting on an Event nobody sets is a deadlock without a cycle", () => {
    const r = run("import threading\nthreading.Event().wait()\n");
    expect(r.deadlock!.cycle).toEqual([]);
    expect(r.stderr).toMatch(/MainThread is waiting for Event#1.wait\(\)/);
  });
});

describe("blocking inside calls made by builtins", () => {
  test("list() over a generator that waits for other threads", () => {
    const r = run(`
import threading, time
done = threading.Event()
def producer():
    time.sleep(0.5)
    done.set()
def items():
    for i in range(3):
        done.wait()
        yield i
threading.Thread(target=producer).start()
print(list(items()), sorted(items(), key=lambda x: -x))
`);
    expect(r.stdout).toBe("[0, 1, 2] [2, 1, 0]\n");
    expect(r.elapsed).toBeCloseTo(0.5, 3);
  });
});
