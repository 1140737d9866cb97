# CPU-bound work split over 4 threads: under the GIL it takes as long as one thread doing it all.
import threading


def work(n):
    total = 0
    for i in range(n):
        for j in range(50):
            total += (i * j) % 7
    return total


results = []
threads = [threading.Thread(target=lambda: results.append(work(5000))) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
