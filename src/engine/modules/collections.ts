/** The `collections` module: deque, defaultdict, OrderedDict, namedtuple (native) and Counter (Python). */
import type { Ctx } from "../runtime/object";
import { builtinFn } from "../runtime/types";
import { COUNTER_SOURCE } from "./counterPy";
import { DequeType } from "./deque";
import { DefaultDictType, OrderedDictType } from "./dictTypes";
import { namedtupleFn } from "./namedtuple";
import { defineFromSource } from "./pysource";
import { defineModule } from "./registry";
import { newModule } from "./util";

function makeCollections(ctx: Ctx) {
  const m = newModule("collections");
  const g = m.dict!;
  g.set("deque", DequeType);
  g.set("defaultdict", DefaultDictType);
  g.set("OrderedDict", OrderedDictType);
  g.set("namedtuple", builtinFn("namedtuple", namedtupleFn));
  defineFromSource(ctx, COUNTER_SOURCE, "collections", g);
  return m;
}

defineModule("collections", makeCollections);
