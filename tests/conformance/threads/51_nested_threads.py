# Threads can start and join threads of their own; names and daemon flags are assigned at creation.
import threading
import time

t0 = time.perf_counter()
lock = threading.Lock()
events = []


def leaf(depth):
    time.sleep(0.1)
    with lock:
        events.append((depth, threading.current_thread().name))


def branch(depth):
    children = [threading.Thread(target=leaf, args=(depth + 1,), name=f"{threading.current_thread().name}/leaf-{i}") for i in range(2)]
    for c in children:
        c.start()
    for c in children:
        c.join()
    with lock:
        events.append((depth, threading.current_thread().name))


roots = [threading.Thread(target=branch, args=(0,), name=f"branch-{i}") for i in range(2)]
for r in roots:
    r.start()
for r in roots:
    r.join()
for e in sorted(events):
    print(*e)
print("elapsed:", round(time.perf_counter() - t0, 1), "active:", threading.active_count())
