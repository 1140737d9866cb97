# Barrier(3): threads arriving at 0.1/0.2/0.3 s all pass at 0.3 s; wait() returns distinct indices.
import threading
import time

t0 = time.perf_counter()
barrier = threading.Barrier(3)
lock = threading.Lock()
indices = []
passed = []


def worker(delay):
    time.sleep(delay)
    i = barrier.wait()
    with lock:
        indices.append(i)
        passed.append(round(time.perf_counter() - t0, 1))


print("parties:", barrier.parties, "n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
threads = [threading.Thread(target=worker, args=(d,)) for d in (0.1, 0.2, 0.3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("indices:", sorted(indices))
print("passed at:", sorted(passed))
print("n_waiting after:", barrier.n_waiting, "broken:", barrier.broken)
