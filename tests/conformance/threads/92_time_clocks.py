# time.sleep advances perf_counter, monotonic and time by the same amount; sleeps in threads overlap.
import threading
import time

p0, m0, w0 = time.perf_counter(), time.monotonic(), time.time()
n0 = time.perf_counter_ns()
time.sleep(0.3)
print("perf_counter:", round(time.perf_counter() - p0, 1))
print("monotonic:", round(time.monotonic() - m0, 1))
print("time:", round(time.time() - w0, 1))
print("perf_counter_ns:", round((time.perf_counter_ns() - n0) / 1e9, 1))
print("types:", type(time.perf_counter()).__name__, type(time.monotonic_ns()).__name__)
print("monotonic never goes back:", time.monotonic() >= m0)

elapsed = {}


def measure(name, delay):
    start = time.monotonic()
    time.sleep(delay)
    elapsed[name] = round(time.monotonic() - start, 1)


threads = [threading.Thread(target=measure, args=(f"t{i}", 0.1 * (i + 1))) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(elapsed.items()))
print("total:", round(time.perf_counter() - p0, 1))
