/** `itertools` against CPython. */
import { cases } from "./itertools.cases";
import { compareWithCPython } from "./cases";

compareWithCPython("itertools", cases);
