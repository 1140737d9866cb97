# Semaphore(2) lets at most two threads in at once: measured max concurrency is 2; six 0.3 s jobs take 0.9 s.
import threading
import time

t0 = time.perf_counter()
sem = threading.Semaphore(2)
count_lock = threading.Lock()
running = 0
max_running = 0
done = []


def job(i):
    global running, max_running
    with sem:
        with count_lock:
            running += 1
            max_running = max(max_running, running)
        time.sleep(0.3)
        with count_lock:
            running -= 1
            done.append(i)


threads = [threading.Thread(target=job, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
time.sleep(0.1)
print("running at 0.1:", running)
for t in threads:
    t.join()
print("max running:", max_running)
print("done:", sorted(done))
print("elapsed:", round(time.perf_counter() - t0, 1))
