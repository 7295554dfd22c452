// Dated legal parameters: one parameter per entry, values keyed by effective date, the legal
// reference, and the date until which someone checked that the last value is still in force.
// A lookup before the first value throws; a lookup after the stamp is flagged (stale), and more
// than STALE_ERROR_MONTHS after it throws: a last value must never be applied silently forever.
import { monthIndex, periodFromIndex, type Period } from '../household';

export interface LegalReference {
  /** Code or text, e.g. "CASF", "CSS", "Décret n° 2025-xxx". */
  text: string;
  /** Article(s), e.g. "L262-2, D262-1". */
  article: string;
  url?: string;
}

export interface DatedValue<T> {
  /** Effective date, 'YYYY-MM-DD'. */
  from: string;
  value: T;
}

export type ParameterUnit = 'EUR' | 'EUR/an' | 'EUR/h' | 'taux' | 'nombre' | 'années' | 'heures' | 'mois';

export interface DatedParameter<T = number> {
  /** Dotted identifier, e.g. "rsa.montant_forfaitaire". */
  name: string;
  /** French description for explanations and the back office. */
  description: string;
  unit: ParameterUnit;
  reference: LegalReference;
  /** Ascending by `from`. */
  values: readonly DatedValue<T>[];
  /** 'YYYY-MM-DD': the last value was checked against the official text to be in force on this date. */
  stillValidOn: string;
}

/** What a rule actually used: reported in every BenefitResult. */
export interface ParameterUse {
  name: string;
  /** Effective date of the value used. */
  from: string;
  stillValidOn: string;
  /** True when the period is after `stillValidOn` (value not confirmed for that period). */
  stale: boolean;
}

/** Months after `stillValidOn` beyond which a lookup is refused instead of flagged. */
export const STALE_ERROR_MONTHS = 12;

export class ParameterPeriodError extends Error {
  constructor(
    readonly parameter: string,
    readonly at: string,
    reason: string,
  ) {
    super(`Paramètre ${parameter} indisponible pour ${at} : ${reason}`);
    this.name = 'ParameterPeriodError';
  }
}

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const registry = new Map<string, DatedParameter<unknown>>();

/** Declares (and validates, and registers) a parameter; every parameter file goes through this. */
export function defineParameter<T = number>(p: DatedParameter<T>): DatedParameter<T> {
  if (p.values.length === 0) throw new Error(`${p.name}: aucune valeur`);
  for (let i = 0; i < p.values.length; i++) {
    const from = p.values[i].from;
    if (!DATE_RE.test(from)) throw new Error(`${p.name}: date invalide ${from}`);
    if (i > 0 && from <= p.values[i - 1].from) throw new Error(`${p.name}: dates non croissantes (${from})`);
  }
  if (!DATE_RE.test(p.stillValidOn)) throw new Error(`${p.name}: stillValidOn invalide`);
  if (p.stillValidOn < p.values[p.values.length - 1].from) {
    throw new Error(`${p.name}: stillValidOn antérieur à la dernière valeur`);
  }
  if (registry.has(p.name) && registry.get(p.name) !== p) throw new Error(`${p.name}: défini deux fois`);
  registry.set(p.name, p as DatedParameter<unknown>);
  return p;
}

/** Compact form: values as [from, value] pairs. */
export function param<T = number>(
  name: string,
  description: string,
  unit: ParameterUnit,
  reference: LegalReference,
  values: ReadonlyArray<readonly [string, T]>,
  stillValidOn: string,
): DatedParameter<T> {
  return defineParameter<T>({
    name,
    description,
    unit,
    reference,
    values: values.map(([from, value]) => ({ from, value })),
    stillValidOn,
  });
}

/** Every parameter defined so far (import the rules first). */
export function allParameters(): DatedParameter<unknown>[] {
  return [...registry.values()];
}

/** 'YYYY-MM' → 'YYYY-MM-01'; a full date is returned as is. */
export function toDate(at: Period | string): string {
  return at.length === 7 ? `${at}-01` : at;
}

/**
 * Looks a parameter up for a month (its first day) or a date. Throws before the first value and
 * more than STALE_ERROR_MONTHS after `stillValidOn`.
 */
