# active_count() and enumerate() list started, unfinished threads (sorted names).
import threading
import time


def worker(n):
    time.sleep(0.1 * n)


def names():
    return sorted(t.name for t in threading.enumerate())


print("start:", threading.active_count(), names())
threads = [threading.Thread(target=worker, args=(n,), name=f"w{n}") for n in (2, 4, 6)]
print("created, not started:", threading.active_count())
for t in threads:
    t.start()
print("started:", threading.active_count(), names())
time.sleep(0.3)
print("at 0.3:", threading.active_count(), names())
time.sleep(0.2)
print("at 0.5:", threading.active_count(), names())
for t in threads:
    t.join()
print("joined:", threading.active_count(), names())
print(len(threading.enumerate()) == threading.active_count())
