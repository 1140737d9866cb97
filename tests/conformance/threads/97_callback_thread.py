# The guide's callback strategy: the callback runs in the worker thread; the program waits for it.
import threading
import time

t0 = time.perf_counter()


def lengthy_task(callback, value, delay):
    time.sleep(delay)
    callback(value * 2)


def result_handler(result):
    t = threading.current_thread()
    print(f"Got result: {result} in {t.name} at {time.perf_counter() - t0:.1f}")


threads = [
    threading.Thread(target=lengthy_task, args=(result_handler, 21, 0.3)),
    threading.Thread(target=lengthy_task, args=(lambda r: print("lambda got", r), 50, 0.5), name="lambda-caller"),
]
for t in threads:
    t.start()
print("start() does not block:", round(time.perf_counter() - t0, 1))
