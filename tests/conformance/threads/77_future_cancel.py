# cancel() succeeds on a pending future only; a running or finished future cannot be cancelled.
import time
from concurrent.futures import ThreadPoolExecutor

ran = []


def job(name):
    ran.append(name)
    time.sleep(0.3)
    return name


with ThreadPoolExecutor(max_workers=1) as pool:
    running = pool.submit(job, "running")
    pending = pool.submit(job, "pending")
    other = pool.submit(job, "other")
    time.sleep(0.1)
    print("cancel running:", running.cancel(), running.cancelled())
    print("cancel pending:", pending.cancel(), pending.cancelled(), pending.done())
    print("cancel again:", pending.cancel())
    print("other result:", other.result())
    print("cancel finished:", other.cancel(), other.cancelled())
print("ran:", ran)
