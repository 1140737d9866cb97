/**
 * CPython 3.11's list sort (timsort with the powersort merge policy), ported
 * step for step so user `__lt__` methods and key functions see the same
 * comparisons in the same order, and a failing comparison raises on the same
 * pair ("'<' not supported between instances of 'str' and 'int'").
 */
import type { PyValue } from "../../runtime/object";

/** The "a < b" test used for every comparison (may throw a Python exception). */
export type LessThan = (a: PyValue, b: PyValue) => boolean;

const MIN_GALLOP = 7;
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

class Sorter {
  private minGallop = MIN_GALLOP;
  private pending: Run[] = [];

  constructor(
    private k: PyValue[],
    private v: PyValue[] | null,
    private lt: LessThan,
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
    if (na <= nb) this.mergeLo(aBase, na, bBase, nb);
    else this.mergeHi(aBase, na, bBase, nb);
  }

  private mergeLo(aBase: number, na: number, pb: number, nb: number): void {
    const { k, v, lt } = this;
    const tk = k.slice(aBase, aBase + na);
    const tv = v ? v.slice(aBase, aBase + na) : null;
    let pa = 0;
    let dest = aBase;
    const fromA = (n: number) => {
      for (let i = 0; i < n; i++, dest++, pa++) {
        k[dest] = tk[pa];
        if (v) v[dest] = tv![pa];
      }
    };
    const fromB = (n: number) => {
      for (let i = 0; i < n; i++, dest++, pb++) this.move(dest, pb);
    };
    let copyB = false;
    try {
      fromB(1);
      nb--;
      if (nb === 0) return;
      if (na === 1) {
        copyB = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(k[pb], tk[pa])) {
            fromB(1);
            bcount++;
            acount = 0;
            if (--nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            fromA(1);
            acount++;
            bcount = 0;
            if (--na === 1) return void (copyB = true);
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let n = gallopRight(lt, k[pb], tk, pa, na, 0);
          acount = n;
          if (n) {
            fromA(n);
            na -= n;
            if (na === 1) return void (copyB = true);
            if (na === 0) return;
          }
          fromB(1);
          if (--nb === 0) return;
          n = gallopLeft(lt, tk[pa], k, pb, nb, 0);
          bcount = n;
          if (n) {
            fromB(n);
            nb -= n;
            if (nb === 0) return;
          }
          fromA(1);
          if (--na === 1) return void (copyB = true);
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // Succeed, Fail (an exception) and CopyB all end by putting A's rest back.
      if (copyB) {
        fromB(nb);
        fromA(1);
      } else if (na) fromA(na);
    }
  }

  private mergeHi(aBase: number, na: number, bBase: number, nb: number): void {
    const { k, v, lt } = this;
    const tk = k.slice(bBase, bBase + nb);
    const tv = v ? v.slice(bBase, bBase + nb) : null;
    let dest = bBase + nb - 1;
    let pb = nb - 1;
    let pa = aBase + na - 1;
    const fromA = () => this.move(dest--, pa--);
    const fromB = () => {
      k[dest] = tk[pb];
      if (v) v[dest] = tv![pb];
      dest--;
      pb--;
    };
    /** Shift A's last n items right onto dest (ranges overlap: copy backwards). */
    const slideA = (n: number) => {
      dest -= n;
      pa -= n;
      for (let i = n; i >= 1; i--) this.move(dest + i, pa + i);
    };
    const slideB = (n: number) => {
      dest -= n;
      pb -= n;
      for (let i = 1; i <= n; i++) {
        k[dest + i] = tk[pb + i];
        if (v) v[dest + i] = tv![pb + i];
      }
    };
    let copyA = false;
    try {
      fromA();
      if (--na === 0) return;
      if (nb === 1) return void (copyA = true);
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[pb], k[pa])) {
            fromA();
            acount++;
            bcount = 0;
            if (--na === 0) return;
            if (acount >= minGallop) break;
          } else {
            fromB();
            bcount++;
            acount = 0;
            if (--nb === 1) return void (copyA = true);
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let n = na - gallopRight(lt, tk[pb], k, aBase, na, na - 1);
          acount = n;
          if (n) {
            slideA(n);
            na -= n;
            if (na === 0) return;
          }
          fromB();
          if (--nb === 1) return void (copyA = true);
          n = nb - gallopLeft(lt, k[pa], tk, 0, nb, nb - 1);
          bcount = n;
          if (n) {
            slideB(n);
            nb -= n;
            if (nb === 1) return void (copyA = true);
            if (nb === 0) return;
          }
          fromA();
          if (--na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyA) {
        slideA(na);
        k[dest] = tk[pb];
        if (v) v[dest] = tv![pb];
      } else if (nb) {
        for (let i = 0; i < nb; i++) {
          k[dest - (nb - 1) + i] = tk[i];
          if (v) v[dest - (nb - 1) + i] = tv![i];
        }
      }
    }
  }
}

/** Where `key` goes in the sorted a[base..base+n): left of any equal items. */
function gallopLeft(lt: LessThan, key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  const h = base + hint;
  if (lt(a[h], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[h + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[h - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Where `key` goes in the sorted a[base..base+n): right of any equal items. */
function gallopRight(lt: LessThan, key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  const h = base + hint;
  if (lt(key, a[h])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[h - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[h + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
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
