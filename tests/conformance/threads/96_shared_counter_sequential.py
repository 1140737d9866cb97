# Unsynchronized shared counter, race-free because each thread is joined before the next starts.
import threading
import time

counter = 0
history = []


def bump(times):
    global counter
    for _ in range(times):
        counter += 1
    history.append(counter)


for n in (100, 200, 300):
    t = threading.Thread(target=bump, args=(n,))
    t.start()
    t.join()
print("counter:", counter, "history:", history)


def late_bump():
    global counter
    time.sleep(0.2)
    counter += 1000


t = threading.Thread(target=late_bump)
t.start()
print("before the thread's write:", counter)
t.join()
print("after join:", counter)
