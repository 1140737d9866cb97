/**
 * queue against CPython 3.11: each program's stdout, stderr, exit code and elapsed time
 * were recorded from the real python3 (run as main.py, library paths written as
 * /usr/lib/python3.11, the least loaded of three runs); the engine must print the same.
 */
import { describe, expect, test } from "vitest";
import { runProgram } from "../../../src/engine/index";
import { expectRecorded, type RecordedCase } from "./cases";

const cases: Record<string, RecordedCase> = {
  basic_orders: {
    source: `# FIFO, LIFO and priority order; qsize/empty/full; the exception classes.
import _queue
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (3, 1, 2):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
bounded = queue.Queue(2)
bounded.put_nowait("a")
bounded.put_nowait("b")
print("full:", bounded.full(), "maxsize:", bounded.maxsize)
try:
    bounded.put_nowait("c")
except queue.Full as e:
    print("Full:", repr(e), isinstance(e, Exception))
print(bounded.get_nowait(), bounded.get_nowait())
try:
    bounded.get_nowait()
except queue.Empty as e:
    print("Empty:", repr(e), type(e))
print(queue.Empty is _queue.Empty, queue.Empty.__module__, queue.Full, queue.SimpleQueue)
print(queue.__all__)
for size in (0, -1):
    q = queue.Queue(size)
    for i in range(100):
        q.put_nowait(i)
    print("maxsize", size, "->", q.qsize(), q.full())
pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
print(isinstance(queue.LifoQueue(), queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
`,
    stdout:
      "Queue 3 False False [3, 1, 2] True\nLifoQueue 3 False False [2, 1, 3] True\nPriorityQueue 3 False False [1, 2, 3] True\nfull: True maxsize: 2\nFull: Full() True\na b\nEmpty: Empty() <class '_queue.Empty'>\nTrue _queue <class 'queue.Full'> <class '_queue.SimpleQueue'>\n['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']\nmaxsize 0 -> 100 False\nmaxsize -1 -> 100 False\n[(1, 'y'), (1, 'z'), (2, 'a'), (2, 'b')]\nTrue True\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.0,
  },
  blocking_timeouts: {
    source: `# put() blocks on a full queue and get() on an empty one; timeouts raise Full / Empty.
import queue
import threading
import time

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


q = queue.Queue(maxsize=1)
got = []


def slow_consumer():
    for _ in range(3):
        time.sleep(0.2)
        got.append((q.get(), now()))


t = threading.Thread(target=slow_consumer)
t.start()
for i in range(4):
    q.put(i)
    print("put", i, "returned at", now())
t.join()
print("consumer got", got)
try:
    q.put("x", timeout=0.3)
except queue.Full:
    print("put timeout: Full at", now())
print(q.get(timeout=0.1), "left; empty:", q.empty())
try:
    q.get(timeout=0.2)
except queue.Empty:
    print("get timeout: Empty at", now())
for bad in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-0.5)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    q.get(False, -1)
except queue.Empty:
    print("non-blocking get ignores the timeout")
threading.Timer(0.3, q.put, args=("late",)).start()
print("got", q.get(timeout=1), "at", now())
`,
    stdout:
      "put 0 returned at 0.0\nput 1 returned at 0.2\nput 2 returned at 0.4\nput 3 returned at 0.6\nconsumer got [(0, 0.2), (1, 0.4), (2, 0.6)]\nput timeout: Full at 0.9\n3 left; empty: True\nget timeout: Empty at 1.1\nValueError: 'timeout' must be a non-negative number\nValueError: 'timeout' must be a non-negative number\nnon-blocking get ignores the timeout\ngot late at 1.4\n",
    stderr: "",
    exitCode: 0,
    elapsed: 1.4,
  },
  join_task_done: {
    source: `# join() waits for one task_done() per put(); extra task_done() raises ValueError.
import queue
import threading
import time

t0 = time.perf_counter()
q = queue.Queue()
done = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.1)
        done.append(item)
        q.task_done()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for i in range(6):
    q.put(i)
print("unfinished:", q.unfinished_tasks)
q.join()
print("joined at", round(time.perf_counter() - t0, 1), sorted(done))
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print("unfinished:", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print(type(e).__name__, e)
`,
    stdout:
      "unfinished: 6\njoined at 0.3 [0, 1, 2, 3, 4, 5]\nunfinished: 0\nValueError task_done() called too many times\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.3,
  },
  producers_consumers: {
    source: `# Several producers and consumers on one bounded queue, with a None sentinel per consumer.
import queue
import threading
import time

t0 = time.perf_counter()
q = queue.Queue(maxsize=2)
lock = threading.Lock()
consumed = []


def producer(base):
    for i in range(3):
        time.sleep(0.1)
        q.put(base + i)


def consumer():
    while True:
        item = q.get()
        if item is None:
            return
        time.sleep(0.15)
        with lock:
            consumed.append(item)


producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(sorted(consumed))
print("elapsed", round(time.perf_counter() - t0, 1))
`,
    stdout: "[0, 1, 2, 100, 101, 102]\nelapsed 0.6\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.6,
  },
  simple_queue: {
    source: `# SimpleQueue (the C type in CPython): API, argument errors, blocking get.
import queue
import threading
import time

t0 = time.perf_counter()
sq = queue.SimpleQueue()
calls = [
    ("SimpleQueue(1)", lambda: queue.SimpleQueue(1)),
    ("get(timeout=-1)", lambda: sq.get(timeout=-1)),
    ("get(False, -1)", lambda: sq.get(False, -1)),
    ("get(timeout='x')", lambda: sq.get(timeout="x")),
    ("put()", lambda: sq.put()),
    ("get(1, 2, 3)", lambda: sq.get(1, 2, 3)),
    ("get(block=None)", lambda: sq.get(block=None)),
    ("put(1, timeout=-5)", lambda: sq.put(1, timeout=-5)),
    ("get_nowait(1)", lambda: sq.get_nowait(1)),
    ("qsize(1)", lambda: sq.qsize(1)),
    ("empty(1)", lambda: sq.empty(1)),
    ("get()", lambda: sq.get()),
    ("put(item=5)", lambda: sq.put(item=5)),
    ("put_nowait(6)", lambda: sq.put_nowait(6)),
    ("qsize()", lambda: sq.qsize()),
    ("get(block=False)", lambda: sq.get(block=False)),
    ("get_nowait()", lambda: sq.get_nowait()),
    ("put_nowait()", lambda: sq.put_nowait()),
    ("get(bogus=1)", lambda: sq.get(bogus=1)),
    ("empty()", lambda: sq.empty()),
]
for name, call in calls:
    try:
        print(name, "->", repr(call()))
    except Exception as e:
        print(name, "->", type(e).__name__, e)


class Sub(queue.SimpleQueue):
    pass


s = Sub()
s.put(3)
print(type(s).__name__, s.get(), s.qsize(), type(sq), hasattr(sq, "task_done"))
try:
    sq.get(timeout=0.2)
except queue.Empty:
    print("Empty at", round(time.perf_counter() - t0, 1))
threading.Timer(0.3, sq.put, args=("hello",)).start()
print(sq.get(), "at", round(time.perf_counter() - t0, 1))
`,
    stdout:
      "SimpleQueue(1) -> TypeError SimpleQueue() takes no positional arguments\nget(timeout=-1) -> ValueError 'timeout' must be a non-negative number\nget(False, -1) -> Empty \nget(timeout='x') -> TypeError 'str' object cannot be interpreted as an integer\nput() -> TypeError put() missing required argument 'item' (pos 1)\nget(1, 2, 3) -> TypeError get() takes at most 2 arguments (3 given)\nget(block=None) -> Empty \nput(1, timeout=-5) -> None\nget_nowait(1) -> TypeError get_nowait() takes no arguments\nqsize(1) -> TypeError SimpleQueue.qsize() takes no arguments (1 given)\nempty(1) -> TypeError SimpleQueue.empty() takes no arguments (1 given)\nget() -> 1\nput(item=5) -> None\nput_nowait(6) -> None\nqsize() -> 2\nget(block=False) -> 5\nget_nowait() -> 6\nput_nowait() -> TypeError put_nowait() missing required argument 'item' (pos 1)\nget(bogus=1) -> TypeError 'bogus' is an invalid keyword argument for get()\nempty() -> True\nSub 3 0 <class '_queue.SimpleQueue'> False\nEmpty at 0.2\nhello at 0.5\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.5,
  },
  uncaught_get_nowait: {
    source: `# An uncaught queue.Empty from get_nowait(): the traceback goes through queue.py.
import queue

q = queue.Queue()
q.put("only")
print(q.get_nowait())
q.get_nowait()
`,
    stdout: "only\n",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 7, in <module>\n    q.get_nowait()\n  File "/usr/lib/python3.11/queue.py", line 199, in get_nowait\n    return self.get(block=False)\n           ^^^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3.11/queue.py", line 168, in get\n    raise Empty\n_queue.Empty\n',
    exitCode: 1,
    elapsed: 0.0,
  },
  uncaught_priority_compare: {
    source: `# Items a PriorityQueue cannot compare: the TypeError comes from heapq inside queue.py.
import queue

pq = queue.PriorityQueue()
pq.put({"a": 1})
pq.put({"b": 2})
`,
    stdout: "",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 6, in <module>\n    pq.put({"b": 2})\n  File "/usr/lib/python3.11/queue.py", line 150, in put\n    self._put(item)\n  File "/usr/lib/python3.11/queue.py", line 236, in _put\n    heappush(self.queue, item)\nTypeError: \'<\' not supported between instances of \'dict\' and \'dict\'\n',
    exitCode: 1,
    elapsed: 0.0,
  },
  uncaught_put_full: {
    source: `# An uncaught queue.Full from put(timeout=...) after waiting.
import queue
import time

t0 = time.perf_counter()
q = queue.Queue(1)
q.put(1)
try:
    q.put(2, timeout=0.2)
finally:
    print("waited", round(time.perf_counter() - t0, 1))
`,
    stdout: "waited 0.2\n",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 9, in <module>\n    q.put(2, timeout=0.2)\n  File "/usr/lib/python3.11/queue.py", line 148, in put\n    raise Full\nqueue.Full\n',
    exitCode: 1,
    elapsed: 0.2,
  },
  uncaught_simple_queue: {
    source: `# SimpleQueue is C code in CPython: no library frame in the traceback.
import queue

sq = queue.SimpleQueue()
sq.get(timeout=0.1)
`,
    stdout: "",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 5, in <module>\n    sq.get(timeout=0.1)\n_queue.Empty\n',
    exitCode: 1,
    elapsed: 0.1,
  },
  uncaught_task_done: {
    source: `import queue

q = queue.LifoQueue()
q.task_done()
`,
    stdout: "",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 4, in <module>\n    q.task_done()\n  File "/usr/lib/python3.11/queue.py", line 75, in task_done\n    raise ValueError(\'task_done() called too many times\')\nValueError: task_done() called too many times\n',
    exitCode: 1,
    elapsed: 0.0,
  },
};

describe("queue matches CPython", () => {
  for (const [name, c] of Object.entries(cases)) test(name, () => expectRecorded(c));
});

/** The trace of a run (events and blocked spans), for the checks below. */
function traced(source: string) {
  const r = runProgram(source, { filename: "main.py", trace: true });
  expect(r.stderr).toBe("");
  const t = r.trace!;
  const name = (id: number) => t.objects.find((o) => o.id === id)?.name;
  const events = t.events.flatMap((e) =>
    e.type === "queue put" || e.type === "queue get"
      ? [`${e.type} ${name(e.object)} ${e.item} #${e.seq}`]
      : [],
  );
  const waits = t.spans
    .filter((s) => s.state === "blocked" && s.kind !== "event")
    .map((s) => `${s.thread} ${s.kind}: ${s.label}`);
  return { events, waits: [...new Set(waits)] };
}

describe("queue in the trace", () => {
  test("put/get events carry the item and pair up by sequence number", () => {
    const { events, waits } = traced(
      [
        "import queue, threading, time",
        "q = queue.Queue(maxsize=1)",
        "def consumer():",
        "    for _ in range(3):",
        "        time.sleep(0.1)",
        "        q.get()",
        "        q.task_done()",
        "t = threading.Thread(target=consumer)",
        "t.start()",
        "for item in ('a', 'b', 'c'):",
        "    q.put(item)",
        "q.join()",
        "t.join()",
      ].join("\n"),
    );
    expect(events).toEqual([
      "queue put Queue#1 'a' #1",
      "queue get Queue#1 'a' #1",
      "queue put Queue#1 'b' #2",
      "queue get Queue#1 'b' #2",
      "queue put Queue#1 'c' #3",
      "queue get Queue#1 'c' #3",
    ]);
    expect(waits).toEqual(["1 queue put: Queue#1.put()", "1 queue join: Queue#1.join()"]);
  });

  test("blocked get() on a Queue and a SimpleQueue", () => {
    const { events, waits } = traced(
      [
        "import queue, threading",
        "q = queue.LifoQueue()",
        "sq = queue.SimpleQueue()",
        "threading.Timer(0.1, q.put, args=(1,)).start()",
        "threading.Timer(0.2, sq.put, args=(2,)).start()",
        "print(q.get(), sq.get())",
      ].join("\n"),
    );
    expect(events).toEqual([
      "queue put LifoQueue#1 1 #1",
      "queue get LifoQueue#1 1 #1",
      "queue put SimpleQueue#1 2 #1",
      "queue get SimpleQueue#1 2 #1",
    ]);
    expect(waits).toEqual(["1 queue get: LifoQueue#1.get()", "1 queue get: SimpleQueue#1.get()"]);
  });
});
