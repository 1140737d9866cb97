# CPU-bound threads each computing their own sum: results are exact whatever the interleaving.
import threading

results = {}


def compute(name, n):
    total = 0
    for i in range(n):
        total += i * i
    results[name] = total


threads = [threading.Thread(target=compute, args=(f"t{k}", 1000 * (k + 1))) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])
print("check:", results["t0"] == sum(i * i for i in range(1000)))
print("threads left:", threading.active_count())
