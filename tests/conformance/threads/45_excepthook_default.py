# An uncaught exception in a thread is printed by the default excepthook; main continues, exit code 0.
import threading
import time

t0 = time.perf_counter()


def divide(a, b):
    return a / b


def worker():
    time.sleep(0.1)
    print("worker about to fail")
    divide(1, 0)
    print("never printed")


t = threading.Thread(target=worker)
t.start()
t.join()
print("main continues; worker alive:", t.is_alive())
time.sleep(0.1)
print("end at", round(time.perf_counter() - t0, 1))
