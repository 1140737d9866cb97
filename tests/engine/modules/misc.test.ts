/** operator, copy, heapq, bisect, string and contextlib against CPython. */
import { cases } from "./misc.cases";
import { compareWithCPython } from "./cases";

compareWithCPython("small modules", cases);
