import { formatStep } from '@recours/rights';
import { UNDERPAID_RATIO, detect } from './detect';
import { income, person, snapshot } from './testing/snapshots';

const PERIOD = '2026-11';
const byBenefit = (o: ReturnType<typeof detect>) => new Map(o.proposals.map((p) => [p.benefit, p]));

describe('detect', () => {
  it('proposes the RSA to a single person without income, with the explanation, the rule version and the parameter dates', () => {
    const out = detect(snapshot(), PERIOD);
    const rsa = byBenefit(out).get('rsa');
    expect(rsa).toMatchObject({ outcome: 'non_percu', amountPeriod: 'mensuel', receivedAmountCents: null, confidence: 'haute', source: 'moteur', period: PERIOD });
    expect(rsa!.estimatedAmountCents).toBeGreaterThan(40_000);
    expect(rsa!.ruleVersion).toMatch(/^rsa@/);
    expect(rsa!.explanation.summary).toMatch(/^RSA : montant estimé .* € par mois ; prestation non perçue/);
    expect(rsa!.explanation.steps.some((s) => /forfaitaire/i.test(formatStep(s)))).toBe(true);
    expect(rsa!.parameterDates.find((p) => p.name.startsWith('rsa.'))?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rsa!.missingInputs).toEqual([]);
  });

  it('does not propose a benefit received in full, proposes one received well below what is due', () => {
    const due = byBenefit(detect(snapshot(), PERIOD)).get('rsa')!.estimatedAmountCents;
    const justAbove = Math.ceil(due * UNDERPAID_RATIO);
    expect(byBenefit(detect(snapshot({ receivedBenefits: [{ benefit: 'rsa', monthlyAmountCents: justAbove }] }), PERIOD)).has('rsa')).toBe(false);
    const under = detect(snapshot({ receivedBenefits: [{ benefit: 'rsa', monthlyAmountCents: justAbove - 100 }] }), PERIOD);
    expect(byBenefit(under).get('rsa')).toMatchObject({ outcome: 'sous_percu', receivedAmountCents: justAbove - 100, estimatedAmountCents: due });
    expect(byBenefit(under).get('rsa')!.explanation.summary).toMatch(/moins de 80 %/);
  });

  it('counts a received row without amount, and any CSS row, as received', () => {
    const out = detect(snapshot({ receivedBenefits: [{ benefit: 'rsa', monthlyAmountCents: 0 }, { benefit: 'css', monthlyAmountCents: 0 }] }), PERIOD);
    expect(out.assessments.find((a) => a.benefit === 'rsa')?.outcome).toBe('percu');
    expect(out.assessments.find((a) => a.benefit === 'css')?.outcome).toBe('percu');
    expect(byBenefit(out).has('rsa')).toBe(false);
  });

  it('never proposes a blocked benefit, nor anything when the whole household declined', () => {
    const one = detect(snapshot(), PERIOD, { blocked: new Set(['rsa'] as const) });
    expect(byBenefit(one).has('rsa')).toBe(false);
    expect(byBenefit(one).has('aide_logement')).toBe(true);
    expect(one.assessments.find((a) => a.benefit === 'rsa')?.outcome).toBe('bloque');
    expect(detect(snapshot(), PERIOD, { blocked: 'all' }).proposals).toEqual([]);
  });

  it('does not propose again a benefit a worker already decided on', () => {
    const out = detect(snapshot(), PERIOD, { decided: new Set(['rsa'] as const) });
    expect(byBenefit(out).has('rsa')).toBe(false);
    expect(out.assessments.find((a) => a.benefit === 'rsa')?.outcome).toBe('deja_traite');
  });

  it('keeps an assessment (amount 0, French reason) for benefits that are not due', () => {
    const aspa = detect(snapshot(), PERIOD).assessments.find((a) => a.benefit === 'aspa')!;
    expect(aspa).toMatchObject({ outcome: 'non_du', estimatedAmountCents: 0 });
    expect(aspa.explanation.summary).toBe('ASPA : aucun droit estimé pour ce mois.');
  });

  it('compares a received chèque énergie (monthly equivalent) with the yearly amount due', () => {
    const due = byBenefit(detect(snapshot(), PERIOD)).get('cheque_energie')!.estimatedAmountCents;
    const monthly = Math.ceil(due / 12);
    const out = detect(snapshot({ receivedBenefits: [{ benefit: 'cheque_energie', monthlyAmountCents: monthly }] }), PERIOD);
    expect(out.assessments.find((a) => a.benefit === 'cheque_energie')).toMatchObject({ outcome: 'percu', receivedAmountCents: monthly * 12 });
    const low = detect(snapshot({ receivedBenefits: [{ benefit: 'cheque_energie', monthlyAmountCents: Math.floor(monthly / 2) }] }), PERIOD);
    expect(byBenefit(low).get('cheque_energie')).toMatchObject({ outcome: 'sous_percu', amountPeriod: 'annuel' });
  });

  it('gives the chèque énergie as a yearly amount and the ASPA to a poor retiree', () => {
    const out = detect(snapshot({
      housingStatus: 'proprietaire', housingType: null, monthlyRentCents: null,
      members: [person({ activity: 'retraite', birthDate: '1950-01-01', incomes: [income('retraite', 60_000)] })],
    }), PERIOD);
    const p = byBenefit(out);
    expect(p.get('cheque_energie')).toMatchObject({ amountPeriod: 'annuel' });
    expect(p.get('cheque_energie')!.explanation.summary).toMatch(/par an/);
    expect(p.get('aspa')!.estimatedAmountCents).toBeGreaterThan(30_000);
    expect(p.has('rsa')).toBe(false);
  });

  it('lowers the confidence and lists the missing inputs in French (salarié·e without salary, conjoint without birth date, tenant without rent)', () => {
    const out = detect(snapshot({
      monthlyRentCents: null,
      members: [
        person({ activity: 'salarie' }),
        person({ relationship: 'conjoint', birthDate: null, activity: null }),
        person({ relationship: 'enfant', birthDate: '2015-01-01', activity: null }),
        person({ relationship: 'enfant', birthDate: '2012-01-01', activity: null }),
      ],
    }), PERIOD);
    const rsa = byBenefit(out).get('rsa')!;
    expect(rsa.confidence).toBe('faible');
    expect(rsa.missingInputs).toEqual([
      'Salaire (Demandeur·se, salarié·e sans salaire renseigné)',
      'Date de naissance (Conjoint·e)',
      'Situation professionnelle (Conjoint·e)',
      'Loyer mensuel',
    ]);
    expect(byBenefit(out).get('allocations_familiales')!.missingInputs).not.toContain('Loyer mensuel');
    expect(rsa.explanation.assumptions).toContain('Loyer non renseigné : aide au logement calculée sans loyer.');
  });

  it('gives a medium confidence for minor gaps only (tenant without housing-aid zone)', () => {
    const al = byBenefit(detect(snapshot({ housingAidZone: null }), PERIOD)).get('aide_logement')!;
    expect(al.confidence).toBe('moyenne');
    expect(al.missingInputs).toEqual(["Zone d'aide au logement"]);
    expect(byBenefit(detect(snapshot({ housingAidZone: null }), PERIOD)).get('rsa')!.confidence).toBe('haute');
  });

  it('flags an AAH computed without the incapacity rate', () => {
    const out = detect(snapshot({ members: [person({ disabilityRecognised: true, incapacityRate: null })] }), PERIOD);
    expect(byBenefit(out).get('aah')).toMatchObject({ confidence: 'faible', missingInputs: ["Taux d'incapacité (Demandeur·se)"] });
  });

  it('evaluates nothing for a household without an adult', () => {
    const out = detect(snapshot({ members: [person({ relationship: 'enfant', birthDate: '2015-01-01' })] }), PERIOD);
    expect(out).toMatchObject({ evaluable: false, proposals: [], assessments: [] });
  });

  it('reacts to an income change: a salary above the ceilings removes the RSA', () => {
    const rich = snapshot({ members: [person({ activity: 'salarie', incomes: [income('salaire', 400_000)] })] });
    expect(byBenefit(detect(rich, PERIOD)).has('rsa')).toBe(false);
    const ended = snapshot({ members: [person({ activity: 'chomeur', incomes: [income('salaire', 400_000, '2020-01', '2026-06')] })] });
    expect(byBenefit(detect(ended, PERIOD)).has('rsa')).toBe(true);
  });

  it('proposes the ASF to a single parent who receives no maintenance, with its explanation, and not when a pension alimentaire is received', () => {
    const kids = [person({ relationship: 'enfant', birthDate: '2016-05-01', activity: null }), person({ relationship: 'enfant', birthDate: '2019-09-01', activity: null })];
    const asf = byBenefit(detect(snapshot({ members: [person(), ...kids] }), PERIOD)).get('asf')!;
    expect(asf).toMatchObject({ outcome: 'non_percu', amountPeriod: 'mensuel', confidence: 'haute' });
    // 42.2 % of the BMAF (478.16 € from April 2026) per child: 2 × 201.78 €.
    expect(asf.estimatedAmountCents).toBe(2 * 20_178);
    expect(asf.ruleVersion).toMatch(/^prestations-familiales@/);
    expect(asf.explanation.summary).toMatch(/^Allocation de soutien familial : montant estimé 403,56 € par mois/);
    expect(asf.explanation.steps.some((s) => s.reference === 'CSS art. L523-1')).toBe(true);
    const withAlimony = detect(snapshot({ members: [person({ incomes: [income('pension_alimentaire', 30_000)] }), ...kids] }), PERIOD);
    expect(withAlimony.assessments.find((a) => a.benefit === 'asf')?.outcome).toBe('non_du');
    const received = detect(snapshot({ members: [person(), ...kids], receivedBenefits: [{ benefit: 'asf', monthlyAmountCents: 40_356 }] }), PERIOD);
    expect(received.assessments.find((a) => a.benefit === 'asf')?.outcome).toBe('percu');
  });

  it('proposes the complément familial to a low-income couple with three children of 3 to 20', () => {
    const out = detect(snapshot({
      members: [
        person({ activity: 'salarie', incomes: [income('salaire', 150_000, '2023-01')] }),
        person({ relationship: 'conjoint' }),
        person({ relationship: 'enfant', birthDate: '2012-02-01', activity: null }),
        person({ relationship: 'enfant', birthDate: '2015-06-01', activity: null }),
        person({ relationship: 'enfant', birthDate: '2019-03-01', activity: null }),
      ],
    }), PERIOD);
    const cf = byBenefit(out).get('complement_familial')!;
    expect(cf.outcome).toBe('non_percu');
    expect(cf.estimatedAmountCents).toBeGreaterThan(19_000);
    expect(cf.explanation.summary).toMatch(/^Complément familial : montant estimé/);
    expect(cf.explanation.steps.some((s) => s.reference?.startsWith('CSS art. L522'))).toBe(true);
    expect(out.assessments.find((a) => a.benefit === 'asf')?.outcome).toBe('non_du');
  });
});
