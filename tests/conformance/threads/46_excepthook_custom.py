# A custom threading.excepthook receives exc_type, exc_value, exc_traceback and the thread.
import threading
import time

reports = []


def hook(args):
    reports.append(
        (
            args.thread.name,
            args.exc_type.__name__,
            str(args.exc_value),
            args.exc_traceback is not None,
            threading.current_thread() is args.thread,
        )
    )


def worker(msg):
    time.sleep(0.1)
    raise KeyError(msg)


print("default hook is __excepthook__:", threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
threads = [threading.Thread(target=worker, args=(f"k{i}",), name=f"job-{i}") for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(reports):
    print(*r)
threading.excepthook = threading.__excepthook__
print("restored:", threading.excepthook is threading.__excepthook__)
