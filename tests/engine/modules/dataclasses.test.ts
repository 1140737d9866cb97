/** `dataclasses` (and class-body `__annotations__`) against CPython. */
import { cases } from "./dataclasses.cases";
import { compareWithCPython } from "./cases";

compareWithCPython("dataclasses", cases);
