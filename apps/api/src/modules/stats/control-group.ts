// Take-up compared between a campaign's contacted households and its control group: each proportion
// with its Wilson score interval, and the difference with Newcombe's hybrid score interval (method 10,
// Newcombe 1998), which holds for small groups and proportions near 0 or 1. Pure.

const Z95 = 1.959964;

export interface Proportion {
  households: number;
  granted: number;
  /** granted / households, null for an empty group. */
  rate: number | null;
  low: number | null;
  high: number | null;
}

export interface TakeUpComparison {
  contacted: Proportion;
  control: Proportion;
  /** Contacted rate − control rate (percentage points as a 0…1 difference) with its 95 % interval. */
  difference: number | null;
  low: number | null;
  high: number | null;
  /** The interval excludes 0. */
  significant: boolean;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Wilson score interval of k successes out of n (95 %). */
export function wilson(k: number, n: number, z = Z95): [number, number] | null {
  if (n <= 0) return null;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function proportion(granted: number, households: number): Proportion {
  const ci = wilson(granted, households);
  return { households, granted, rate: households > 0 ? round(granted / households) : null, low: ci ? round(ci[0]) : null, high: ci ? round(ci[1]) : null };
}

/** Contacted (k1 of n1 granted) versus control (k2 of n2). */
export function compareTakeUp(k1: number, n1: number, k2: number, n2: number): TakeUpComparison {
  const contacted = proportion(k1, n1);
  const control = proportion(k2, n2);
  const a = wilson(k1, n1);
  const b = wilson(k2, n2);
  if (!a || !b) return { contacted, control, difference: null, low: null, high: null, significant: false };
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const d = p1 - p2;
  const low = d - Math.sqrt((p1 - a[0]) ** 2 + (b[1] - p2) ** 2);
  const high = d + Math.sqrt((a[1] - p1) ** 2 + (p2 - b[0]) ** 2);
  return { contacted, control, difference: round(d), low: round(low), high: round(high), significant: low > 0 || high < 0 };
}

/** Households of a cohort of `size` held back for a share in percent (the launch's own rounding). */
export const controlCountOf = (size: number, sharePercent: number) => Math.round((size * sharePercent) / 100);
