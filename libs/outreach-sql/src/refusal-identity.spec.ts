import { identityHash, identityHashes, normaliseName, restoreRefusalsQuery } from './refusal-identity';

const KEY = 'k'.repeat(32);

describe('refusal identity hash', () => {
  it('matches the same person typed with other accents, case, hyphens and spaces', () => {
    expect(normaliseName(' Lefèvre-Dupont ')).toBe('lefevredupont');
    const a = identityHash(KEY, { firstName: 'Hélène', lastName: 'Lefèvre-Dupont', birthDate: '1980-03-14' });
    const b = identityHash(KEY, { firstName: 'HELENE', lastName: 'lefevre dupont', birthDate: '1980-03-14' });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });

  it('differs by birth date and by key, and is not computed without a birth date', () => {
    const p = { firstName: 'Hélène', lastName: 'Dupré', birthDate: '1980-03-14' };
    expect(identityHash(KEY, { ...p, birthDate: '1980-03-15' })).not.toBe(identityHash(KEY, p));
    expect(identityHash('x'.repeat(32), p)).not.toBe(identityHash(KEY, p));
    expect(identityHash(KEY, { ...p, birthDate: null })).toBeNull();
    expect(identityHash(KEY, { ...p, firstName: '--' })).toBeNull();
    expect(identityHashes(KEY, [p, { ...p, firstName: 'helene' }, { ...p, birthDate: null }])).toHaveLength(1);
  });

  it('restores only unexpired refusals of the organisation', () => {
    const q = restoreRefusalsQuery('org', 'hh', ['h1'], '2026-03-01');
    expect(q.params).toEqual(['org', 'hh', ['h1'], '2026-03-01']);
    expect(q.sql).toContain('ri.organisation_id = $1::uuid');
    expect(q.sql).toContain('ri.blocked_until > $4::date');
  });
});
