# Barrier.abort() breaks the barrier: waiting and later callers get BrokenBarrierError until reset().
import threading
import time

t0 = time.perf_counter()
barrier = threading.Barrier(3)
outcomes = []
lock = threading.Lock()


def worker(name):
    try:
        barrier.wait()
        result = "passed"
    except threading.BrokenBarrierError as e:
        result = f"{type(e).__name__}({str(e)!r})"
    with lock:
        outcomes.append((name, result, round(time.perf_counter() - t0, 1)))


threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for t in threads:
    t.start()
time.sleep(0.3)
print("n_waiting before abort:", barrier.n_waiting)
barrier.abort()
for t in threads:
    t.join()
for o in sorted(outcomes):
    print(*o)
print("broken:", barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("wait on a broken barrier raises at once")
barrier.reset()
print("after reset broken:", barrier.broken, "n_waiting:", barrier.n_waiting)
print("is RuntimeError:", issubclass(threading.BrokenBarrierError, RuntimeError))
