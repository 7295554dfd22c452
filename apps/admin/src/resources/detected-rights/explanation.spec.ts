import { dateInWords, inWords, leadSentence, legalReference, monthInWords, readableExplanation, unconfirmedLine } from './explanation';

describe('a detected right explained to a person', () => {
  it('writes months and dates as a person writes them', () => {
    expect(monthInWords('2026-09')).toBe('septembre 2026');
    expect(dateInWords('2026-09-01')).toBe('1er septembre 2026');
    expect(dateInWords('2026-11-27')).toBe('27 novembre 2026');
    expect(inWords('Ressources de 2026-06 à 2026-08, vérifiées le 2026-11-27')).toBe('Ressources de juin 2026 à août 2026, vérifiées le 27 novembre 2026');
  });

  it('spells out the code and links each article to Légifrance', () => {
    const ref = legalReference('CSS art. L522-1, D522-1');
    expect(ref.label).toBe('code de la sécurité sociale, art. L522-1, D522-1');
    expect(ref.links.map((l) => l.article)).toEqual(['L522-1', 'D522-1']);
    expect(ref.links[0].href).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\/search\/code\?/);
    expect(decodeURIComponent(ref.links[0].href)).toContain('"L522-1" code de la sécurité sociale');
    expect(legalReference('CASF art. L262-2, R262-1').label).toBe('code de l’action sociale et des familles, art. L262-2, R262-1');
    expect(legalReference('CSS L815-1').links.map((l) => l.article)).toEqual(['L815-1']);
    expect(legalReference('Arrêté du 27/09/2019, art. 7')).toEqual({ label: 'Arrêté du 27/09/2019, art. 7', parts: ['Arrêté du 27/09/2019, art. 7'], links: [] });
    const range = legalReference('CSS art. R861-4 à R861-10');
    expect(range.parts.map((p) => (typeof p === 'string' ? p : `[${p.article}]`)).join('')).toBe('code de la sécurité sociale, art. [R861-4] à [R861-10]');
    expect(legalReference('CSS art. L861-1, 2°').links.map((l) => l.article)).toEqual(['L861-1']);
    expect(legalReference('CGI art. 1417 IV').links.map((l) => l.article)).toEqual(['1417 IV']);
  });

  it('folds the warnings about unconfirmed parameters into one line and keeps the other notes', () => {
    const e = readableExplanation({
      summary: 'RSA : montant estimé 369,19 € par mois ; prestation non perçue selon le dossier.',
      steps: [
        { text: 'Montant forfaitaire : 646,52 €', amountCents: 64652, reference: 'CASF art. L262-2' },
        { text: "Attention : Le paramètre rsa.montant_forfaitaire n'a été vérifié que jusqu'au 2026-11-27 : montant à confirmer." },
        { text: "Attention : Le paramètre pf.bmaf n'a été vérifié que jusqu'au 2026-11-27 : montant à confirmer." },
        { text: 'Hypothèse : Épargne et patrimoine non renseignés : considérés comme nuls.' },
      ],
    });
    expect(e.steps).toHaveLength(1);
    expect(e.unconfirmed).toEqual([
      { name: 'rsa.montant_forfaitaire', verifiedUntil: '2026-11-27' },
      { name: 'pf.bmaf', verifiedUntil: '2026-11-27' },
    ]);
    expect(e.notes).toEqual(['Hypothèse : Épargne et patrimoine non renseignés : considérés comme nuls.']);
    expect(unconfirmedLine(e.unconfirmed, '2026-12')).toBe('Certains barèmes de 2026 ne sont pas encore confirmés : montant à confirmer.');
    expect(unconfirmedLine([], '2026-12')).toBeUndefined();
  });

  it('leads with the benefit, the amount, the month and why it is probably not received', () => {
    expect(leadSentence('RSA', '369,19 €/mois', '2026-12', 'RSA : montant estimé 369,19 € par mois ; prestation non perçue selon le dossier.')).toBe(
      'RSA : montant estimé 369,19 €/mois pour décembre 2026 — prestation non perçue selon le dossier.',
    );
    expect(leadSentence('CSS', 'sans participation', '2026-12', undefined)).toBe('CSS : droit estimé sans participation pour décembre 2026.');
  });
});
