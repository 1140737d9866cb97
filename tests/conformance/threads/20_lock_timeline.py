# A Lock serializes critical sections: the second thread waits until the first releases.
import threading
import time

t0 = time.perf_counter()
lock = threading.Lock()


def log(msg):
    print(f"{time.perf_counter() - t0:.1f} {msg}")


def worker(name, delay):
    time.sleep(delay)
    log(f"{name} wants the lock")
    with lock:
        log(f"{name} holds the lock")
        time.sleep(0.3)
        log(f"{name} releases it")


a = threading.Thread(target=worker, args=("A", 0))
b = threading.Thread(target=worker, args=("B", 0.1))
a.start()
b.start()
time.sleep(0.2)
log(f"main sees locked={lock.locked()}")
for t in (a, b):
    t.join()
log(f"all done, locked={lock.locked()}")
