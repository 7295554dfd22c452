// Cross-field rules on a household payload, checked after per-field validation. Pure functions:
// `current` gives the stored values for fields a PUT leaves out.
import type { FieldError } from '../../common/errors/domain-errors';
import type { HouseholdInputDto } from './dto/household-input.dto';

export interface CurrentValues {
  members: Map<string, { disabilityRecognised: boolean; incapacityRate: number | null; incomes: Map<string, { startMonth: string; endMonth: string | null }> }>;
}

export function checkHouseholdRules(dto: HouseholdInputDto, today: string, current?: CurrentValues): FieldError[] {
  const errors: FieldError[] = [];
  if (dto.lastContactOn && dto.lastContactOn > today) {
    errors.push({ field: 'lastContactOn', message: 'ne peut pas être dans le futur' });
  }
  const seen = new Set<string>();
  const once = { demandeur: 'un seul demandeur par foyer', conjoint: 'un seul conjoint par foyer' } as const;
  const counted = { demandeur: 0, conjoint: 0 };
  (dto.members ?? []).forEach((m, i) => {
    const at = `members[${i}]`;
    if (m.id) {
      if (seen.has(m.id)) errors.push({ field: `${at}.id`, message: 'identifiant en double' });
      seen.add(m.id);
    }
    if (m.relationship === 'demandeur' || m.relationship === 'conjoint') {
      counted[m.relationship] += 1;
      if (counted[m.relationship] > 1) errors.push({ field: `${at}.relationship`, message: once[m.relationship] });
    }
    if (m.birthDate && m.birthDate > today) errors.push({ field: `${at}.birthDate`, message: 'ne peut pas être dans le futur' });
    const stored = m.id ? current?.members.get(m.id) : undefined;
    const disability = m.disabilityRecognised ?? stored?.disabilityRecognised ?? false;
    const rate = m.incapacityRate === undefined ? stored?.incapacityRate ?? null : m.incapacityRate;
    if (rate !== null && !disability) {
      errors.push({ field: `${at}.incapacityRate`, message: 'seulement si un handicap est reconnu' });
    }
    const incomeIds = new Set<string>();
    (m.incomes ?? []).forEach((inc, j) => {
      if (inc.id) {
        if (incomeIds.has(inc.id)) errors.push({ field: `${at}.incomes[${j}].id`, message: 'identifiant en double' });
        incomeIds.add(inc.id);
      }
      const storedIncome = inc.id ? stored?.incomes.get(inc.id) : undefined;
      const end = inc.endMonth === undefined ? storedIncome?.endMonth ?? null : inc.endMonth;
      if (end !== null && end < inc.startMonth) {
        errors.push({ field: `${at}.incomes[${j}].endMonth`, message: 'doit être postérieur ou égal au mois de début' });
      }
    });
  });
  const benefitIds = new Set<string>();
  (dto.receivedBenefits ?? []).forEach((b, i) => {
    if (b.id) {
      if (benefitIds.has(b.id)) errors.push({ field: `receivedBenefits[${i}].id`, message: 'identifiant en double' });
      benefitIds.add(b.id);
    }
    if (b.since && b.since > today) errors.push({ field: `receivedBenefits[${i}].since`, message: 'ne peut pas être dans le futur' });
  });
  return errors;
}

export { changedFields } from '../../common/db/changed-fields';
