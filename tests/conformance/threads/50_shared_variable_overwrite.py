# Threads writing a shared global without a lock: the result is the last write in time, never None.
import threading
import time

result = None
slots = [None] * 3


def write(value, delay, slot):
    global result
    time.sleep(delay)
    result = value
    slots[slot] = value * 2


threads = [
    threading.Thread(target=write, args=("A", 0.1, 0)),
    threading.Thread(target=write, args=("B", 0.5, 1)),
    threading.Thread(target=write, args=("C", 0.3, 2)),
]
print("before:", result)
for t in threads:
    t.start()
time.sleep(0.2)
print("at 0.2:", result)
for t in threads:
    t.join()
print("after join:", result)
print("slots:", slots)
