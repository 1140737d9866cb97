# Condition: a consumer waits until a producer appends an item and calls notify(); wait() returns True.
import threading
import time

t0 = time.perf_counter()
cond = threading.Condition()
items = []


def log(msg):
    print(f"{time.perf_counter() - t0:.1f} {msg}")


def consumer():
    with cond:
        log("consumer waits")
        r = cond.wait()
        log(f"consumer woke: wait returned {r}, items={items}")
        items.pop()


t = threading.Thread(target=consumer)
t.start()
time.sleep(0.2)
with cond:
    items.append("apple")
    log("producer notifies")
    cond.notify()
    time.sleep(0.2)
    log("producer leaves the with block")
t.join()
with cond:
    cond.notify()  # no waiters: nothing happens
log(f"done, items={items}")
