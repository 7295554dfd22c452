// Adapter from the reference-case input schema (shared/rights-cases/SCHEMA.md, euros) to the
// normalized Household (cents). Validation errors carry the path and a French reason.
import { z } from 'zod';
import type { Activity, Household, Member } from '../household';

const euros = z.number({ invalid_type_error: 'doit être un nombre (euros)' }).finite().min(0, 'doit être ≥ 0');

const memberSchema = z.object({
  role: z.enum(['adult', 'child'], { errorMap: () => ({ message: 'doit valoir « adult » ou « child »' }) }).default('adult'),
  age: z.number({ required_error: 'obligatoire', invalid_type_error: 'doit être un entier ≥ 0' })
    .int('doit être un entier ≥ 0').min(0, 'doit être un entier ≥ 0').max(130, 'doit être ≤ 130'),
  salaire_net_mensuel: euros.optional(),
  salaire_imposable_mensuel: euros.optional(),
  salaire_brut_mensuel: euros.optional(),
  chomage_net: euros.optional(),
  chomage_imposable: euros.optional(),
  retraite_net: euros.optional(),
  retraite_imposable: euros.optional(),
  retraite_brute: euros.optional(),
  pensions_alimentaires_percues: euros.optional(),
  autres_ressources: euros.optional(),
  activite: z.enum(['actif', 'chomeur', 'etudiant', 'retraite', 'inactif'], {
    errorMap: () => ({ message: 'doit valoir actif, chomeur, etudiant, retraite ou inactif' }),
  }).optional(),
  etudiant: z.boolean({ invalid_type_error: 'doit être un booléen' }).optional(),
  /** Holder of a bourse de l'enseignement supérieur (not in the reference schema; CCH R822-20). */
  boursier: z.boolean({ invalid_type_error: 'doit être un booléen' }).optional(),
  handicap: z.boolean({ invalid_type_error: 'doit être un booléen' }).optional(),
  taux_incapacite: z.number({ invalid_type_error: 'doit être un nombre entre 0 et 1' }).min(0, 'doit être entre 0 et 1').max(1, 'doit être entre 0 et 1').optional(),
  restriction_substantielle_durable_acces_emploi: z.boolean({ invalid_type_error: 'doit être un booléen' }).optional(),
  aah: euros.optional(),
  garde_alternee: z.boolean({ invalid_type_error: 'doit être un booléen' }).optional(),
});

const housingSchema = z.object({
  status: z.enum(['locataire', 'proprietaire', 'heberge', 'primo_accedant', 'sans_domicile'], {
    errorMap: () => ({ message: 'statut d’occupation inconnu' }),
  }).default('locataire'),
  type: z.enum(['vide', 'meuble', 'hlm', 'foyer'], { errorMap: () => ({ message: 'doit valoir vide, meuble, hlm ou foyer' }) }).default('vide'),
  loyer: euros.default(0),
  charges_locatives: euros.optional(),
  zone: z.union([z.literal(1), z.literal(2), z.literal(3)], { errorMap: () => ({ message: 'doit valoir 1, 2 ou 3' }) }).default(2),
  depcom: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'doit être un code commune INSEE à 5 caractères').optional(),
  coloc: z.boolean({ invalid_type_error: 'doit être un booléen' }).default(false),
  logement_chambre: z.boolean({ invalid_type_error: 'doit être un booléen' }).default(false),
});

const patrimoineSchema = z.object({
  livret_a: euros.default(0),
  epargne_revenus_non_imposables: euros.default(0),
  epargne_revenus_imposables: euros.default(0),
  valeur_immo_non_loue: euros.default(0),
  valeur_locative_immo_non_loue: euros.default(0),
  revenus_capital_mensuels: euros.default(0),
});

export const referenceInputSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    period: z.string({ required_error: 'obligatoire' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'doit être un mois au format AAAA-MM'),
    couple: z.boolean({ invalid_type_error: 'doit être un booléen' }).default(false),
    couple_type: z.enum(['marie', 'pacse', 'concubin'], { errorMap: () => ({ message: 'doit valoir marie, pacse ou concubin' }) }).default('marie'),
    members: z.array(memberSchema, { required_error: 'obligatoire' }).min(1, 'doit contenir au moins un membre'),
    housing: housingSchema.default({}),
    patrimoine: patrimoineSchema.optional(),
    asf_eligible: z.boolean({ invalid_type_error: 'doit être un booléen' }).optional(),
    departement_experimentation_rsa: z.boolean({ invalid_type_error: 'doit être un booléen' }).default(false),
  })
  .superRefine((v, ctx) => {
    const adults = v.members.filter((m) => m.role === 'adult').length;
    if (adults !== (v.couple ? 2 : 1)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['members'], message: v.couple ? 'un couple doit compter exactement 2 adultes' : 'doit compter exactement 1 adulte hors couple' });
    }
    const firstChild = v.members.findIndex((m) => m.role === 'child');
    if (firstChild >= 0 && v.members.slice(firstChild).some((m) => m.role === 'adult')) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['members'], message: 'les adultes doivent précéder les enfants' });
    }
  });

