# Callback: each worker thread hands every result to a callback
import threading
import time

DURATIONS = [3, 5, 1, 2]  # seconds each task takes
WORKERS = 2


def task(n, seconds):
    time.sleep(seconds)  # stands for I/O: a download, a query
    if n == 3:
        raise ValueError(f"task {n} failed")
    return n * n


results = []


def on_result(value):
    results.append(value)  # runs in the worker thread, not in MainThread


def worker(my_jobs, callback):
    for n, seconds in my_jobs:
        callback(task(n, seconds))


jobs = list(enumerate(DURATIONS, 1))
threads = [threading.Thread(target=worker, args=(jobs[i::WORKERS], on_result)) for i in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total =", sum(results))
