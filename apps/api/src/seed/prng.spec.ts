import { Prng } from './prng';

describe('Prng', () => {
  it('is deterministic for a seed and gives v4-shaped uuids', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const seqA = Array.from({ length: 5 }, () => a.uuid());
    expect(Array.from({ length: 5 }, () => b.uuid())).toEqual(seqA);
    for (const id of seqA) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Prng(43).uuid()).not.toBe(seqA[0]);
  });
});
