import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../errors/domain-errors';
import { AccessService } from './access.service';

/** A fake DataSource that records queries and answers with the ids it is told exist in scope. */
function fakeDb(visible: string[]) {
  const calls: { sql: string; params: unknown[] }[] = [];
  const query = async (sql: string, params: unknown[]) => {
    calls.push({ sql, params });
    return (params[0] as string[]).filter((id) => visible.includes(id)).map((id) => ({ id }));
  };
  return { db: { manager: { query } } as unknown as DataSource, calls };
}

const actor = (over: Partial<Actor> = {}): Actor => ({ userId: 'u', sessionId: 's', role: 'social_worker', organisationId: 'org-1', territoryId: 't-1', ...over });

describe('AccessService', () => {
  it('checks a batch of ids in one query scoped to the organisation', async () => {
    const { db, calls } = fakeDb(['a', 'b']);
    await new AccessService(db).requireHouseholds(actor(), ['a', 'b', 'a']);
    expect(calls).toHaveLength(1);
    expect(calls[0].sql).toMatch(/organisation_id = \$2/);
    expect(calls[0].params).toEqual([['a', 'b'], 'org-1']);
  });

  it('answers NotFound when any id is missing or out of scope', async () => {
    const { db } = fakeDb(['a']);
    await expect(new AccessService(db).requireHouseholds(actor(), ['a', 'z'])).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses an empty scope instead of widening access', () => {
    const { db } = fakeDb([]);
    expect(() => new AccessService(db).householdScope(actor({ organisationId: '' }))).toThrow(/Empty access scope/);
    expect(() => new AccessService(db).userScope(actor({ role: 'admin', territoryId: undefined as unknown as string }))).toThrow(/Empty access scope/);
  });

  it('scopes users to the territory for admins and to the organisation otherwise', () => {
    const s = new AccessService(fakeDb([]).db);
    expect(s.userScope(actor({ role: 'admin' }))).toEqual({ column: 'territory_id', value: 't-1' });
    expect(s.userScope(actor({ role: 'manager' }))).toEqual({ column: 'organisation_id', value: 'org-1' });
  });
});
