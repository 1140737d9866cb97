// TEMPORARY STUB written by the lead so the VM can be tried; the value-layer engineer owns this file.
/** Callbacks for %-formatting (stub). */
export interface PercentOps<T> {
  items: T[] | null;
  isMapping: boolean;
  getKey(key: string): T;
  str(v: T): string;
  repr(v: T): string;
  ascii(v: T): string;
  toInt(v: T): number | bigint | null;
  toFloat(v: T): number | null;
  typeName(v: T): string;
  single: T;
}
/** fmt % args (stub). */
export function percentFormat<T>(fmt: string, ops: PercentOps<T>): string {
  void ops;
  return fmt;
}
