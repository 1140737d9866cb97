# Thread(target, args, kwargs): the target receives positional and keyword arguments.
import threading
import time

results = {}


def worker(key, a, b, scale=1, offset=0):
    time.sleep(0.1)
    results[key] = (a + b) * scale + offset


def no_args():
    results["no_args"] = "called"


t0 = time.perf_counter()
threads = [
    threading.Thread(target=worker, args=("first", 1, 2)),
    threading.Thread(target=worker, args=("second", 3, 4), kwargs={"scale": 10}),
    threading.Thread(target=worker, args=("third",), kwargs={"a": 5, "b": 6, "offset": 100}),
    threading.Thread(target=worker, args=["list_args", 7, 8]),
    threading.Thread(target=no_args),
    threading.Thread(),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(results):
    print(key, results[key])
print("threads run concurrently:", round(time.perf_counter() - t0, 1))
