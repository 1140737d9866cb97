# Event: waiting threads block until set(); wait() then returns True at once for every caller.
import threading
import time

t0 = time.perf_counter()
ready = threading.Event()
results = []


def waiter(name):
    r = ready.wait()
    results.append((name, r, round(time.perf_counter() - t0, 1)))


threads = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.3)
print("is_set before:", ready.is_set(), "waiters done:", len(results))
ready.set()
print("is_set after:", ready.is_set())
for t in threads:
    t.join()
for r in sorted(results):
    print(*r)
print("wait on a set event:", ready.wait(), round(time.perf_counter() - t0, 1))
ready.set()  # setting twice is harmless
print("still set:", ready.is_set())
