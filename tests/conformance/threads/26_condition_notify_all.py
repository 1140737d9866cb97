# notify_all() wakes every waiting thread; each re-acquires the lock in turn.
import threading
import time

t0 = time.perf_counter()
cond = threading.Condition()
go = False
woken = []


def waiter(name):
    with cond:
        while not go:
            cond.wait()
        woken.append((name, round(time.perf_counter() - t0, 1)))


threads = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(0.3)
print("woken before notify_all:", woken)
with cond:
    go = True
    cond.notify_all()
    print("notified, lock still held by main:", len(woken))
for t in threads:
    t.join()
print("woken:", sorted(woken))
