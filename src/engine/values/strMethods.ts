/**
 * Pure functions behind Python's str methods, indexed by code point like
 * CPython. Grouped by topic in the str*.ts modules and gathered here.
 */
export * from "./strSearch";
export * from "./strSplit";
export * from "./strCase";
export * from "./strPad";
export { strRepr, strAscii } from "./strRepr";
export { cpLength, adjustIndices, type SliceBound } from "./strIndex";
