/** `random` against CPython: seeding, every method, and their errors. */
import { cases } from "./random.cases";
import { compareWithCPython } from "./cases";

compareWithCPython("random", cases);
