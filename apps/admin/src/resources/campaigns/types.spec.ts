import { campaignPayload, cleanFilters, previewSentence } from './types';

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
    expect(plain(previewSentence({ householdCount: 6, annualAmountCents: 2954100, excludedByRefusal: 1, excludedRightsByRefusal: 1 }))).toBe(
      '6 foyers, 29 541 € par an en jeu, 1 exclu (refus de la personne)',
    );
    expect(plain(previewSentence({ householdCount: 0, annualAmountCents: 0, excludedByRefusal: 2, excludedRightsByRefusal: 3 }))).toBe(
      '0 foyer, 0 € par an en jeu, 2 exclus (refus de la personne)',
    );
  });
});
