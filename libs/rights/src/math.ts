// Rounding, max and min without a conditional jump, for the formulas and the compiled parameters.
//
// V8's optimising compiler turns Math.round, Math.max and Math.min into a compare and a conditional
// jump. On household amounts the outcome of that jump is random (which side of .5 a product falls,
// whether a rent is above its ceiling…), so the processor mispredicts it about half the time, at
// ~10 ns a miss: `bench/branchless.bench.ts` measures ~7.7 ns per Math.round call and ~5.6 ns per
// Math.max call on random amounts, against ~2.7 and ~1.7 ns for round() and max() below (which cost
// the same whatever the data). The engine makes dozens of such calls per household; these compute
// the same values with the compare turned into 0 or 1 (no jump) and added or used as an index.
//
// Same values as the Math functions for every finite number (the formulas never see NaN), except
// that they never return -0.

/**
 * Math.round: the integer nearest to x, halves up. x − floor(x) is computed exactly for every
 * finite x (Sterbenz), so the comparison with 0.5 is exact.
 */
export function round(x: number): number {
  const f = floor(x);
  return f + +(x - f >= 0.5);
}

// Through a module constant rather than Math.floor, round() stays under V8's size limit for functions
// it always inlines (27 bytes of bytecode): not inlined, its fractional argument would be boxed.
const floor = Math.floor;

/** Cents rounded to the whole euro, as the tax and benefit administrations compute deductions. */
export function roundEuro(cents: number): number {
  return round(cents / 100) * 100;
}

const pick = new Float64Array(2);

/** Math.max of two numbers. */
export function max(a: number, b: number): number {
  pick[0] = b;
  pick[1] = a;
  return pick[+(a > b)] + 0;
}

/** Math.min of two numbers. */
export function min(a: number, b: number): number {
  pick[0] = b;
  pick[1] = a;
  return pick[+(a < b)] + 0;
}

/** `c ? a : b` for two numbers already computed, without a jump (for data-dependent conditions). */
export function pickIf(c: boolean, a: number, b: number): number {
  pick[0] = b;
  pick[1] = a;
  return pick[+c] + 0;
}
