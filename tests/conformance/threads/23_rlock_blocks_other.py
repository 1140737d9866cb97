# A thread waiting for an RLock gets it only when the owner's count drops to zero.
import threading
import time

t0 = time.perf_counter()
rl = threading.RLock()


def log(msg):
    print(f"{time.perf_counter() - t0:.1f} {msg}")


def waiter():
    log("waiter tries with timeout=0.1")
    log(f"timeout result: {rl.acquire(timeout=0.1)}")
    rl.acquire()
    log("waiter acquired")
    rl.release()


rl.acquire()
rl.acquire()
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.3)
rl.release()
log("owner released once (count 1)")
time.sleep(0.2)
log("owner releases again (count 0)")
rl.release()
t.join()
log("done")
