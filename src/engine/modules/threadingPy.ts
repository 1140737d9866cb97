/**
 * The `threading` module, written in Python as CPython's is, on the native `_thread`
 * locks and the scheduler hooks of `_interleave`. Lines marked `#@N` are placed at line N
 * of the file so tracebacks through it match CPython 3.11's threading.py.
 */
export const THREADING_SOURCE = String.raw`
import _thread
import _interleave
import sys as _sys
from time import monotonic as _time
from itertools import count as _count

_start_new_thread = _interleave.start
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _allocate_lock
local = _thread._local
excepthook = __excepthook__ = _thread._excepthook
ExceptHookArgs = _thread._ExceptHookArgs
__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_profile_hook = None
_trace_hook = None

def setprofile(func):
    global _profile_hook
    _profile_hook = func

def getprofile():
    return _profile_hook

def settrace(func):
    global _trace_hook
    _trace_hook = func

def gettrace():
    return _trace_hook

def stack_size(size=0):
    return _thread.stack_size(size)

def RLock(*args, **kwargs):
    return _thread.RLock(*args, **kwargs)


def _condition(owner, kind, verb, lock=None):
    "A Condition whose waits the trace shows as waits on owner (an Event, a Queue ...)."
    if lock is None:
        lock = _interleave.mutex(owner, kind, verb)
    c = Condition(lock)
    c._owner = owner
    c._kind = kind
    c._verb = verb
    return c


class Condition:  #@231

    def __init__(self, lock=None):  #@243
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = _deque()
        self._owner = self
        self._kind = "condition"
        self._verb = "wait()"

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):  #@271
        return self._lock.__enter__()

    def __exit__(self, *args):  #@274
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):  #@280
        self._lock.release()

    def _acquire_restore(self, x):  #@283
        self._lock.acquire()

    def _is_owned(self):  #@286
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):  #@295
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")  #@319
        waiter = _interleave.waiter(self._owner, self._kind, self._verb)
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):  #@343
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):  #@366
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")  #@377
        waiters = self._waiters
        if self._owner is self:
            _interleave.trace("notify", self, min(n, len(waiters)))
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):  #@396
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:  #@417

    def __init__(self, value=1):  #@429
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")  #@431
        self._cond = _condition(self, "semaphore", "acquire()")
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):  #@440
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")  #@465
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):  #@487
        if n < 1:
            raise ValueError('n must be one or more')  #@495
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):  #@501
        self.release()


class BoundedSemaphore(Semaphore):  #@505

    def __init__(self, value=1):  #@522
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):  #@531
        if n < 1:
            raise ValueError('n must be one or more')  #@542
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")  #@545
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:  #@551

    def __init__(self):  #@562
        self._cond = _condition(self, "event", "wait()")
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):  #@575
        return self._flag

    isSet = is_set

    def set(self):  #@590
        with self._cond:
            self._flag = True
            _interleave.trace("event set", self)
            self._cond.notify_all()

    def clear(self):  #@601
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):  #@611
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


def _started_event(name):
    "The Event start() waits on; the trace shows the wait as start(NAME), not as an Event."
    e = Event.__new__(Event)
    e._internal = True
    e._cond = _condition(e, "event", "=start(%s)" % name)
    e._flag = False
    return e


class Barrier:  #@644

    def __init__(self, parties, action=None, timeout=None):  #@653
        self._cond = _condition(self, "barrier", "wait()")
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):  #@676
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):  #@706
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError  #@712
        assert self._state == 0

    def _release(self):  #@717
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise  #@727

    def _wait(self, timeout):  #@731
        if not self._cond.wait_for(lambda : self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError  #@735
        if self._state < 0:
            raise BrokenBarrierError  #@737
        assert self._state == 1

    def _exit(self):  #@742
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):  #@749
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):  #@769
        with self._cond:
            self._break()

    def _break(self):  #@779
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class BrokenBarrierError(RuntimeError):  #@805
    pass


_counter = _count(1).__next__
def _newname(name_template):  #@811
    return name_template % _counter()

_active = {}
_limbo = {}
_dangling = set()


class Thread:  #@845

    _initialized = False

    def __init__(self, group=None, target=None, name=None,  #@856
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = _started_event(name)
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):  #@931
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):  #@945
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")  #@956

        if self._started.is_set():
            raise RuntimeError("threads can only be started once")  #@959

        _limbo[self] = self
        _start_new_thread(self, self._bootstrap, self._name, self._daemonic)
        self._started.wait()

    def run(self):  #@971
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)  #@982
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):  #@988
        self._bootstrap_inner()  #@1002

    def _set_ident(self):  #@1008
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _bootstrap_inner(self):  #@1028
        try:
            self._set_ident()
            self._set_native_id()
            self._started.set()
            _active[self._ident] = self
            del _limbo[self]

            try:
                self.run()  #@1045
            except:
                _interleave.uncaught()
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        self._is_stopped = True

    def _delete(self):  #@1078
        try:
            del _active[get_ident()]
        except KeyError:
            pass

    def join(self, timeout=None):  #@1087
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")  #@1112
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")  #@1114
        if self is current_thread():
            raise RuntimeError("cannot join current thread")  #@1116

        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):  #@1125
        if _interleave.join(self._ident, block, timeout):
            self._stop()

    @property
    def name(self):  #@1153
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):  #@1164
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None:
            _interleave.set_name(self._ident, self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):  #@1192
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):  #@1207
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):  #@1222
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")  #@1224
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")  #@1226
        self._daemonic = daemonic

    def isDaemon(self):  #@1229
        return self.daemon

    def setDaemon(self, daemonic):  #@1240
        self.daemon = daemonic

    def getName(self):  #@1251
        return self.name

    def setName(self, name):  #@1262
        self.name = name


def _make_invoke_excepthook():  #@1324
    old_excepthook = excepthook
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):  #@1340
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            local_print("Exception in threading.excepthook:",
                        file=local_sys.stderr, flush=True)
            _interleave.print_exception(sys_exc_info()[1])
        finally:
            args = None

    return invoke_excepthook


class Timer(Thread):  #@1377

    def __init__(self, interval, function, args=None, kwargs=None):  #@1386
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):  #@1394
        self.finished.set()

    def run(self):  #@1398
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):  #@1407

    def __init__(self):  #@1409
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):  #@1428

    def __init__(self):  #@1430
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        _active[self._ident] = self

    def is_alive(self):  #@1443
        return True

    def join(self, timeout=None):  #@1447
        assert False, "cannot join a dummy thread"


def current_thread():  #@1453
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()

def currentThread():  #@1465
    return current_thread()

def active_count():  #@1476
    return len(_active) + len(_limbo)

def activeCount():  #@1486
    return active_count()

def _enumerate():  #@1497
    return list(_active.values()) + list(_limbo.values())

def enumerate():  #@1501
    return list(_active.values()) + list(_limbo.values())

_threading_atexits = []  #@1513
_SHUTTING_DOWN = False

def _register_atexit(func, *arg, **kwargs):  #@1516
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")  #@1527
    _threading_atexits.append(lambda: func(*arg, **kwargs))

def _shutdown():  #@1541
    "Run by the engine when the main thread's code ends (see _interleave.at_main_exit)."
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()  #@1560

def main_thread():  #@1597
    return _main_thread

from collections import deque as _deque
_main_thread = _MainThread()
_interleave.set_main(_main_thread)
_interleave.at_main_exit(_shutdown)
`;
