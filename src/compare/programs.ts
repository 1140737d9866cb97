/**
 * The Compare view's workload and, for each result-collecting strategy, the short Python
 * program that runs it. Pure: the same workload always gives the same five programs, so
 * their CPython output can be recorded once (tests/conformance/compare) and checked.
 */

/** What every strategy runs: tasks that take `durations[i]` seconds, on `workers` threads. */
export interface Workload {
  /** Seconds each task takes (task n is durations[n - 1]). */
  durations: number[];
  /** Worker threads (the pool size, or how many threads share the tasks). */
  workers: number;
  /** Number (1-based) of the task that raises ValueError, or null: every task succeeds. */
  failing: number | null;
}

/** The strategies compared, in table order. */
export type StrategyId = "pool" | "no-lock" | "lock" | "queue" | "callback";

/** One strategy: its id, its name in the table and the preset it belongs to in the editor. */
export interface Strategy {
  id: StrategyId;
  title: string;
  /** The strategy picker's preset the program is loaded under by "Open in editor". */
  presetId: string;
}

/** Every strategy, in table order. */
export const STRATEGIES: readonly Strategy[] = [
  { id: "pool", title: "Thread pool & futures", presetId: "pool-futures" },
  { id: "no-lock", title: "Shared variable (no lock)", presetId: "shared-no-lock" },
  { id: "lock", title: "Shared variable + Lock", presetId: "shared-lock" },
  { id: "queue", title: "Queue (producer/consumer)", presetId: "queue" },
  { id: "callback", title: "Callback (Thread + callback)", presetId: "callback" },
];

/** The default workload: uneven tasks on two workers, the third task raises. */
export const DEFAULT_WORKLOAD: Workload = { durations: [3, 5, 1, 2], workers: 2, failing: 3 };

/** Limits of the workload form (exploration cost grows fast with tasks and threads). */
export const LIMITS = { maxTasks: 6, maxWorkers: 4, maxSeconds: 30 } as const;

/** Task n's result: n squared, so a lost or missing result changes the total visibly. */
export function taskValue(n: number): number {
  return n * n;
}

/** The total a correct program prints: the results of every task that did not raise. */
export function expectedTotal(w: Workload): number {
  let total = 0;
  w.durations.forEach((_, i) => {
    if (i + 1 !== w.failing) total += taskValue(i + 1);
  });
  return total;
}

/** The last line a correct program prints. */
export function expectedLine(w: Workload): string {
  return `total = ${expectedTotal(w)}`;
}

/** A number as Python writes its literal (our inputs are plain decimals: 2, 0.5, 1.25). */
function pyNumber(x: number): string {
  return String(x);
}

/** The lines every program shares: imports, the workload constants and the task itself. */
function prelude(w: Workload, comment: string, imports: string[]): string[] {
  const task = [
    "def task(n, seconds):",
    "    time.sleep(seconds)  # stands for I/O: a download, a query",
  ];
  if (w.failing !== null)
    task.push(`    if n == ${w.failing}:`, `        raise ValueError(f"task {n} failed")`);
  task.push("    return n * n");
  return [
    `# ${comment}`,
    ...imports,
    "",
    `DURATIONS = [${w.durations.map(pyNumber).join(", ")}]  # seconds each task takes`,
    `WORKERS = ${w.workers}`,
    "",
    "",
    ...task,
  ];
}

/** Start one thread per share of the jobs (job i goes to thread i % WORKERS), wait for all. */
function startAndJoin(args: string): string[] {
  return [
    "jobs = list(enumerate(DURATIONS, 1))",
    `threads = [threading.Thread(target=worker, args=(${args})) for i in range(WORKERS)]`,
    "for t in threads:",
    "    t.start()",
    "for t in threads:",
    "    t.join()",
  ];
}

