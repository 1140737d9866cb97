# After the main thread's last statement the program waits for non-daemon threads, not daemon ones.
import threading
import time

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


def worker():
    time.sleep(0.6)
    print("worker done at", now())


def ticker():
    for i in range(1, 10):
        time.sleep(0.4)
        print("daemon tick", i, "at", now())


threading.Thread(target=ticker, daemon=True).start()
threading.Thread(target=worker).start()
print("main reaches its end at", now())
