/** `collections` against CPython. */
import { cases } from "./collections.cases";
import { compareWithCPython } from "./cases";

compareWithCPython("collections", cases);
