# notify(n) wakes n waiters, the longest-waiting first; notify() wakes one.
import threading
import time

t0 = time.perf_counter()
cond = threading.Condition()
woken = []


def waiter(name):
    with cond:
        cond.wait()
        woken.append((round(time.perf_counter() - t0, 1), name))


threads = []
for i in range(4):
    t = threading.Thread(target=waiter, args=(f"w{i}",))
    t.start()
    threads.append(t)
    time.sleep(0.1)  # w0 waits first, then w1, w2, w3
with cond:
    cond.notify(2)
time.sleep(0.2)
with cond:
    cond.notify()
time.sleep(0.2)
with cond:
    cond.notify(5)  # more than are waiting
for t in threads:
    t.join()
for item in sorted(woken):
    print(*item)