export type ReferenceInput = z.input<typeof referenceInputSchema>;

export class ValidationError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'ValidationError';
  }
}

/** "members[1].age" from a zod path. */
function formatPath(path: (string | number)[]): string {
  let s = '';
  for (const part of path) s += typeof part === 'number' ? `[${part}]` : s === '' ? part : `.${part}`;
  return s === '' ? '(racine)' : s;
}

const c = (eur: number | undefined): number => (eur === undefined ? 0 : Math.round(eur * 100));

const DEFAULT_DEPCOM: Record<1 | 2 | 3, string> = { 1: '75056', 2: '69123', 3: '23096' };

/** One member of a reference case (euros → cents, activity deduced when not given). */
function memberFromReference(m: z.output<typeof referenceInputSchema>['members'][number]): Member {
  const salaryNet = c(m.salaire_net_mensuel);
  const unemploymentNet = c(m.chomage_net);
  const pensionNet = c(m.retraite_net);
  const student = m.etudiant ?? false;
  let activity: Activity;
  if (m.activite) activity = m.activite;
  else if (salaryNet > 0) activity = 'actif';
  else if (unemploymentNet > 0) activity = 'chomeur';
  else if (pensionNet > 0) activity = 'retraite';
  else if (student || (m.role === 'child' && m.age >= 3)) activity = 'etudiant';
  else activity = 'inactif';
  const disabled = m.handicap ?? false;
  return {
    role: m.role,
    age: m.age,
    activity,
    student,
    boursier: m.boursier ?? false,
    disabled,
    disabilityRate: m.taux_incapacite ?? (disabled ? 0.8 : 0),
    rsdae: m.restriction_substantielle_durable_acces_emploi ?? false,
    aahOverride: m.aah === undefined ? null : c(m.aah),
    sharedCustody: m.garde_alternee ?? false,
    incomes: {
      salaryNet,
      salaryTaxable: m.salaire_imposable_mensuel === undefined ? salaryNet : c(m.salaire_imposable_mensuel),
      salaryGross: m.salaire_brut_mensuel === undefined ? salaryNet : c(m.salaire_brut_mensuel),
      unemploymentNet,
      unemploymentTaxable: m.chomage_imposable === undefined ? unemploymentNet : c(m.chomage_imposable),
      pensionNet,
      pensionTaxable: m.retraite_imposable === undefined ? pensionNet : c(m.retraite_imposable),
      pensionGross: m.retraite_brute === undefined ? pensionNet : c(m.retraite_brute),
      alimonyReceived: c(m.pensions_alimentaires_percues),
      other: c(m.autres_ressources),
    },
  };
}

/** Validates a reference-case input and builds the Household (throws ValidationError). */
export function householdFromReference(input: unknown, index = 0): Household {
  const parsed = referenceInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
  }
  const v = parsed.data;
  const members = v.members.map(memberFromReference);
  const hs = v.housing;
  const pat = v.patrimoine;
  const hasChildren = members.some((m) => m.role === 'child');
  return {
    id: v.id === undefined ? String(index) : String(v.id),
    period: v.period,
    couple: v.couple,
    coupleType: v.couple_type,
    members,
    housing: {
      status: hs.status,
      rentalType: hs.type,
      rent: c(hs.loyer),
      charges: hs.charges_locatives === undefined ? null : c(hs.charges_locatives),
      zone: hs.zone,
      depcom: hs.depcom ?? DEFAULT_DEPCOM[hs.zone],
      coloc: hs.coloc,
      room: hs.logement_chambre,
    },
    patrimoine: {
      livretA: c(pat?.livret_a),
      savingsTaxFree: c(pat?.epargne_revenus_non_imposables),
      savingsTaxable: c(pat?.epargne_revenus_imposables),
      propertyNotRented: c(pat?.valeur_immo_non_loue),
      rentalValueNotRented: c(pat?.valeur_locative_immo_non_loue),
      capitalIncomeMonthly: c(pat?.revenus_capital_mensuels),
    },
    // SCHEMA.md: single parents receive the ASF unless stated otherwise.
    asfEligible: v.asf_eligible ?? (!v.couple && hasChildren),
    rsaExperimentation: v.departement_experimentation_rsa,
  };
}
