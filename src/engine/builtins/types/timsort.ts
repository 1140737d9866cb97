/**
 * CPython 3.11's list sort (timsort with the powersort merge policy), ported
 * step for step so user `__lt__` methods and key functions see the same
 * comparisons in the same order, and a failing comparison raises on the same
 * pair ("'<' not supported between instances of 'str' and 'int'").
 */
import type { PyValue } from "../../runtime/object";
import {
  gallopLeft,
  gallopRight,
  mergeHi,
  mergeLo,
  MIN_GALLOP,
  type LessThan,
  type MergeState,
} from "./timsortMerge";

/** The comparison callback type (re-exported for callers of timsort). */
export type { LessThan };
const MAX_MINRUN = 64;

interface Run {
  base: number;
  len: number;
  power: number;
}

/** Sort `keys` in place (and `values` alongside it, when given) stably by `lt`. */
export function timsort(keys: PyValue[], values: PyValue[] | null, lt: LessThan): void {
  new Sorter(keys, values, lt).sort();
}

class Sorter implements MergeState {
  minGallop = MIN_GALLOP;
  private pending: Run[] = [];

  constructor(
    public k: PyValue[],
    public v: PyValue[] | null,
    public lt: LessThan,
  ) {}

  sort(): void {
    const n = this.k.length;
    if (n < 2) return;
    const minrun = computeMinrun(n);
    let lo = 0;
    let remaining = n;
    do {
      const [counted, descending] = this.countRun(lo, lo + remaining);
      let run = counted;
      if (descending) this.reverse(lo, lo + run);
      if (run < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binarySort(lo, lo + force, lo + run);
        run = force;
      }
      this.foundNewRun(run);
      this.pending.push({ base: lo, len: run, power: 0 });
      lo += run;
      remaining -= run;
    } while (remaining);
    this.forceCollapse();
  }

  private move(to: number, from: number): void {
    this.k[to] = this.k[from];
    if (this.v) this.v[to] = this.v[from];
  }

  private reverse(lo: number, hi: number): void {
    for (let i = lo, j = hi - 1; i < j; i++, j--) {
      [this.k[i], this.k[j]] = [this.k[j], this.k[i]];
      if (this.v) [this.v[i], this.v[j]] = [this.v[j], this.v[i]];
    }
  }

  private binarySort(lo: number, hi: number, start: number): void {
    const { k, v, lt } = this;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo;
      let r = start;
      const pivot = k[r];
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, k[p])) r = p;
        else l = p + 1;
      } while (l < r);
      const pv = v ? v[start] : undefined;
      for (let p = start; p > l; p--) this.move(p, p - 1);
      k[l] = pivot;
      if (v) v[l] = pv!;
    }
  }

  /** 3.11's count_run: the length of the run at lo and whether it is strictly descending. */
  private countRun(lo: number, hi: number): [number, boolean] {
    const { k, lt } = this;
    let p = lo + 1;
    if (p === hi) return [1, false];
    let n = 2;
    if (lt(k[p], k[p - 1])) {
      for (p = p + 1; p < hi; p++, n++) if (!lt(k[p], k[p - 1])) break;
      return [n, true];
    }
    for (p = p + 1; p < hi; p++, n++) if (lt(k[p], k[p - 1])) break;
    return [n, false];
  }

  private foundNewRun(n2: number): void {
    const p = this.pending;
    if (p.length === 0) return;
    const top = p[p.length - 1];
    const power = powerloop(top.base, top.len, n2, this.k.length);
    while (p.length > 1 && p[p.length - 2].power > power) this.mergeAt(p.length - 2);
    p[p.length - 1].power = power;
  }

  private forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
      this.mergeAt(n);
    }
  }

  private mergeAt(i: number): void {
    const p = this.pending;
    let aBase = p[i].base;
    let na = p[i].len;
    const bBase = p[i + 1].base;
    let nb = p[i + 1].len;
    p[i].len = na + nb;
    p.splice(i + 1, 1);
    const ka = gallopRight(this.lt, this.k[bBase], this.k, aBase, na, 0);
    aBase += ka;
    na -= ka;
    if (na === 0) return;
    nb = gallopLeft(this.lt, this.k[aBase + na - 1], this.k, bBase, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) mergeLo(this, aBase, na, bBase, nb);
    else mergeHi(this, aBase, na, bBase, nb);
  }
}

function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}