function poolProgram(w: Workload): string[] {
  const collect =
    w.failing === null
      ? ["    for future in futures:", "        total += future.result()  # waits for the task"]
      : [
          "    for n, future in enumerate(futures, 1):",
          "        try:",
          "            total += future.result()  # waits; re-raises the task's exception",
          "        except ValueError as e:",
          '            print(f"task {n} raised: {e}")',
        ];
  return [
    ...prelude(w, "Thread pool & futures: submit every task, collect each result()", [
      "from concurrent.futures import ThreadPoolExecutor",
      "import time",
    ]),
    "",
    "",
    "total = 0",
    "with ThreadPoolExecutor(max_workers=WORKERS) as pool:",
    "    futures = [pool.submit(task, n, s) for n, s in enumerate(DURATIONS, 1)]",
    ...collect,
    'print("total =", total)',
  ];
}

function sharedProgram(w: Workload, locked: boolean): string[] {
  // `total += task(...)` reads total before task() runs and writes it back after: every
  // update another thread makes meanwhile is lost. The lock version updates under the lock.
  const update = locked
    ? [
        "        value = task(n, seconds)",
        "        with lock:  # held only for the read-add-write",
        "            total += value",
      ]
    : ["        total += task(n, seconds)  # reads total, waits for the task, writes it back"];
  return [
    ...prelude(
      w,
      locked
        ? "Shared variable + Lock: workers add their results to a global under a lock"
        : "Shared variable, no lock: workers add their results to a global total",
      ["import threading", "import time"],
    ),
    "",
    "",
    "total = 0",
    ...(locked ? ["lock = threading.Lock()"] : []),
    "",
    "",
    "def worker(my_jobs):",
    "    global total",
    "    for n, seconds in my_jobs:",
    ...update,
    "",
    "",
    ...startAndJoin("jobs[i::WORKERS],"),
    'print("total =", total)',
  ];
}

function queueProgram(w: Workload): string[] {
  return [
    ...prelude(w, "Queue: MainThread produces jobs, workers consume them and put results", [
      "import queue",
      "import threading",
      "import time",
    ]),
    "",
    "",
    "jobs = queue.Queue()",
    "results = queue.Queue()",
    "",
    "",
    "def worker():",
    "    while True:",
    "        job = jobs.get()  # blocks while there is no job",
    "        if job is None:  # sentinel: no more work",
    "            break",
    "        results.put(task(*job))",
    "",
    "",
    "for job in enumerate(DURATIONS, 1):",
    "    jobs.put(job)",
    "for _ in range(WORKERS):",
    "    jobs.put(None)  # one sentinel per worker",
    "threads = [threading.Thread(target=worker) for _ in range(WORKERS)]",
    "for t in threads:",
    "    t.start()",
    "for t in threads:",
    "    t.join()",
    "total = 0",
    "while not results.empty():",
    "    total += results.get()",
    'print("total =", total)',
  ];
}

function callbackProgram(w: Workload): string[] {
  return [
    ...prelude(w, "Callback: each worker thread hands every result to a callback", [
      "import threading",
      "import time",
    ]),
    "",
    "",
    "results = []",
    "",
    "",
    "def on_result(value):",
    "    results.append(value)  # runs in the worker thread, not in MainThread",
    "",
    "",
    "def worker(my_jobs, callback):",
    "    for n, seconds in my_jobs:",
    "        callback(task(n, seconds))",
    "",
    "",
    ...startAndJoin("jobs[i::WORKERS], on_result"),
    'print("total =", sum(results))',
  ];
}

/** The Python program that runs workload `w` with strategy `id`. */
export function programFor(id: StrategyId, w: Workload): string {
  const lines =
    id === "pool"
      ? poolProgram(w)
      : id === "no-lock"
        ? sharedProgram(w, false)
        : id === "lock"
          ? sharedProgram(w, true)
          : id === "queue"
            ? queueProgram(w)
            : callbackProgram(w);
  return lines.join("\n") + "\n";
}
