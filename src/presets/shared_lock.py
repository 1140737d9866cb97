# Shared variable + Lock: the read-modify-write happens while holding the lock.
import threading
import time

balance = 0
lock = threading.Lock()


def deposit(delay):
    global balance
    time.sleep(delay)
    for _ in range(3):
        with lock:  # waits here while the other thread holds it
            current = balance
            time.sleep(0.2)
            balance = current + 10
        time.sleep(0.1)  # work outside the lock


a = threading.Thread(target=deposit, args=(0,))
b = threading.Thread(target=deposit, args=(0.1,))
a.start()
b.start()
a.join()
b.join()
print("expected 60, got", balance)
