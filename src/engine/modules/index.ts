/** Importing this file registers every module the engine provides. */
import "./sys";
import "./time";
import "./math";
import "./random";
import "./functools";
import "./itertools";
import "./collections";
import "./dataclasses";
import "./contextlib";
import "./operator";
import "./copy";
import "./heapq";
import "./bisect";
import "./string";
import "./threadModule";
