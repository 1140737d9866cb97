# add_done_callback on a pending future: callbacks run in the worker thread, in the order they were added.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()
calls = []


def make_callback(label):
    def callback(fut):
        calls.append((label, threading.current_thread().name, fut.result(), round(time.perf_counter() - t0, 1)))

    return callback


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(lambda: (time.sleep(0.3), 42)[1])
    f.add_done_callback(make_callback("first"))
    f.add_done_callback(make_callback("second"))
    f.add_done_callback(make_callback("first"))  # the same function may be added twice
    print("callbacks ran before done:", len(calls))
    f.result()
    time.sleep(0.1)
for c in calls:
    print(*c)
