import { DETECTED_RIGHT_STATUSES, allowedFrom } from '@recours/domain';
import { STEP_RANK, conversions, stepRankSql } from './funnel-steps';

describe('funnel steps', () => {
  it('never ranks a status below a status it can be reached from, except the exits (ranked by the state they left)', () => {
    const exits = ['ecarte', 'abandonne', 'refus_personne'];
    for (const to of DETECTED_RIGHT_STATUSES.filter((s) => !exits.includes(s)))
      for (const from of allowedFrom(to)) expect({ from, to, ok: STEP_RANK[to] > STEP_RANK[from] || (from === 'informe' && to === 'demande_en_cours') }).toEqual({ from, to, ok: true });
  });

  it('writes the rank table as a CASE expression', () => {
    expect(stepRankSql('s')).toBe(
      "CASE s WHEN 'confirme' THEN 1 WHEN 'informe' THEN 2 WHEN 'demande_en_cours' THEN 2 WHEN 'demande_deposee' THEN 3 WHEN 'accorde' THEN 4 WHEN 'refuse' THEN 4 ELSE 0 END",
    );
  });

  it('converts each step from the one before, null after an empty step', () => {
    expect(conversions({ detected: 8, confirmed: 6, reached: 3, informed: 3, claimFiled: 2, granted: 1, refused: 1, declined: 1 })).toEqual({
      confirmed: 0.75, reached: 0.5, informed: 1, claimFiled: 0.667, granted: 0.5, refused: 0.5, declined: 0.125,
    });
    expect(conversions({ detected: 0, confirmed: 0, reached: 0, informed: 0, claimFiled: 0, granted: 0, refused: 0, declined: 0 }).granted).toBeNull();
  });
});
