# main_thread() is the same object from every thread; it is alive while another thread runs.
import threading
import time

report = []


def worker():
    m = threading.main_thread()
    report.append(("name", m.name))
    report.append(("is current", m is threading.current_thread()))
    report.append(("alive", m.is_alive()))
    report.append(("daemon", m.daemon))
    time.sleep(0.1)


t = threading.Thread(target=worker)
t.start()
t.join()
for item in report:
    print(*item)
print("main sees itself:", threading.main_thread() is threading.current_thread())
print("main ident matches:", threading.main_thread().ident == threading.get_ident())
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("main joins itself:", e)
