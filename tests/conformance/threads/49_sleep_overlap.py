# Two threads sleeping 0.5 s at the same time take 0.5 s in total, not 1.0 s; sequential runs take 1.0 s.
import threading
import time


def nap():
    time.sleep(0.5)


t0 = time.perf_counter()
threads = [threading.Thread(target=nap) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("concurrent:", round(time.perf_counter() - t0, 1))

t1 = time.perf_counter()
for _ in range(2):
    t = threading.Thread(target=nap)
    t.start()
    t.join()
print("sequential:", round(time.perf_counter() - t1, 1))
print("overlap saves time:", round(time.perf_counter() - t1, 1) > round(t1 - t0, 1))
