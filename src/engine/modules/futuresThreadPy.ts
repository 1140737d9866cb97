/**
 * `concurrent.futures.thread` (ThreadPoolExecutor), written in Python as CPython 3.11's is:
 * workers started on demand by `_adjust_thread_count` (idle semaphore), the `_worker` loop
 * on a `queue.SimpleQueue`, `_python_exit` run when the main thread's code ends. Lines
 * marked `#@N` are placed at line N so tracebacks show CPython's thread.py lines.
 *
 * weakref is not simulated: a worker holds a plain reference to its executor (CPython's
 * holds a weak one, and an executor dropped without shutdown() wakes its workers when it
 * is collected). Here such workers stay idle until the main thread's code ends, when
 * `_python_exit` wakes them, exactly as it does in CPython for executors still alive then.
 */
export const FUTURES_THREAD_SOURCE = String.raw`
from concurrent.futures import _base  #@8
import itertools
import queue
import threading
import _interleave
import _queue
import os


_threads_queues = {}  #@17
_shutdown = False
_global_shutdown_lock = _interleave.mutex(threading, "lock", "=_global_shutdown_lock")  #@21

def _python_exit():  #@23
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()

threading._register_atexit(_python_exit)  #@37


class _WorkItem(object):  #@46
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):  #@53
        if not self.future.set_running_or_notify_cancel():
            return

        try:  #@57
            result = self.fn(*self.args, **self.kwargs)  #@58
        except BaseException as exc:
            self.future.set_exception(exc)  #@60
            self = None
        else:  #@63
            self.future.set_result(result)  #@64


def _worker(executor_reference, work_queue, initializer, initargs):  #@69
    if initializer is not None:
        try:
            initializer(*initargs)  #@72
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)  #@74
            executor = executor_reference()
            if executor is not None:
                executor._initializer_failed()  #@77
            return
    try:  #@79
        while True:
            work_item = work_queue.get(block=True)  #@81
            if work_item is not None:
                work_item.run()  #@83
                del work_item

                executor = executor_reference()  #@88
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue

            executor = executor_reference()  #@94
            if _shutdown or executor is None or executor._shutdown:  #@99
                if executor is not None:
                    executor._shutdown = True
                work_queue.put(None)  #@105
                return
            del executor
    except BaseException:  #@108
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):  #@112
    pass


class ThreadPoolExecutor(_base.Executor):  #@118

    _counter = itertools.count().__next__  #@121

    def __init__(self, max_workers=None, thread_name_prefix='',  #@123
                 initializer=None, initargs=()):
        if max_workers is None:  #@134
            max_workers = min(32, (os.cpu_count() or 1) + 4)  #@142
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")  #@144

        if initializer is not None and not callable(initializer):  #@146
            raise TypeError("initializer must be a callable")  #@147

        self._max_workers = max_workers  #@149
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = _idle_semaphore(self)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _interleave.mutex(self, "lock", "=_shutdown_lock")
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs
        _queue._trace_as(self._work_queue, self, "=%s: idle, waiting for work" % (self._thread_name_prefix,))
    def submit(self, fn, /, *args, **kwargs):  #@161
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)  #@164

            if self._shutdown:  #@166
                raise RuntimeError('cannot schedule new futures after shutdown')  #@167
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '  #@169
                                   'interpreter shutdown')

            f = _base.Future()  #@172
            w = _WorkItem(f, fn, args, kwargs)
            _interleave.trace("future submit", f, fn)
            self._work_queue.put(w)  #@175
            self._adjust_thread_count()  #@176
            return f

    def _adjust_thread_count(self):  #@180
        if self._idle_semaphore.acquire(timeout=0):  #@182
            return

        num_threads = len(self._threads)  #@190
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(_reference(self),
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            t.start()  #@199
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):  #@203
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:  #@208
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))  #@214

    def shutdown(self, wait=True, *, cancel_futures=False):  #@216
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:  #@222
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()  #@228

            self._work_queue.put(None)  #@232
        if wait:
            for t in self._threads:
                t.join()  #@235


def _reference(executor):
    "Stands in for weakref.ref(executor): the worker's way back to its executor."
    return lambda: executor


def _idle_semaphore(executor):
    "The pool's count of idle workers, a Semaphore(0) the trace does not show as an object."
    s = threading.Semaphore.__new__(threading.Semaphore)
    s._internal = True
    s._cond = threading._condition(s, "semaphore", "=idle workers")
    s._value = 0
    return s
`;
