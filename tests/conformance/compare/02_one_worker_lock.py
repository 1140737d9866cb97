# Shared variable + Lock: workers add their results to a global under a lock
import threading
import time

DURATIONS = [0.5, 0.3, 0.2]  # seconds each task takes
WORKERS = 1


def task(n, seconds):
    time.sleep(seconds)  # stands for I/O: a download, a query
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
