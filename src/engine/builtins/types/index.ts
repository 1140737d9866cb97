/** Installs the methods and attributes of every builtin value type. */
import { installHashHooks } from "../keyHooks";
import { installDict } from "./dict";
import { installDictViews } from "./dictViews";
import { installFloat } from "./float";
import { installInt } from "./int";
import { installIterators } from "./iterators";
import { installList } from "./list";
import { installRange } from "./range";
import { installSet } from "./set";
import { installSlice } from "./slice";
import { installStr } from "./str";
import { installTuple } from "./tuple";

/** Install all builtin types' methods (idempotent; types are shared by every run). */
export function installTypeMethods(): void {
  installHashHooks();
  installInt();
  installFloat();
  installStr();
  installList();
  installTuple();
  installDict();
  installDictViews();
  installSet();
  installRange();
  installSlice();
  installIterators();
}
