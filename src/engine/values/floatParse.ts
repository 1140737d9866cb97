/** float(str): CPython's accepted spellings, underscore rules and error message. */
import { pyError } from "./errors";
import { asciiDigitsAndSpaces } from "./intText";
import { strRepr } from "./strRepr";

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

function isAsciiSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\v" || c === "\f" || c === "\r";
}

/** float(s) for a str s; raises ValueError("could not convert string to float: 'repr'"). */
export function parseFloat(s: string): number {
  const fail = (): never => {
    throw pyError("ValueError", `could not convert string to float: ${strRepr(s)}`);
  };
  const t = asciiDigitsAndSpaces(s);
  let a = 0;
  let b = t.length;
  while (a < b && isAsciiSpace(t[a])) a++;
  while (b > a && isAsciiSpace(t[b - 1])) b--;
  let body = t.slice(a, b);
  if (body.includes("_")) {
    // Underscores only between two digits (_Py_string_to_number_with_underscores).
    if (!/^(?:[^_]|(?<=\d)_(?=\d))*$/.test(body)) fail();
    body = body.replace(/_/g, "");
  }
  const special = SPECIAL.exec(body);
  if (special) {
    if (special[2].toLowerCase() === "nan") return NaN;
    return special[1] === "-" ? -Infinity : Infinity;
  }
  if (!DECIMAL.test(body)) fail();
  return Number(body); // correctly rounded, like _Py_dg_strtod
}
