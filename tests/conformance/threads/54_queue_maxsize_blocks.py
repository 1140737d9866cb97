# Queue(maxsize=2): full() becomes True and put() blocks until a consumer takes an item.
import queue
import threading
import time

t0 = time.perf_counter()
q = queue.Queue(maxsize=2)
taken = []


def log(msg):
    print(f"{time.perf_counter() - t0:.1f} {msg}")


def consumer():
    for _ in range(4):
        time.sleep(0.3)
        taken.append((q.get(), round(time.perf_counter() - t0, 1)))


q.put("a")
q.put("b")
log(f"qsize={q.qsize()} full={q.full()}")
t = threading.Thread(target=consumer)
t.start()
q.put("c")
log("put c returned")
q.put("d")
log(f"put d returned, qsize={q.qsize()} full={q.full()}")
t.join()
log(f"qsize={q.qsize()} empty={q.empty()}")
for item, when in taken:
    print("consumer took", item, "at", when)
