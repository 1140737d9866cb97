/** repr(float) and str(float), which are the same in Python 3. */
import { doubleToString } from "./floatToString";

/** CPython's repr(float): shortest round-trip digits, exponent form below 1e-4 or from 1e16 on. */
export function floatRepr(x: number): string {
  return doubleToString(x, "r", 0, { addDot0: true });
}
