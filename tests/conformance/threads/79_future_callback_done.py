# add_done_callback on an already finished or cancelled future runs the callback at once in the caller.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

log = []


def callback(fut):
    state = "cancelled" if fut.cancelled() else fut.result()
    log.append(f"callback in {threading.current_thread().name}: {state}")


with ThreadPoolExecutor(max_workers=1) as pool:
    done = pool.submit(pow, 2, 8)
    done.result()
    done.add_done_callback(callback)
    log.append("add_done_callback returned")
    blocker = pool.submit(time.sleep, 0.2)
    pending = pool.submit(pow, 3, 3)
    pending.add_done_callback(callback)
    log.append("cancelling pending")
    pending.cancel()  # callbacks of a cancelled future run in the thread that cancels it
    log.append("cancel returned")
    blocker.result()
for line in log:
    print(line)
