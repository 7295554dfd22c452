import { explanationOf, parameterDatesOf } from './types';

describe('detected right explanation', () => {
  it('reads the first stored step as the summary', () => {
    const e = explanationOf({
      explanation: [
        { text: 'RSA : montant estimé 780,94 € par mois ; prestation non perçue selon le dossier.' },
        { text: 'Montant forfaitaire : 1 433,72 €', amountCents: 143372, reference: 'CASF art. L262-2' },
      ],
    });
    expect(e.summary).toMatch(/^RSA : montant estimé/);
    expect(e.steps).toHaveLength(1);
  });

  it('keeps every step when the first one is a computation', () => {
    expect(explanationOf({ explanation: [{ text: 'Base', amountCents: 1 }] }).summary).toBeUndefined();
    expect(explanationOf({ explanation: null }).steps).toEqual([]);
  });

  it('lists parameter dates, several per name when look-back months differ', () => {
    expect(parameterDatesOf({ parameterDates: { 'rsa.montant': ['2025-04-01', '2026-04-01'], 'rsa.age': '2009-06-01' } })).toEqual([
      { name: 'rsa.montant', from: '2025-04-01' },
      { name: 'rsa.montant', from: '2026-04-01' },
      { name: 'rsa.age', from: '2009-06-01' },
    ]);
  });
});
