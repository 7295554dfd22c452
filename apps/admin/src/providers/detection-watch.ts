// Remembers when this browser last changed a household, so its page keeps polling the detected
// rights for a while: the worker re-runs detection a few seconds after each change.

const WINDOW_MS = 20_000;
const changedAt = new Map<string, number>();

export const noteHouseholdChanged = (householdId: string, now = Date.now()) => {
  changedAt.set(String(householdId), now);
};

/** True during the ~20 s after this browser saved the household or asked for a new detection. */
export const recentlyChanged = (householdId: string | undefined, now = Date.now()): boolean => {
  if (!householdId) return false;
  const at = changedAt.get(String(householdId));
  return at !== undefined && now - at < WINDOW_MS;
};

/** Detection is pending when a change was requested after the last completed detection. */
export const detectionPending = (
  household: { detectionRequestedAt?: string | null; detectedAt?: string | null } | undefined,
): boolean => {
  if (!household?.detectionRequestedAt) return false;
  if (!household.detectedAt) return true;
  return Date.parse(household.detectionRequestedAt) > Date.parse(household.detectedAt);
};
