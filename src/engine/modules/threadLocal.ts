/**
 * _thread._local (threading.local): one attribute dict per thread. The object's `dict`
 * is an accessor that picks the current thread's dict, so every attribute path of the
 * runtime works unchanged. A subclass's __init__ runs again, with the arguments the
 * object was created with, the first time another thread touches it (as in CPython).
 */
import { typeError } from "../runtime/exceptions";
import { PyObject, type Ctx, type PyType, type PyValue } from "../runtime/object";
import { ObjectType, defMethod } from "../runtime/types";
import { PyBuiltin } from "../runtime/object";
import { schedulerOf } from "../vm/scheduler";
import { moduleType } from "./util";

class PyLocal extends PyObject {
  private dicts = new Map<number, Map<string, PyValue>>();
  args: PyValue[] = [];
  kwargs: Map<string, PyValue> | null = null;
  constructor(cls: PyType, ctx: Ctx) {
    super(cls);
    Object.defineProperty(this, "dict", {
      get: (): Map<string, PyValue> => {
        const tid = schedulerOf(ctx).current().vm.id;
        let d = this.dicts.get(tid);
        if (d === undefined) {
          d = new Map();
          const first = this.dicts.size === 0;
          this.dicts.set(tid, d);
          const init = this.cls.lookup("__init__");
          if (!first && init !== undefined && !(init instanceof PyBuiltin))
            ctx.call(init, [this, ...this.args], this.kwargs);
        }
        return d;
      },
      set: () => {},
    });
  }
}

/** _thread._local */
export const LocalType = moduleType("_thread", "_local", [ObjectType]);
defMethod(LocalType, "__new__", (ctx, a, kw) => {
  const cls = a[0] as PyType;
  const args = a.slice(1);
  const init = cls.lookup("__init__");
  if ((args.length || kw?.size) && (init === undefined || init instanceof PyBuiltin))
    throw typeError("Initialization arguments are not supported");
  const o = new PyLocal(cls, ctx);
  o.args = args;
  o.kwargs = kw;
  return o;
});
