/**
 * concurrent.futures against CPython 3.11: each program's stdout, stderr, exit code and elapsed time
 * were recorded from the real python3 (run as main.py, library paths written as
 * /usr/lib/python3.11, the least loaded of three runs); the engine must print the same.
 */
import { describe, expect, test } from "vitest";
import { runProgram } from "../../../src/engine/index";
import { expectRecorded, type RecordedCase } from "./cases";

const cases: Record<string, RecordedCase> = {
  as_completed_order: {
    source: `# as_completed(): completion order, finished futures first, duplicates once, timeout.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

t0 = time.perf_counter()


def slow(name, d):
    time.sleep(d)
    return name


with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(slow, n, d) for n, d in (("c", 0.3), ("a", 0.1), ("b", 0.2))]
    for f in as_completed(fs):
        print(f.result(), "at", round(time.perf_counter() - t0, 1))
    done = pool.submit(slow, "done", 0)
    done.result()
    late = pool.submit(slow, "late", 0.1)
    print([f.result() for f in as_completed([late, done, done, late])])
    fs = [pool.submit(slow, n, d) for n, d in (("x", 0.1), ("y", 0.5))]
    try:
        for f in as_completed(fs, timeout=0.3):
            print("completed", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e, "at", round(time.perf_counter() - t0, 1))
`,
    stdout:
      "a at 0.1\nb at 0.2\nc at 0.3\n['done', 'late']\ncompleted x\nTimeoutError: 1 (of 2) futures unfinished at 0.7\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.9,
  },
  callbacks: {
    source: `# Done callbacks: run in the worker that completes the future, at once if already done,
# in the cancelling thread on cancel(); an exception in a callback is logged, not raised.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

log = []


def cb(label):
    def callback(f):
        state = "cancelled" if f.cancelled() else f.result()
        log.append(f"{label} in {threading.current_thread().name}: {state}")

    return callback


def broken(f):
    raise ValueError("callback failed")


with ThreadPoolExecutor(max_workers=1) as pool:
    slow = pool.submit(lambda: (time.sleep(0.2), "slow")[1])
    slow.add_done_callback(cb("first"))
    slow.add_done_callback(broken)
    slow.add_done_callback(cb("second"))
    pending = pool.submit(pow, 2, 5)
    pending.add_done_callback(cb("pending"))
    print("cancel:", pending.cancel())
    slow.result()
    time.sleep(0.1)
    slow.add_done_callback(cb("late"))
    slow.add_done_callback(broken)
for line in log:
    print(line)
`,
    stdout:
      "cancel: True\npending in MainThread: cancelled\nfirst in ThreadPoolExecutor-0_0: slow\nsecond in ThreadPoolExecutor-0_0: slow\nlate in MainThread: slow\n",
    stderr:
      'exception calling callback for <Future at 0x7fb216ec6a50 state=finished returned str>\nTraceback (most recent call last):\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 340, in _invoke_callbacks\n    callback(self)\n  File "main.py", line 19, in broken\n    raise ValueError("callback failed")\nValueError: callback failed\nexception calling callback for <Future at 0x7fb216ec6a50 state=finished returned str>\nTraceback (most recent call last):\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 424, in add_done_callback\n    fn(self)\n  File "main.py", line 19, in broken\n    raise ValueError("callback failed")\nValueError: callback failed\n',
    exitCode: 0,
    elapsed: 0.3,
  },
  cancel_shutdown: {
    source: `# cancel(), CancelledError, shutdown(cancel_futures=True), submit after shutdown.
import time
from concurrent.futures import CancelledError, ThreadPoolExecutor

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


def job(i):
    time.sleep(0.2)
    return i


pool = ThreadPoolExecutor(max_workers=1)
fs = [pool.submit(job, i) for i in range(4)]
time.sleep(0.1)
print("cancel running:", fs[0].cancel(), "cancel pending:", fs[1].cancel(), fs[1].cancel())
try:
    fs[1].result()
except CancelledError as e:
    print("CancelledError", repr(str(e)), CancelledError.__module__)
try:
    fs[1].exception()
except CancelledError:
    print("exception() too")
pool.shutdown(wait=True, cancel_futures=True)
print("shutdown at", now(), [f.cancelled() for f in fs], [f.done() for f in fs])
for call in (lambda: pool.submit(job, 9), lambda: pool.map(job, [1])):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
pool.shutdown()
with ThreadPoolExecutor(2) as p2:
    f = p2.submit(job, 5)
print("with exit at", now(), f.result())
`,
    stdout:
      "cancel running: False cancel pending: True True\nCancelledError '' concurrent.futures._base\nexception() too\nshutdown at 0.2 [False, True, True, True] [True, True, True, True]\nRuntimeError: cannot schedule new futures after shutdown\nRuntimeError: cannot schedule new futures after shutdown\nwith exit at 0.4 5\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.4,
  },
  imports: {
    source: `# The import forms, the names the package exports, os.cpu_count.
import concurrent.futures
import concurrent.futures as cf
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor, _base, thread

print(cf is futures is concurrent.futures, cf.ThreadPoolExecutor is ThreadPoolExecutor)
print(cf.__all__)
print(cf.Future.__module__, cf.wait.__module__, cf.as_completed.__module__, ThreadPoolExecutor.__module__)
print(cf.TimeoutError is TimeoutError, cf.CancelledError.__mro__)
print(_base.PENDING, _base.FINISHED, thread.BrokenThreadPool.__mro__[1])
print(issubclass(ThreadPoolExecutor, cf.Executor), cf.BrokenExecutor.__mro__)
print(type(cf.wait([]).done), cf.Future().done())
`,
    stdout:
      "True True\n('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor', 'ThreadPoolExecutor')\nconcurrent.futures._base concurrent.futures._base concurrent.futures._base concurrent.futures.thread\nTrue (<class 'concurrent.futures._base.CancelledError'>, <class 'concurrent.futures._base.Error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)\nPENDING FINISHED <class 'concurrent.futures._base.BrokenExecutor'>\nTrue (<class 'concurrent.futures._base.BrokenExecutor'>, <class 'RuntimeError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)\n<class 'set'> False\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.0,
  },
  initializer_fails: {
    source: `# A failing initializer: logged, the pool becomes broken, pending futures fail.
import time
from concurrent.futures import BrokenExecutor, ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool


def init():
    raise OSError("no init")


pool = ThreadPoolExecutor(max_workers=1, initializer=init)
f = pool.submit(pow, 2, 2)
time.sleep(0.1)
try:
    f.result()
except BrokenThreadPool as e:
    print("result:", e)
try:
    pool.submit(pow, 1, 1)
except BrokenExecutor as e:
    print("submit:", type(e).__name__, e)
pool.shutdown()
print(BrokenThreadPool.__mro__)
`,
    stdout:
      "result: A thread initializer failed, the thread pool is not usable anymore\nsubmit: BrokenThreadPool A thread initializer failed, the thread pool is not usable anymore\n(<class 'concurrent.futures.thread.BrokenThreadPool'>, <class 'concurrent.futures._base.BrokenExecutor'>, <class 'RuntimeError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)\n",
    stderr:
      'Exception in initializer:\nTraceback (most recent call last):\n  File "/usr/lib/python3.11/concurrent/futures/thread.py", line 72, in _worker\n    initializer(*initargs)\n  File "main.py", line 8, in init\n    raise OSError("no init")\nOSError: no init\n',
    exitCode: 0,
    elapsed: 0.1,
  },
  manual_future: {
    source: `# A Future completed by hand from other threads; InvalidStateError; repr.
import threading
import time
from concurrent.futures import Future, InvalidStateError

t0 = time.perf_counter()
f = Future()
print(repr(f).replace(hex(id(f)), "ADDR"))
print(f.set_running_or_notify_cancel(), repr(f).replace(hex(id(f)), "ADDR"))
threading.Timer(0.2, f.set_result, args=[[1, 2]]).start()
print(f.result(), "at", round(time.perf_counter() - t0, 1), repr(f).replace(hex(id(f)), "ADDR"))
for call in (lambda: f.set_result(3), lambda: f.set_exception(ValueError())):
    try:
        call()
    except InvalidStateError as e:
        print("InvalidStateError:", str(e).replace(hex(id(f)), "ADDR"))
g = Future()
threading.Timer(0.2, g.set_exception, args=[LookupError("gone")]).start()
print(repr(g.exception()), "at", round(time.perf_counter() - t0, 1), repr(g).replace(hex(id(g)), "ADDR"))
h = Future()
print(h.cancel(), h.set_running_or_notify_cancel(), repr(h).replace(hex(id(h)), "ADDR"))
print(InvalidStateError.__mro__)
`,
    stdout:
      "<Future at ADDR state=pending>\nTrue <Future at ADDR state=running>\n[1, 2] at 0.2 <Future at ADDR state=finished returned list>\nInvalidStateError: FINISHED: <Future at ADDR state=finished returned list>\nInvalidStateError: FINISHED: <Future at ADDR state=finished returned list>\nLookupError('gone') at 0.4 <Future at ADDR state=finished raised LookupError>\nTrue False <Future at ADDR state=cancelled>\n(<class 'concurrent.futures._base.InvalidStateError'>, <class 'concurrent.futures._base.Error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.4,
  },
  map_results: {
    source: `# map(): results in input order, several iterables, timeout, a worker exception mid-way.
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


def slow(d):
    time.sleep(d)
    return d


def inv(x):
    time.sleep(0.1)
    return 1 / x


with ThreadPoolExecutor(max_workers=3) as pool:
    it = pool.map(slow, [0.3, 0.1, 0.2])
    print(type(it).__name__, "at", now())
    for r in it:
        print(r, "at", now())
    print(list(pool.map(pow, [2, 3], [3, 2], [5, 5])))
    got = []
    try:
        for r in pool.map(inv, [1, 2, 0, 4]):
            got.append(r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, got, "at", now())
ran = []


def record(d):
    ran.append(d)
    time.sleep(d)
    return d


with ThreadPoolExecutor(max_workers=1) as pool:
    try:
        for r in pool.map(record, [0.1, 0.4, 0.1], timeout=0.2):
            print("got", r, "at", now())
    except TimeoutError:
        print("TimeoutError at", now())
print("ran", ran, "end at", now())
`,
    stdout:
      "generator at 0.0\n0.3 at 0.3\n0.1 at 0.3\n0.2 at 0.3\n[3, 4]\nZeroDivisionError division by zero [1.0, 0.5] at 0.4\ngot 0.1 at 0.6\nTimeoutError at 0.7\nran [0.1, 0.4] end at 1.0\n",
    stderr: "",
    exitCode: 0,
    elapsed: 1.0,
  },
  no_shutdown: {
    source: `# A pool never shut down: the program still ends once the queued work is done.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()


def job(i):
    time.sleep(0.1 * (i + 1))
    print("job", i, "done at", round(time.perf_counter() - t0, 1))


pool = ThreadPoolExecutor(max_workers=2)
for i in range(3):
    pool.submit(job, i)
print("main ends with", threading.active_count(), "threads")
`,
    stdout: "main ends with 3 threads\njob 0 done at 0.1\njob 1 done at 0.2\njob 2 done at 0.4\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.4,
  },
  pool_threads: {
    source: `# Worker names and on-demand workers; the default max_workers; initializer; non-daemon workers.
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

local = threading.local()


def init(tag):
    local.tag = tag


def who(d):
    time.sleep(d)
    t = threading.current_thread()
    return t.name, t.daemon, getattr(local, "tag", None)


pool = ThreadPoolExecutor(max_workers=3)
print("default max_workers:", ThreadPoolExecutor()._max_workers == min(32, os.cpu_count() + 4))
print("before:", threading.active_count())
print(pool.submit(who, 0.1).result())
time.sleep(0.1)
print(pool.submit(who, 0.1).result(), "idle worker reused:", threading.active_count())
print(sorted(f.result() for f in [pool.submit(who, 0.2) for _ in range(4)]), threading.active_count())
pool.shutdown()
print("after shutdown:", threading.active_count())
with ThreadPoolExecutor(2, thread_name_prefix="io", initializer=init, initargs=("ready",)) as p:
    print(sorted(f.result() for f in [p.submit(who, 0.1) for _ in range(2)]))
for bad in (dict(max_workers=0), dict(max_workers=-1), dict(initializer=5)):
    try:
        ThreadPoolExecutor(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
`,
    stdout:
      "default max_workers: True\nbefore: 1\n('ThreadPoolExecutor-0_0', False, None)\n('ThreadPoolExecutor-0_0', False, None) idle worker reused: 2\n[('ThreadPoolExecutor-0_0', False, None), ('ThreadPoolExecutor-0_0', False, None), ('ThreadPoolExecutor-0_1', False, None), ('ThreadPoolExecutor-0_2', False, None)] 4\nafter shutdown: 1\n[('io_0', False, 'ready'), ('io_1', False, 'ready')]\nValueError max_workers must be greater than 0\nValueError max_workers must be greater than 0\nTypeError initializer must be a callable\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.8,
  },
  reraise: {
    source: `# result() re-raises the worker's exception (same object); exception() returns it.
import time
from concurrent.futures import ThreadPoolExecutor

seen = {}


def parse(text):
    time.sleep(0.1)
    try:
        return int(text)
    except ValueError as e:
        seen[text] = e
        raise


with ThreadPoolExecutor(max_workers=2) as pool:
    ok = pool.submit(parse, "12")
    bad = pool.submit(parse, "x")
    print(ok.result(), ok.exception())
    exc = bad.exception()
    print(type(exc).__name__, exc, exc is seen["x"], exc.__traceback__ is not None)
    for _ in range(2):
        try:
            bad.result()
        except ValueError as e:
            print("caught the same object:", e is exc)
    print("done:", bad.done(), "cancelled:", bad.cancelled(), "running:", bad.running())
`,
    stdout:
      "12 None\nValueError invalid literal for int() with base 10: 'x' True True\ncaught the same object: True\ncaught the same object: True\ndone: True cancelled: False running: False\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.1,
  },
  shutdown_nowait: {
    source: `# shutdown(wait=False) returns at once; queued work still runs before the program ends.
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()


def job(i):
    time.sleep(0.2)
    print("job", i, "at", round(time.perf_counter() - t0, 1))


pool = ThreadPoolExecutor(max_workers=1)
for i in range(2):
    pool.submit(job, i)
pool.shutdown(wait=False)
print("shutdown returned at", round(time.perf_counter() - t0, 1))
`,
    stdout: "shutdown returned at 0.0\njob 0 at 0.2\njob 1 at 0.4\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.4,
  },
  submit_result: {
    source: `# submit() returns a Future at once; result() waits; state queries along the way.
import time
from concurrent.futures import Future, ThreadPoolExecutor

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


def power(base, exp=2):
    time.sleep(0.2)
    return base**exp


def state(f):
    return f"running={f.running()} done={f.done()} cancelled={f.cancelled()}"


pool = ThreadPoolExecutor(max_workers=2)
a = pool.submit(power, 3)
b = pool.submit(power, 2, exp=10)
c = pool.submit(power, base=5, exp=3)
time.sleep(0.1)
print("a:", state(a), "| c:", state(c))
print(a.result(), b.result(), "at", now())
print(c.result(), "at", now(), "|", state(c))
print("result twice:", a.result(), a.result(timeout=0))
f = pool.submit(time.sleep, 0.3)
try:
    f.result(timeout=0.1)
except TimeoutError as e:
    print("TimeoutError", repr(str(e)), "at", now())
try:
    f.exception(0)
except TimeoutError:
    print("exception(0) times out at once at", now())
print(f.exception(), f.result(), "at", now())
print(isinstance(a, Future), type(a).__module__)
try:
    pool.submit()
except TypeError as e:
    print("TypeError:", e)
pool.shutdown()
print("end at", now())
`,
    stdout:
      "a: running=True done=False cancelled=False | c: running=False done=False cancelled=False\n9 1024 at 0.2\n125 at 0.4 | running=False done=True cancelled=False\nresult twice: 9 9\nTimeoutError '' at 0.5\nexception(0) times out at once at 0.5\nNone None at 0.7\nTrue concurrent.futures._base\nTypeError: ThreadPoolExecutor.submit() missing 1 required positional argument: 'fn'\nend at 0.7\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.7,
  },
  uncaught_as_completed: {
    source: `import time
from concurrent.futures import ThreadPoolExecutor, as_completed

with ThreadPoolExecutor(2) as pool:
    fs = [pool.submit(time.sleep, d) for d in (0.1, 0.5)]
    for f in as_completed(fs, timeout=0.2):
        print("done", f.result())
`,
    stdout: "done None\n",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 6, in <module>\n    for f in as_completed(fs, timeout=0.2):\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 239, in as_completed\n    raise TimeoutError(\nTimeoutError: 1 (of 2) futures unfinished\n',
    exitCode: 1,
    elapsed: 0.5,
  },
  uncaught_cancelled: {
    source: `from concurrent.futures import Future

f = Future()
print(f.cancel())
f.result()
`,
    stdout: "True\n",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 5, in <module>\n    f.result()\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 447, in result\n    raise CancelledError()\nconcurrent.futures._base.CancelledError\n',
    exitCode: 1,
    elapsed: 0.0,
  },
  uncaught_main_with_pool: {
    source: `# The main thread dies with an exception while a never-shut-down pool still works.
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()


def job():
    time.sleep(0.3)
    print("job done at", round(time.perf_counter() - t0, 1))


pool = ThreadPoolExecutor(max_workers=1)
pool.submit(job)
raise SystemError("main failed")
`,
    stdout: "job done at 0.3\n",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 15, in <module>\n    raise SystemError("main failed")\nSystemError: main failed\n',
    exitCode: 1,
    elapsed: 0.3,
  },
  uncaught_map: {
    source: `import time
from concurrent.futures import ThreadPoolExecutor


def inv(x):
    time.sleep(0.2 if x else 0.1)
    return 1 / x


with ThreadPoolExecutor(2) as pool:
    for r in pool.map(inv, [1, 0, 2]):
        print(r)
`,
    stdout: "1.0\n",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 11, in <module>\n    for r in pool.map(inv, [1, 0, 2]):\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 619, in result_iterator\n    yield _result_or_cancel(fs.pop())\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 317, in _result_or_cancel\n    return fut.result(timeout)\n           ^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 449, in result\n    return self.__get_result()\n           ^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 401, in __get_result\n    raise self._exception\n  File "/usr/lib/python3.11/concurrent/futures/thread.py", line 58, in run\n    result = self.fn(*self.args, **self.kwargs)\n             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File "main.py", line 7, in inv\n    return 1 / x\n           ~~^~~\nZeroDivisionError: division by zero\n',
    exitCode: 1,
    elapsed: 0.3,
  },
  uncaught_set_twice: {
    source: `from concurrent.futures import Future

f = Future()
f.set_result(None)
f.set_result(1)
`,
    stdout: "",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 5, in <module>\n    f.set_result(1)\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 544, in set_result\n    raise InvalidStateError(\'{}: {!r}\'.format(self._state, self))\nconcurrent.futures._base.InvalidStateError: FINISHED: <Future at 0x7efd911f8d10 state=finished returned NoneType>\n',
    exitCode: 1,
    elapsed: 0.0,
  },
  uncaught_twice: {
    source: `# A second result() adds its frames in front of the first ones (CPython re-raises the object).
import time
from concurrent.futures import ThreadPoolExecutor


def work():
    time.sleep(0.1)
    raise KeyError("missing")


pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(work)
try:
    f.result(timeout=1)
except KeyError:
    print("first")
f.result()
`,
    stdout: "first\n",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 17, in <module>\n    f.result()\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 449, in result\n    return self.__get_result()\n           ^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 401, in __get_result\n    raise self._exception\n  File "main.py", line 14, in <module>\n    f.result(timeout=1)\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 456, in result\n    return self.__get_result()\n           ^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 401, in __get_result\n    raise self._exception\n  File "/usr/lib/python3.11/concurrent/futures/thread.py", line 58, in run\n    result = self.fn(*self.args, **self.kwargs)\n             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File "main.py", line 8, in work\n    raise KeyError("missing")\nKeyError: \'missing\'\n',
    exitCode: 1,
    elapsed: 0.1,
  },
  uncaught_wait_invalid: {
    source: `from concurrent.futures import Future, wait

f = Future()
print(wait([f], timeout=0.1, return_when="FIRST_COMPLETED").done)
wait([f], return_when="bogus")
`,
    stdout: "set()\n",
    stderr:
      'Traceback (most recent call last):\n  File "main.py", line 5, in <module>\n    wait([f], return_when="bogus")\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 303, in wait\n    waiter = _create_and_install_waiters(fs, return_when)\n             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 169, in _create_and_install_waiters\n    raise ValueError("Invalid return condition: %r" % return_when)\nValueError: Invalid return condition: \'bogus\'\n',
    exitCode: 1,
    elapsed: 0.1,
  },
  wait_modes: {
    source: `# wait(): FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeouts, already-done futures.
import time
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ThreadPoolExecutor, wait

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


def task(d, fail=False):
    time.sleep(d)
    if fail:
        raise RuntimeError(f"failed after {d}")
    return d


with ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(task, d) for d in (0.3, 0.1, 0.2)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED at", now(), sorted(f.result() for f in done), len(not_done))
    r = wait(fs)
    print("ALL_COMPLETED at", now(), sorted(f.result() for f in r.done), len(r.not_done), type(r).__name__)
    print("all done already:", wait(fs, return_when=FIRST_COMPLETED).not_done)
    fs = [pool.submit(task, 0.1), pool.submit(task, 0.2, True), pool.submit(task, 0.4)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION at", now(), len(done), len(not_done))
    done, not_done = wait(fs, timeout=0.1)
    print("timeout at", now(), len(done), len(not_done))
    done, not_done = wait(fs, timeout=0)
    print("timeout=0:", len(done), len(not_done))
    print(wait([]), wait(fs, return_when=ALL_COMPLETED).not_done)
print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
`,
    stdout:
      "FIRST_COMPLETED at 0.1 [0.1] 2\nALL_COMPLETED at 0.3 [0.1, 0.2, 0.3] 0 DoneAndNotDoneFutures\nall done already: set()\nFIRST_EXCEPTION at 0.5 2 1\ntimeout at 0.6 2 1\ntimeout=0: 2 1\nDoneAndNotDoneFutures(done=set(), not_done=set()) set()\nFIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED\n",
    stderr: "",
    exitCode: 0,
    elapsed: 0.7,
  },
};

describe("concurrent.futures matches CPython", () => {
  for (const [name, c] of Object.entries(cases)) test(name, () => expectRecorded(c));
});

/** Trace events of a run, as short strings (object names resolved), and its blocked waits. */
function traced(source: string) {
  const r = runProgram(source, { filename: "main.py", trace: true });
  const t = r.trace!;
  const name = (id: number) => t.objects.find((o) => o.id === id)?.name;
  const thread = (id: number) => t.threads.find((x) => x.id === id)?.name;
  const events: string[] = [];
  for (const e of t.events) {
    const who = `${thread(e.thread)}: `;
    if (e.type === "future submit") events.push(`${who}submit ${name(e.object)}`);
    else if (e.type === "future running") events.push(`${who}running ${name(e.object)}`);
    else if (e.type === "future done")
      events.push(`${who}done ${name(e.object)} ${e.exception ?? e.result}`);
    else if (e.type === "future cancelled") events.push(`${who}cancelled ${name(e.object)}`);
    else if (e.type === "future consumed")
      events.push(`${who}consumed ${name(e.object)}${e.reraised ? " (re-raised)" : ""}`);
    else if (e.type === "callback") events.push(`${who}callback ${name(e.object)}`);
    else if (e.type.startsWith("queue") || e.type.startsWith("lock")) events.push(e.type);
  }
  const waits = t.spans
    .filter((s) => s.state === "blocked" && s.kind !== "event")
    .map((s) => `${thread(s.thread)} ${s.kind}: ${s.label}`);
  return { r, events, waits: [...new Set(waits)], objects: t.objects.map((o) => o.name) };
}

describe("concurrent.futures in the trace", () => {
  test("submit, running, done, consumed, callbacks; re-raised exceptions", () => {
    const { r, events, waits, objects } = traced(
      [
        "import time",
        "from concurrent.futures import ThreadPoolExecutor",
        "def work(n):",
        "    time.sleep(0.1 * n)",
        "    if n == 2:",
        "        raise ValueError('two')",
        "    return n * 10",
        "with ThreadPoolExecutor(max_workers=2) as pool:",
        "    a = pool.submit(work, 1)",
        "    b = pool.submit(work, 2)",
        "    a.add_done_callback(lambda f: None)",
        "    print(a.result())",
        "    try:",
        "        b.result()",
        "    except ValueError:",
        "        pass",
        "    print(b.exception())",
      ].join("\n"),
    );
    expect(r.stdout).toBe("10\ntwo\n");
    expect(events).toEqual([
      "MainThread: submit Future#1",
      "ThreadPoolExecutor-0_0: running Future#1",
      "MainThread: submit Future#2",
      "ThreadPoolExecutor-0_1: running Future#2",
      "ThreadPoolExecutor-0_0: done Future#1 10",
      "ThreadPoolExecutor-0_0: callback Future#1",
      "MainThread: consumed Future#1",
      "ThreadPoolExecutor-0_1: done Future#2 ValueError: two",
      "MainThread: consumed Future#2 (re-raised)",
      "MainThread: consumed Future#2",
    ]);
    // The pool's own locks, semaphore and work queue are not objects of the run.
    expect(objects).toEqual(["Future#1", "Future#2"]);
    expect(waits).toEqual([
      "MainThread future result: Future#1.result()",
      "ThreadPoolExecutor-0_0 queue get: ThreadPoolExecutor-0: idle, waiting for work",
      "MainThread future result: Future#2.result()",
      "ThreadPoolExecutor-0_1 queue get: ThreadPoolExecutor-0: idle, waiting for work",
      "MainThread join: join(ThreadPoolExecutor-0_0)",
    ]);
  });

  test("cancel(), wait() and as_completed()", () => {
    const { events, waits } = traced(
      [
        "import time",
        "from concurrent.futures import ThreadPoolExecutor, as_completed, wait",
        "with ThreadPoolExecutor(max_workers=1) as pool:",
        "    a = pool.submit(time.sleep, 0.1)",
        "    b = pool.submit(time.sleep, 0.1)",
        "    c = pool.submit(time.sleep, 0.1)",
        "    c.cancel()",
        "    wait([a])",
        "    list(as_completed([b]))",
      ].join("\n"),
    );
    expect(events).toEqual([
      "MainThread: submit Future#1",
      "ThreadPoolExecutor-0_0: running Future#1",
      "MainThread: submit Future#2",
      "MainThread: submit Future#3",
      "MainThread: cancelled Future#3",
      "ThreadPoolExecutor-0_0: done Future#1 None",
      "ThreadPoolExecutor-0_0: running Future#2",
      "ThreadPoolExecutor-0_0: done Future#2 None",
    ]);
    expect(waits).toEqual([
      "MainThread futures wait: wait()",
      "MainThread futures wait: as_completed()",
      "ThreadPoolExecutor-0_0 queue get: ThreadPoolExecutor-0: idle, waiting for work",
      "MainThread join: join(ThreadPoolExecutor-0_0)",
    ]);
  });
});

describe("concurrent.futures in the engine", () => {
  test("a pool never shut down lets the program end (no deadlock)", () => {
    const r = runProgram(
      [
        "import time",
        "from concurrent.futures import ThreadPoolExecutor",
        "pool = ThreadPoolExecutor(max_workers=2)",
        "for d in (0.1, 0.3, 0.2):",
        "    pool.submit(time.sleep, d)",
      ].join("\n"),
      { filename: "main.py" },
    );
    expect(r.deadlock).toBeNull();
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.elapsed).toBeCloseTo(0.3, 2);
  });

  test("ProcessPoolExecutor says that only threads are simulated", () => {
    for (const line of [
      "from concurrent.futures import ProcessPoolExecutor",
      "import concurrent.futures.process",
    ]) {
      const r = runProgram(line, { filename: "main.py" });
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain(
        "ImportError: Interleave simulates threads only: ProcessPoolExecutor (worker processes) is not available; use ThreadPoolExecutor",
      );
    }
  });

  test("os.cpu_count() is the simulated machine's core count", () => {
    const r = runProgram(
      "import os\nfrom concurrent.futures import ThreadPoolExecutor\nprint(os.cpu_count(), ThreadPoolExecutor()._max_workers, os.getpid() > 0, os.sep)",
      { filename: "main.py", cores: 6 },
    );
    expect(r.stdout).toBe("6 10 True /\n");
  });
});
