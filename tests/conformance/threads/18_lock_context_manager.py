# Lock as a context manager: __enter__ returns True, the lock is released on exit, even on an exception.
import threading
import time

t0 = time.perf_counter()
lock = threading.Lock()
with lock as got:
    print("inside:", got, lock.locked())
print("after:", lock.locked())
try:
    with lock:
        raise KeyError("boom")
except KeyError as e:
    print("caught", repr(e), "locked:", lock.locked())

events = []


def worker():
    with lock:
        events.append(("worker got lock", round(time.perf_counter() - t0, 1)))


t = threading.Thread(target=worker)
with lock:
    t.start()
    time.sleep(0.3)
    events.append(("main leaves with", round(time.perf_counter() - t0, 1)))
t.join()
for e in events:
    print(*e)
