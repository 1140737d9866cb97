# A Future made by hand: another thread sets its result or exception; waiters wake up.
import threading
import time
from concurrent.futures import Future, InvalidStateError

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


f = Future()
print("new:", f.running(), f.done(), f.cancelled())
print("set_running_or_notify_cancel:", f.set_running_or_notify_cancel(), f.running())
threading.Timer(0.2, f.set_result, args=("hello",)).start()
print("result:", f.result(), "at", now())
try:
    f.set_result("again")
except InvalidStateError as e:
    print("set twice:", type(e).__name__)

g = Future()
threading.Timer(0.2, g.set_exception, args=(LookupError("missing"),)).start()
try:
    g.result()
except LookupError as e:
    print("exception:", repr(e), "at", now())

h = Future()
print("cancel pending:", h.cancel(), "notify:", h.set_running_or_notify_cancel())
