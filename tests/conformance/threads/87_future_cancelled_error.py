# result() and exception() of a cancelled future raise CancelledError.
import time
from concurrent.futures import CancelledError, ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=1) as pool:
    blocker = pool.submit(time.sleep, 0.2)
    victim = pool.submit(pow, 2, 10)
    print("cancel:", victim.cancel())
    try:
        victim.result()
    except CancelledError as e:
        print("result():", type(e).__name__, repr(str(e)))
    try:
        victim.exception(timeout=1)
    except CancelledError:
        print("exception(): CancelledError")
    print("done:", victim.done(), "cancelled:", victim.cancelled())
print("module:", CancelledError.__module__)
print("is Exception:", issubclass(CancelledError, Exception))
print("blocker finished:", blocker.done(), blocker.result())
