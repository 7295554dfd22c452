// When a periodic sweep is overdue: shared by /api/health and the worker's fault tests.

export type SweepAge = Readonly<{ name: string; ageSeconds: number; everyMs: number | null }>;

const LABELS: Readonly<Record<string, string>> = {
  reminders: 'des rappels',
  detection: 'de la détection',
  campaigns: 'des campagnes',
  imports: 'des imports',
  digest: 'du récapitulatif quotidien',
};

/**
 * The age past which a sweep is overdue: two of its periods missed, and never less than
 * `minAgeSeconds` (SWEEP_MAX_AGE_SECONDS). A row without a period (recorded before periods were) is
 * judged on `minAgeSeconds` if it is the reminders' sweep, not at all otherwise.
 */
export function sweepMaxAgeSeconds(row: SweepAge, minAgeSeconds: number): number | null {
  if (row.everyMs === null) return row.name === 'reminders' ? minAgeSeconds : null;
  return Math.max(minAgeSeconds, (2 * row.everyMs) / 1000);
}

export function overdueSweeps(rows: readonly SweepAge[], minAgeSeconds: number): string[] {
  return rows.filter((r) => {
    const max = sweepMaxAgeSeconds(r, minAgeSeconds);
    return max !== null && r.ageSeconds > max;
  }).map((r) => r.name);
}

/** « le passage des rappels est en retard », « les passages des rappels, de la détection sont en retard ». */
export function overdueMessage(names: readonly string[]): string {
  const labels = names.map((n) => LABELS[n] ?? n);
  return labels.length === 1 ? `le passage ${labels[0]} est en retard` : `les passages ${labels.join(', ')} sont en retard`;
}
