/** `math` against CPython. */
import { cases } from "./math.cases";
import { compareWithCPython } from "./cases";

compareWithCPython("math", cases);
