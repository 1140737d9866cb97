# daemon flag: default False from the main thread, inherited from the creating thread, fixed once started.
import threading
import time


def child():
    pass


def parent():
    c = threading.Thread(target=child)
    print("child of a daemon thread is daemon:", c.daemon)
    c2 = threading.Thread(target=child, daemon=False)
    print("explicit daemon=False:", c2.daemon)


t = threading.Thread(target=time.sleep, args=(0.2,))
print("default:", t.daemon)
t.daemon = True
print("after setting:", t.daemon)
d = threading.Thread(target=parent, daemon=True)
print("daemon=True:", d.daemon)
d.start()
d.join()
print("main thread daemon:", threading.main_thread().daemon)
t.start()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print("still daemon:", t.daemon)
t.join()
print("joined daemon thread, alive:", t.is_alive())
