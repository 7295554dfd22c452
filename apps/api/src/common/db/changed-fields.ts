/** Names of the fields whose new value differs from the stored one (absent = unchanged). */
export function changedFields<T extends object>(stored: T | undefined, input: object, fields: readonly string[]): string[] {
  return fields.filter((f) => {
    const next = (input as Record<string, unknown>)[f];
    if (next === undefined) return false;
    if (!stored) return next !== null;
    return !sameValue((stored as Record<string, unknown>)[f], next);
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined) return false;
  return String(a) === String(b);
}
