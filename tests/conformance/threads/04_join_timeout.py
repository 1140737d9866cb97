# join(timeout) returns None after the timeout while the thread is still alive; join() waits for the end.
import threading
import time

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


def worker():
    time.sleep(0.5)


t = threading.Thread(target=worker)
t.start()
r = t.join(timeout=0.2)
print("join(timeout=0.2) returned", r, "at", now())
print("alive after join(0.2):", t.is_alive())
t.join(0.1)
print("alive after join(0.1):", t.is_alive(), "at", now())
r = t.join()
print("join() returned", r, "alive:", t.is_alive(), "at", now())
t.join(0.3)
print("join(0.3) on a finished thread returns at once:", now())
