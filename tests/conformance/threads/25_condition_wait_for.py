# Condition.wait_for(predicate) returns once the predicate holds, with its value; False after a timeout.
import threading
import time

t0 = time.perf_counter()
cond = threading.Condition()
state = {"count": 0}


def log(msg):
    print(f"{time.perf_counter() - t0:.1f} {msg}")


def waiter():
    with cond:
        r = cond.wait_for(lambda: state["count"] >= 3)
        log(f"predicate true: {r}, count={state['count']}")


t = threading.Thread(target=waiter)
t.start()
for _ in range(4):
    time.sleep(0.1)
    with cond:
        state["count"] += 1
        log(f"count={state['count']}")
        cond.notify_all()
t.join()
with cond:
    log(f"already true: {cond.wait_for(lambda: state['count'] and 'ready')}")
    log(f"never true: {cond.wait_for(lambda: state['count'] > 10, timeout=0.3)}")
    log(f"timeout 0 returns at once: {cond.wait_for(lambda: [], timeout=0)}")
