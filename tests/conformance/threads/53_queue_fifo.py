# Queue is FIFO; a blocking get() waits for the producer's put().
import queue
import threading
import time

t0 = time.perf_counter()
q = queue.Queue()
for word in ("one", "two", "three"):
    q.put(word)
print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full(), "maxsize:", q.maxsize)
print([q.get() for _ in range(3)])
print("empty now:", q.empty())


def producer():
    for i in range(3):
        time.sleep(0.2)
        q.put(i * 10)


t = threading.Thread(target=producer)
t.start()
for _ in range(3):
    item = q.get()
    print(f"got {item} at {time.perf_counter() - t0:.1f}")
t.join()
q.put(None, block=True, timeout=None)
print("get(block=True, timeout=None):", q.get(True, None))
