/** The value layer's errors as Python exceptions (one table for the whole engine). */
import { ValueLayerError } from "../values/errors";
import {
  IndexError,
  KeyError,
  MemoryError,
  OverflowError,
  PyBaseException,
  pyErr,
  TypeError,
  ValueError,
  ZeroDivisionError,
} from "./exceptions";
import type { PyType } from "./object";

const LAYER_ERRORS: Record<ValueLayerError["pyType"], PyType> = {
  ValueError,
  TypeError,
  OverflowError,
  ZeroDivisionError,
  IndexError,
  KeyError,
  MemoryError,
};

/** The Python exception a ValueLayerError names. */
export function fromValueLayer(e: ValueLayerError): PyBaseException {
  return pyErr(LAYER_ERRORS[e.pyType], e.message);
}

/** Run a value-layer function, re-raising its ValueLayerError as the Python exception it names. */
export function lift<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ValueLayerError) throw fromValueLayer(e);
    throw e;
  }
}
