import { max, min, round } from './math';

/** Same value as Object.is, except that -0 and +0 are one value (the helpers never return -0). */
const same = (a: number, b: number): boolean => a === b;

function probes(): number[] {
  const xs: number[] = [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 1e15 + 0.5, 2 ** 52, 2 ** 53, -(2 ** 52) - 0.5];
  // Halves, and the neighbouring doubles of halves, over several binades.
  for (let e = 0; e < 45; e++) {
    const k = 2 ** e;
    for (const base of [k - 0.5, k + 0.5, k * 1.5 + 0.5, -k - 0.5]) {
      xs.push(base, base + Number.EPSILON * Math.abs(base), base - Number.EPSILON * Math.abs(base));
    }
  }
  // Amounts as the formulas produce them: cents times rates and divided by 3 or 12.
  let s = 12345;
  for (let i = 0; i < 20000; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const cents = (s % 2000000) - 200000;
    xs.push(cents * 0.61, cents / 3, cents / 12, cents * 1.036, cents * 0.005, (cents * 0.3) / 12, cents + 0.5);
  }
  return xs;
}

describe('branch-free round, max and min', () => {
  it('round gives Math.round for every probe, halves up', () => {
    const bad = probes().filter((x) => !same(round(x), Math.round(x)));
    expect(bad).toEqual([]);
    expect(round(2.5)).toBe(3);
    expect(round(-2.5)).toBe(-2);
    expect(round(0.49999999999999994)).toBe(0);
  });

  it('never returns -0', () => {
    expect(Object.is(round(-0.3), 0)).toBe(true);
    expect(Object.is(round(-0), 0)).toBe(true);
    expect(Object.is(max(0, -0), 0)).toBe(true);
    expect(Object.is(max(-0, 0), 0)).toBe(true);
    expect(Object.is(min(0, -0), 0)).toBe(true);
  });

  it('max and min give Math.max and Math.min on pairs of probes', () => {
    const xs = probes();
    const bad: number[][] = [];
    for (let i = 1; i < xs.length; i++) {
      const a = xs[i - 1], b = xs[i];
      if (!same(max(a, b), Math.max(a, b)) || !same(max(b, a), Math.max(b, a))) bad.push([a, b]);
      if (!same(min(a, b), Math.min(a, b)) || !same(min(b, a), Math.min(b, a))) bad.push([a, b]);
    }
    expect(bad).toEqual([]);
    expect(max(1, Infinity)).toBe(Infinity);
    expect(min(1, Infinity)).toBe(1);
  });
});
