// Allocations familiales and other family benefits: hand-worked examples (CSS L521-1, L521-3,
// D521-1 à D521-3, L522-1, L531-3).
import { formatStep } from '../explanations-fr';
import { computeAsf, computeComplementFamilial, computePrestationsFamiliales, familyBenefitsAt } from './prestations-familiales';
import { adult, child, household } from '../testing/build';

describe('Allocations familiales (CSS L521-1, D521-1)', () => {
  it('no AF for one child', () => {
    expect(familyBenefitsAt(household('2026-01', [adult(35), child(5)]), '2026-01', 0).af).toBe(0);
  });

  it('2 children: 32 % × 474,37 = 151,80 €; 3 children: + 41 % = 346,29 €', () => {
    expect(familyBenefitsAt(household('2026-01', [adult(35), child(5), child(8)]), '2026-01', 0).af).toBe(15180);
    expect(familyBenefitsAt(household('2026-01', [adult(35), child(5), child(8), child(10)]), '2026-01', 0).af).toBe(34629);
  });

  it('age majoration 16 % (75,90 €) from 14, but not for the eldest of two children (L521-3)', () => {
    const two = familyBenefitsAt(household('2026-01', [adult(40), child(15), child(10)]), '2026-01', 0);
    expect(two.afMajoration).toBe(0);
    const three = familyBenefitsAt(household('2026-01', [adult(40), child(15), child(14), child(10)]), '2026-01', 0);
    expect(three.afMajoration).toBe(2 * 7590);
  });

  it('LFSS 2026: a child reaching 14 from March 2026 waits until 18; one already 14 keeps it', () => {
    // In 2026-06, a 14-year-old turned 14 in July 2025 (reference convention): keeps the majoration.
    const kept = familyBenefitsAt(household('2026-06', [adult(40), child(14), child(10), child(8)]), '2026-06', 0);
    expect(kept.afMajoration).toBe(Math.round(47816 * 0.16));
    // A child who is 14 in 2027-03 turned 14 in April 2026 (after 1 March 2026): nothing before 18.
    const later = familyBenefitsAt(household('2027-03', [adult(40), child(14), child(10), child(8)]), '2026-12', 0);
    expect(later.afMajoration).toBe(0);
  });

  it('allocation forfaitaire 20,234 % for a 20-year-old in a family of 3 (95,98 €)', () => {
    const r = familyBenefitsAt(household('2026-01', [adult(45), child(20), child(14), child(11)]), '2026-01', 0);
    expect(r.afForfait).toBe(9598);
    expect(r.afBase).toBe(15180);
  });

  it('modulation: resources above the first ceiling halve the AF, with the complément dégressif', () => {
    const h = household('2026-01', [adult(45), adult(45), child(5), child(8)]);
    expect(familyBenefitsAt(h, '2026-01', 7998000).af).toBe(15180); // at the ceiling
    expect(familyBenefitsAt(h, '2026-01', 7998000 + 12 * 1000).af).toBe(15180 - 1000); // dégressif
    expect(familyBenefitsAt(h, '2026-01', 9000000).af).toBe(7590); // 50 %
    expect(familyBenefitsAt(h, '2026-01', 12000000).af).toBe(3795); // 25 %
  });

  it('PAJE allocation de base 41,65 % (197,58 €) for a child under 3, complément familial for 3 children of 3+', () => {
    const baby = familyBenefitsAt(household('2026-01', [adult(30), adult(30), child(1)]), '2026-01', 2000000);
    expect(baby.pajeBase).toBe(19758);
    const three = familyBenefitsAt(household('2026-01', [adult(30), adult(30), child(4), child(6), child(9)]), '2026-01', 3000000);
    expect(three.cf).toBe(19758); // base rate: 30 000 € > 50 % of the ceiling
    expect(three.cfNonMajore).toBe(19758);
  });

  it('returns a BenefitResult with the parameter dates used', () => {
    const r = computePrestationsFamiliales(household('2026-01', [adult(35), child(5), child(8)]), '2026-01', 0);
    expect(r.amountCents).toBe(15180);
    expect(r.parameters.find((u) => u.name === 'pf.bmaf')?.from).toBe('2025-04-01');
  });
});

describe('Allocation de soutien familial (CSS L523-1, D523-7)', () => {
  it('a single parent without maintenance from the other parent: 42,2 % × 474,37 = 200,18 € per child under 20', () => {
    const h = household('2026-01', [adult(35), child(5), child(19), child(20)], { asfEligible: true });
    const fb = familyBenefitsAt(h, '2026-01', 0);
    const r = computeAsf(h, '2026-01', fb);
    expect(r).toMatchObject({ benefit: 'asf', eligible: true, amountCents: 2 * 20018 });
    expect(r.steps.map((s) => s.reference)).toContain('CSS art. L523-1');
    expect(formatStep(r.steps[1])).toBe('ASF par enfant : 200,18 €');
  });

  it('none for a couple, nor when the other parent pays a pension alimentaire (asfEligible false)', () => {
    const couple = household('2026-01', [adult(35), adult(36), child(5)], { asfEligible: true });
    expect(computeAsf(couple, '2026-01', familyBenefitsAt(couple, '2026-01', 0)).amountCents).toBe(0);
    const supported = household('2026-01', [adult(35), child(5)], { asfEligible: false });
    const r = computeAsf(supported, '2026-01', familyBenefitsAt(supported, '2026-01', 0));
    expect(r.amountCents).toBe(0);
    expect(r.steps[0].key).toBe('asf.pension');
  });
});

describe('Complément familial (CSS L522-1 to L522-3, D522-1, D522-2)', () => {
  // A couple with one earner or none, three children of 3 to 20: ceiling 24 853 € × (1 + 2 × 25 % + 30 %) = 44 735,40 €.
  const h = household('2026-01', [adult(40), adult(38), child(4), child(8), child(12)]);
  const cf = (resourcesEuros: number) => {
    const fb = familyBenefitsAt(h, '2026-01', resourcesEuros * 100);
    return computeComplementFamilial('2026-01', fb, resourcesEuros * 100);
  };

  it('majoré under half the ceiling: 62,48 % × 474,37 = 296,39 €', () => {
    expect(cf(20_000).amountCents).toBe(29639);
    expect(formatStep(cf(20_000).steps.at(-1)!)).toBe('Complément familial estimé : 296,39 € (montant majoré, ressources sous la moitié du plafond)');
  });

  it('basic rate under the ceiling: 41,65 % × 474,37 = 197,58 €', () => {
    expect(cf(30_000).amountCents).toBe(19758);
  });

  it('differential just above the ceiling: (44 735,40 + 12 × 197,58 − 44 800) / 12 = 192,20 €', () => {
    expect(cf(44_800).amountCents).toBe(19220);
    expect(cf(48_000).amountCents).toBe(0);
  });

  it('needs three children of 3 or more: none with a child under 3 (the PAJE allocation de base applies)', () => {
    const young = household('2026-01', [adult(40), adult(38), child(2), child(8), child(12)]);
    const fb = familyBenefitsAt(young, '2026-01', 2_000_000);
    expect(computeComplementFamilial('2026-01', fb, 2_000_000).amountCents).toBe(0);
  });
});
