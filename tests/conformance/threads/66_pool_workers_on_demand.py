# A pool creates worker threads on demand: one task starts one thread; an idle worker is reused.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def task(delay):
    time.sleep(delay)
    return threading.current_thread().name


def workers():
    return sorted(t.name for t in threading.enumerate() if t is not threading.main_thread())


pool = ThreadPoolExecutor(max_workers=4)
print("before any submit:", threading.active_count(), workers())
f = pool.submit(task, 0.3)
time.sleep(0.1)
print("one task running:", threading.active_count(), workers())
print("ran in", f.result())
time.sleep(0.1)
g = pool.submit(task, 0.2)
time.sleep(0.1)
print("second task, idle worker reused:", threading.active_count(), workers())
g.result()
fs = [pool.submit(task, 0.2) for _ in range(3)]
time.sleep(0.1)
print("three tasks at once:", threading.active_count(), workers())
print(sorted(f.result() for f in fs))
pool.shutdown()
print("after shutdown:", threading.active_count(), workers())
