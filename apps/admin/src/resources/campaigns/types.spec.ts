import { campaignPayload, cleanFilters, differenceSentence, previewSentence } from './types';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('campaign form', () => {
  it('sends only the filters that restrict the cohort', () => {
    expect(
      cleanFilters({ benefits: [], statuses: ['detecte'], communeInsee: ' ', postcode: ' 23000 ', minAmountCents: 0, referentId: '' }),
    ).toEqual({ statuses: ['detecte'], postcode: '23000' });
    expect(cleanFilters({ importId: '9b2f4c1e-0000-4000-8000-000000000000', confidences: ['haute', 'moyenne'] })).toEqual({
      importId: '9b2f4c1e-0000-4000-8000-000000000000',
      confidences: ['haute', 'moyenne'],
    });
    // Rights chosen in the list of detected rights stay the cohort; an empty choice restricts nothing.
    expect(cleanFilters({ rightIds: ['a1', 'b2', 'c3'], statuses: ['detecte', 'informe'] })).toEqual({ rightIds: ['a1', 'b2', 'c3'], statuses: ['detecte', 'informe'] });
    expect(cleanFilters({ rightIds: [] })).toEqual({});
    expect(cleanFilters({ benefits: ['rsa'], minAmountCents: 120000, confidences: ['haute'] })).toEqual({
      benefits: ['rsa'],
      minAmountCents: 120000,
      confidences: ['haute'],
    });
  });

  it('names the assignee only when one is chosen', () => {
    expect(campaignPayload({ name: ' RSA Guéret ', filters: { postcode: '23000' } })).toEqual({
      name: 'RSA Guéret',
      filters: { postcode: '23000' },
      assignment: 'referent',
    });
    expect(campaignPayload({ name: 'X', assignment: 'user', assigneeId: 'u1' })).toMatchObject({ assignment: 'user', assigneeId: 'u1' });
  });

  it('states the preview in French', () => {
    expect(plain(previewSentence({ householdCount: 6, annualAmountCents: 2954100, excludedByRefusal: 1, excludedRightsByRefusal: 1, controlCount: 0, contactedCount: 6 }))).toBe(
      '6 foyers, 29 541 € par an en jeu, 1 exclu (refus de la personne)',
    );
    expect(plain(previewSentence({ householdCount: 0, annualAmountCents: 0, excludedByRefusal: 2, excludedRightsByRefusal: 3, controlCount: 0, contactedCount: 0 }))).toBe(
      '0 foyer, 0 € par an en jeu, 2 exclus (refus de la personne)',
    );
  });

  it('states the control group in the preview, and the take-up difference with its interval', () => {
    expect(plain(previewSentence({ householdCount: 10, annualAmountCents: 0, excludedByRefusal: 0, excludedRightsByRefusal: 0, controlCount: 2, contactedCount: 8 }))).toBe(
      '10 foyers, 0 € par an en jeu, 0 exclu (refus de la personne) — groupe témoin : 2 foyers tiré(s) au sort et non contacté(s), 8 foyers à contacter',
    );
    expect(plain(differenceSentence({ difference: 0.6667, low: -0.1353, high: 0.9385, significant: false }))).toBe(
      '+66,7 points (IC 95 % : −13,5 points à +93,9 points) — écart non significatif',
    );
    expect(campaignPayload({ name: 'X', controlShare: 20 })).toMatchObject({ controlShare: 20 });
  });
});
