# Producer/consumer with several consumers and one None sentinel per consumer.
import queue
import threading
import time

t0 = time.perf_counter()
q = queue.Queue()
lock = threading.Lock()
results = []
counts = {}
N_CONSUMERS = 3

for i in range(9):
    q.put(i)
for _ in range(N_CONSUMERS):
    q.put(None)


def consumer(name):
    n = 0
    while True:
        item = q.get()
        if item is None:
            break
        time.sleep(0.1)
        n += 1
        with lock:
            results.append(item * item)
    with lock:
        counts[name] = n


consumers = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(N_CONSUMERS)]
for c in consumers:
    c.start()
for c in consumers:
    c.join()
print("results:", sorted(results))
print("items per consumer:", sorted(counts.values()))
print("queue empty:", q.empty())
print("elapsed:", round(time.perf_counter() - t0, 1))
