# CPU-bound threads incrementing a shared counter under a Lock always reach the exact total.
import threading

counter = 0
lock = threading.Lock()
N = 2000


def work(step):
    global counter
    for _ in range(N):
        with lock:
            counter += step


threads = [threading.Thread(target=work, args=(s,)) for s in (1, 2, 3, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("expected:", N * (1 + 2 + 3 + 4))
print("equal:", counter == N * 10)
print("lock free at end:", not lock.locked())
