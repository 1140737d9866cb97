# Shared variable + Lock: workers add their results to a global under a lock
import threading
import time

DURATIONS = [3, 5, 1, 2]  # seconds each task takes
WORKERS = 2


def task(n, seconds):
    time.sleep(seconds)  # stands for I/O: a download, a query
    if n == 3:
        raise ValueError(f"task {n} failed")
    return n * n


total = 0
lock = threading.Lock()


def worker(my_jobs):
    global total
    for n, seconds in my_jobs:
        value = task(n, seconds)
        with lock:  # held only for the read-add-write
            total += value


jobs = list(enumerate(DURATIONS, 1))
threads = [threading.Thread(target=worker, args=(jobs[i::WORKERS],)) for i in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total =", total)
