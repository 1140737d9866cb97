# Condition.wait(timeout) returns False when nobody notifies in time, True when notified.
import threading
import time

t0 = time.perf_counter()
cond = threading.Condition()


def now():
    return round(time.perf_counter() - t0, 1)


with cond:
    r = cond.wait(0.3)
    print("no notify:", r, "at", now())


def notifier():
    time.sleep(0.2)
    with cond:
        cond.notify()


t = threading.Thread(target=notifier)
t.start()
with cond:
    r = cond.wait(timeout=1.0)
    print("notified:", r, "at", now())
t.join()
with cond:
    print("wait(0):", cond.wait(0), "at", now())
