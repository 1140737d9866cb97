# Barrier(action=...) runs the action once per trip, in the last thread to arrive, before anyone passes.
import threading
import time

t0 = time.perf_counter()
log = []


def action():
    log.append(f"action in {threading.current_thread().name} at {time.perf_counter() - t0:.1f}")


barrier = threading.Barrier(3, action=action)


def worker(delay):
    time.sleep(delay)
    barrier.wait()
    log.append(f"{threading.current_thread().name} passed")


threads = [
    threading.Thread(target=worker, args=(d,), name=n)
    for n, d in (("first", 0.1), ("last", 0.3), ("middle", 0.2))
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log[0])
print(sorted(log[1:]))
print("action calls:", sum(1 for line in log if line.startswith("action")))
