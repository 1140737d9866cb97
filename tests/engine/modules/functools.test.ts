/** `functools` against CPython. */
import { cases } from "./functools.cases";
import { compareWithCPython } from "./cases";

compareWithCPython("functools", cases);