export function lookup<T>(p: DatedParameter<T>, at: Period | string): { value: T; use: ParameterUse } {
  const date = toDate(at);
  const values = p.values;
  if (date < values[0].from) {
    throw new ParameterPeriodError(p.name, date, `première valeur en vigueur le ${values[0].from}`);
  }
  const lateBy = monthIndex(date) - monthIndex(p.stillValidOn);
  if (lateBy > STALE_ERROR_MONTHS) {
    throw new ParameterPeriodError(
      p.name,
      date,
      `dernière valeur vérifiée le ${p.stillValidOn}, plus de ${STALE_ERROR_MONTHS} mois avant`,
    );
  }
  let i = values.length - 1;
  while (values[i].from > date) i--;
  return {
    value: values[i].value,
    use: { name: p.name, from: values[i].from, stillValidOn: p.stillValidOn, stale: date > p.stillValidOn },
  };
}

/** The value in force at `at` (see lookup for the errors). */
export function valueAt<T>(p: DatedParameter<T>, at: Period | string): T {
  return lookup(p, at).value;
}

/** The French warning of a value used after the date up to which it was checked. */
export function staleWarning(use: ParameterUse): string {
  return `Le paramètre ${use.name} n'a été vérifié que jusqu'au ${use.stillValidOn} : montant à confirmer.`;
}

/**
 * Collects the parameter uses of one compiled parameter set, so every result can say which
 * values (and which dates) it relied on without re-resolving them.
 */
export class Resolver {
  readonly uses: ParameterUse[] = [];
  readonly warnings: string[] = [];
  constructor(readonly period: Period) {}

  get<T>(p: DatedParameter<T>): T {
    const { value, use } = lookup(p, this.period);
    this.uses.push(use);
    if (use.stale) this.warnings.push(staleWarning(use));
    return value;
  }
}

/**
 * A per-month compilation of parameters (resolved and converted once per month, then cached: a
 * compiled set only depends on the parameters, so the cache is cleared only when they are
 * overridden, see withParameterOverrides). `memo(period)` takes a 'YYYY-MM' period, `memo.at(index)`
 * the month number of `monthIndex`.
 */
export interface MonthMemo<T> {
  (period: Period): T;
  at(index: number): T;
}

/** Clear functions of every compiled-parameter cache (withParameterOverrides). */
const memoFlushes: (() => void)[] = [];

export function memoByPeriod<T>(compile: (period: Period) => T): MonthMemo<T> {
  const compiled = new Map<number, T>();
  memoFlushes.push(() => compiled.clear());
  const at = (index: number): T => {
    let c = compiled.get(index);
    if (c === undefined) {
      c = compile(periodFromIndex(index));
      compiled.set(index, c);
    }
    return c;
  };
  const memo = ((period: Period): T => at(monthIndex(period))) as MonthMemo<T>;
  memo.at = at;
  return memo;
}

/** Registers a cache derived from compiled sets, cleared with them (withParameterOverrides). */
export function onParameterFlush(flush: () => void): void {
  memoFlushes.push(flush);
}

/** Euros (as written in legal texts) → integer cents. */
export function eurosToCents(euros: number): number {
  return Math.round(euros * 100);
}

/**
 * Runs `fn` with some parameters' values replaced (what-if analysis, and the reference test that
 * shows a divergence comes from a parameter the reference has not updated). Compiled per-month
 * sets are flushed before and after. Not re-entrant; single-threaded use only.
 */
export function withParameterOverrides<R>(
  overrides: ReadonlyArray<{ parameter: DatedParameter<unknown>; values: readonly DatedValue<unknown>[]; stillValidOn: string }>,
  fn: () => R,
): R {
  const saved = overrides.map((o) => ({ p: o.parameter, values: o.parameter.values, stamp: o.parameter.stillValidOn }));
  const flush = () => {
    for (const f of memoFlushes) f();
  };
  for (const o of overrides) {
    const target = o.parameter as { values: readonly DatedValue<unknown>[]; stillValidOn: string };
    target.values = o.values;
    target.stillValidOn = o.stillValidOn;
  }
  flush();
  try {
    return fn();
  } finally {
    for (const s of saved) {
      const target = s.p as { values: readonly DatedValue<unknown>[]; stillValidOn: string };
      target.values = s.values;
      target.stillValidOn = s.stamp;
    }
    flush();
  }
}
