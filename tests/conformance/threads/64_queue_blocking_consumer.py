# A consumer blocked in get() wakes at each put; a None sentinel ends it.
import queue
import threading
import time

t0 = time.perf_counter()
q = queue.Queue()


def consumer():
    while True:
        item = q.get()
        print(f"{time.perf_counter() - t0:.1f} consumer got {item!r}")
        if item is None:
            break


t = threading.Thread(target=consumer)
t.start()
for item in ("first", "second"):
    time.sleep(0.2)
    q.put(item)
time.sleep(0.2)
q.put(None)
t.join()
print(f"{time.perf_counter() - t0:.1f} consumer finished, alive={t.is_alive()}")
