/**
 * A minimal `os`: what programs about threads use (cpu_count() is the simulated machine's
 * core count; getpid(), the path constants, an empty environ and getenv). No file system.
 */
import { schedulerOf } from "../vm/scheduler";
import { defineModule } from "./registry";
import { defineStdlibModule } from "./stdlibSource";
import { addFunctions, newModule } from "./util";

const OS_SOURCE = String.raw`
name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
environ = {}

def getenv(key, default=None):
    return environ.get(key, default)
`;

defineModule("os", (ctx) => {
  const m = newModule("os");
  defineStdlibModule(ctx, "<native os>", OS_SOURCE, m.dict!, "os");
  addFunctions(m, {
    cpu_count: (c) => c.run.sys.cores,
    // The process id is the main thread's native id, as on Linux (see _thread.get_native_id).
    getpid: (c) => 4000 + schedulerOf(c).main.vm.id,
  });
  return m;
});
