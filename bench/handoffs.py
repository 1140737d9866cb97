# 10,000 lock acquisitions and 10,000 queue hand-offs between threads.
import queue
import threading

lock = threading.Lock()
counter = 0


def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


q = queue.Queue(maxsize=10)


def produce(n):
    for i in range(n):
        q.put(i)
    q.put(None)


def consume(out):
    while (item := q.get()) is not None:
        out.append(item)


got = []
threads = [threading.Thread(target=bump, args=(5000,)) for _ in range(2)]
threads += [threading.Thread(target=produce, args=(10000,)), threading.Thread(target=consume, args=(got,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, len(got), sum(got))
