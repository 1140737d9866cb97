# Event.wait(timeout) returns False after the timeout when unset, True as soon as another thread sets it.
import threading
import time

t0 = time.perf_counter()
ev = threading.Event()


def now():
    return round(time.perf_counter() - t0, 1)


print("wait(0.3):", ev.wait(0.3), "at", now())
print("wait(timeout=0):", ev.wait(timeout=0), "at", now())


def setter():
    time.sleep(0.2)
    ev.set()


t = threading.Thread(target=setter)
t.start()
print("wait(1.0):", ev.wait(1.0), "at", now())
t.join()
print("wait(5) when set:", ev.wait(5), "at", now())
