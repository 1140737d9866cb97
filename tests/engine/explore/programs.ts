/** Sample programs for the explorer tests (the guide's samples and classic races). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const samples = join(__dirname, "..", "..", "conformance", "threads");

/** The guide's shared-variable sample (two threads store 42, main joins and prints). */
export const SEED_02 = readFileSync(join(samples, "seed_02_shared_variable.py"), "utf8");

/** The guide's locked sample only defines the task: completed with two threads and a print. */
export const SEED_03 =
  readFileSync(join(samples, "seed_03_shared_variable_lock.py"), "utf8") +
  `
thread1 = threading.Thread(target=lengthy_task)
thread2 = threading.Thread(target=lengthy_task)
thread1.start()
thread2.start()
thread1.join()
thread2.join()
print(result)
`;

/** `threads` threads each doing `counter += 1` `times` times, optionally under a lock. */
export function counter(threads: number, times: number, locked = false): string {
  const body = locked ? "with lock:\n            counter += 1" : "counter += 1";
  return `import threading
counter = 0
lock = threading.Lock()
def work():
    global counter
    for _ in range(${times}):
        ${body}
ts = [threading.Thread(target=work) for _ in range(${threads})]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`;
}

/** Two threads taking two locks in opposite orders. */
export const TWO_LOCKS = `import threading
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        with b:
            pass
def two():
    with b:
        with a:
            pass
t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start(); t2.start()
t1.join(); t2.join()
print("finished")
`;

/** Reading a thread's result before join(). */
export const READ_BEFORE_JOIN = `import threading
result = None
def task():
    global result
    result = 42
t = threading.Thread(target=task)
t.start()
print(result)
t.join()
`;
