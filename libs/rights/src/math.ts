// Rounding shared by the income-tax model and the housing-aid resources.

/** Cents rounded to the whole euro, as the tax and benefit administrations compute deductions. */
export function roundEuro(cents: number): number {
  return Math.round(cents / 100) * 100;
}
