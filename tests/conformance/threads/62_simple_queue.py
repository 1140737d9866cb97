# SimpleQueue: unbounded FIFO with put/get/get_nowait/qsize/empty, get(timeout) raising Empty.
import queue
import threading
import time

t0 = time.perf_counter()
sq = queue.SimpleQueue()
sq.put("a")
sq.put_nowait("b")
print("qsize:", sq.qsize(), "empty:", sq.empty())
print(sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("get_nowait: Empty")
try:
    sq.get(timeout=0.2)
except queue.Empty:
    print("get(timeout=0.2): Empty at", round(time.perf_counter() - t0, 1))
print("no task_done:", hasattr(sq, "task_done"), "no maxsize:", hasattr(sq, "maxsize"))


def producer():
    time.sleep(0.3)
    sq.put("from thread")


t = threading.Thread(target=producer)
t.start()
print(sq.get(), "at", round(time.perf_counter() - t0, 1))
t.join()
print("type:", type(sq).__name__)
