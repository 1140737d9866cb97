# Barrier n_waiting grows as threads arrive, drops to 0 when it trips; the barrier is reusable.
import threading
import time

barrier = threading.Barrier(3)
rounds = []


def worker(name, delay):
    for r in range(2):
        time.sleep(delay)
        barrier.wait()
        if name == "a":
            rounds.append(r)


threads = [threading.Thread(target=worker, args=(n, d)) for n, d in (("a", 0.2), ("b", 0.4))]
for t in threads:
    t.start()
for cycle in range(2):
    for offset in (0.1, 0.3, 0.5):
        time.sleep(0.1 if offset == 0.1 else 0.2)
        print(f"cycle {cycle} at +{offset}: n_waiting={barrier.n_waiting}")
    time.sleep(0.1)
    index = barrier.wait()
    print(f"cycle {cycle} tripped: main index={index}, n_waiting={barrier.n_waiting}")
for t in threads:
    t.join()
print("rounds passed by a:", rounds, "broken:", barrier.broken)
