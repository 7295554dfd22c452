// Generates realistic household compositions for the demo: singles, couples, single parents,
// families, retirees, students, people with a recognised disability.
import type { Activity, Benefit, HousingStatus, HousingType, IncomeKind, Relationship } from '@recours/domain';
import { AMOUNTS, DEMO_TODAY, FEMALE, LAST, MALE, SMIC_NET_CENTS, STREETS, type Commune } from './demo-data';
import type { Prng } from './prng';

export interface GenIncome { id: string; kind: IncomeKind; monthlyAmountCents: number; startMonth: string; endMonth: string | null }
export interface GenPerson {
  id: string; firstName: string; lastName: string; birthDate: string; relationship: Relationship; activity: Activity | null;
  disabilityRecognised: boolean; incapacityRate: number | null; phone: string | null; email: string | null; incomes: GenIncome[];
}
export interface GenHousehold {
  id: string; address: string; postcode: string; communeInsee: string; communeName: string; housingStatus: HousingStatus;
  housingType: HousingType | null; monthlyRentCents: number | null; housingAidZone: 1 | 2 | 3; status: 'active' | 'closed';
  lastContactOn: string; members: GenPerson[]; benefits: { id: string; benefit: Benefit; monthlyAmountCents: number; since: string }[];
}

type Kind = 'single' | 'couple' | 'family' | 'single_parent' | 'retiree' | 'retired_couple' | 'student' | 'disability';
const KINDS: [Kind, number][] = [
  ['single', 22], ['couple', 12], ['family', 20], ['single_parent', 16], ['retiree', 12], ['retired_couple', 6], ['student', 6], ['disability', 6],
];

const year = Number(DEMO_TODAY.slice(0, 4));
const pad = (n: number) => String(n).padStart(2, '0');
const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-zA-Z]/g, '').toLowerCase();

export function generateHousehold(rng: Prng, communes: readonly Commune[], aidZone: 1 | 2 | 3): GenHousehold {
  const kind = rng.weighted(KINDS);
  const lastName = rng.pick(LAST);
  const members: GenPerson[] = [];
  const birth = (minAge: number, maxAge: number) => `${year - rng.int(minAge, maxAge)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  const month = (yearsBack: number) => `${year - rng.int(0, yearsBack)}-${pad(rng.int(1, 12))}`;
  const income = (k: IncomeKind, cents: number, yearsBack = 3): GenIncome => ({
    id: rng.uuid(), kind: k, monthlyAmountCents: Math.round(cents / 100) * 100, startMonth: month(yearsBack), endMonth: null,
  });
  const adult = (relationship: Relationship, female: boolean, minAge: number, maxAge: number, activity: Activity): GenPerson => {
    const firstName = rng.pick(female ? FEMALE : MALE);
    const incomes: GenIncome[] = [];
    if (activity === 'salarie') incomes.push(income('salaire', SMIC_NET_CENTS * (0.5 + rng.next() * 0.7)));
    if (activity === 'independant') incomes.push(income('autre', 40_000 + rng.int(0, 110_000)));
    if (activity === 'chomeur' && rng.chance(0.7)) incomes.push(income('chomage', 85_000 + rng.int(0, 50_000), 1));
    if (activity === 'retraite') incomes.push(income('retraite', 65_000 + rng.int(0, 110_000), 10));
    if (activity === 'etudiant' && rng.chance(0.35)) incomes.push(income('salaire', 30_000 + rng.int(0, 30_000), 1));
    return {
      id: rng.uuid(), firstName, lastName, birthDate: birth(minAge, maxAge), relationship, activity,
      disabilityRecognised: false, incapacityRate: null,
      phone: rng.chance(0.8) ? `0${rng.pick(['6', '7'])} ${pad(rng.int(0, 99))} ${pad(rng.int(0, 99))} ${pad(rng.int(0, 99))} ${pad(rng.int(0, 99))}` : null,
      email: rng.chance(0.45) ? `${ascii(firstName)}.${ascii(lastName)}${rng.int(1, 99)}@exemple.fr` : null,
      incomes,
    };
  };
  const child = (maxAge = 17): GenPerson => ({
    id: rng.uuid(), firstName: rng.pick(rng.chance(0.5) ? FEMALE : MALE), lastName, birthDate: birth(0, maxAge), relationship: 'enfant',
    activity: null, disabilityRecognised: false, incapacityRate: null, phone: null, email: null, incomes: [],
  });
  const workingActivity = (): Activity => rng.weighted<Activity>([['salarie', 5], ['chomeur', 3], ['inactif', 2], ['independant', 1]]);
  const female = rng.chance(0.55);

  switch (kind) {
    case 'single':
      members.push(adult('demandeur', female, 25, 60, workingActivity()));
      break;
    case 'couple':
      members.push(adult('demandeur', female, 25, 60, workingActivity()), adult('conjoint', !female, 25, 60, workingActivity()));
      break;
    case 'family':
      members.push(adult('demandeur', female, 28, 50, workingActivity()), adult('conjoint', !female, 28, 50, workingActivity()));
      for (let i = rng.int(1, 4); i > 0; i--) members.push(child());
      break;
    case 'single_parent': {
      const parent = adult('demandeur', rng.chance(0.85), 22, 50, workingActivity());
      if (rng.chance(0.6)) parent.incomes.push(income('pension_alimentaire', 15_000 + rng.int(0, 20_000), 4));
      members.push(parent);
      for (let i = rng.int(1, 3); i > 0; i--) members.push(child());
      break;
    }
    case 'retiree':
      members.push(adult('demandeur', female, 66, 92, 'retraite'));
      break;
    case 'retired_couple':
      members.push(adult('demandeur', female, 66, 88, 'retraite'), adult('conjoint', !female, 66, 88, 'retraite'));
      break;
    case 'student':
      members.push(adult('demandeur', female, 18, 25, 'etudiant'));
      break;
    case 'disability': {
      const p = adult('demandeur', female, 25, 62, rng.chance(0.25) ? 'salarie' : 'inactif');
      p.disabilityRecognised = true;
      p.incapacityRate = rng.pick([50, 60, 80, 80, 90]);
      members.push(p);
      if (rng.chance(0.3)) members.push(adult('autre', !female, 50, 80, 'retraite'));
      break;
    }
  }

  const housingStatus = rng.weighted<HousingStatus>([['locataire', 70], ['proprietaire', 15], ['heberge', 12], ['sans_domicile', 3]]);
  const housingType: HousingType | null =
    housingStatus === 'locataire' ? rng.weighted<HousingType>([['hlm', 45], ['vide', 35], ['meuble', 12], ['foyer', 8]]) : null;
  const rent = housingStatus === 'locataire' ? (housingType === 'hlm' ? 30_000 : 40_000) + rng.int(0, 35_000) : null;
  const commune = rng.pick(communes);
  const totalIncome = members.flatMap((m) => m.incomes).reduce((s, i) => s + i.monthlyAmountCents, 0);
  const children = members.filter((m) => m.relationship === 'enfant').length;

  // Received benefits: some households already receive what they are due, many do not (non-take-up).
  const benefits: GenHousehold['benefits'] = [];
  const since = () => `${year - rng.int(0, 5)}-${pad(rng.int(1, 12))}-01`;
  const add = (benefit: Benefit, cents: number) => benefits.push({ id: rng.uuid(), benefit, monthlyAmountCents: Math.round(cents), since: since() });
  if (rent !== null && totalIncome < 150_000 && rng.chance(0.55)) add('aide_logement', 15_000 + rng.int(0, 20_000));
  if (children >= 2 && rng.chance(0.9)) add('allocations_familiales', AMOUNTS.afTwoChildren + (children - 2) * 19_000);
  if (totalIncome === 0 && kind !== 'retiree' && kind !== 'disability' && rng.chance(0.45)) add('rsa', AMOUNTS.rsaSingle);
  if (members.some((m) => m.activity === 'salarie') && totalIncome < 180_000 && rng.chance(0.35)) add('prime_activite', 8_000 + rng.int(0, 15_000));
  if (kind === 'disability' && rng.chance(0.6)) add('aah', AMOUNTS.aahFull);
  if ((kind === 'retiree' || kind === 'retired_couple') && totalIncome < 95_000 && rng.chance(0.3)) add('aspa', AMOUNTS.aspaSingle - totalIncome);
  if (totalIncome < 120_000 && rng.chance(0.25)) add('css', 0);
  if (totalIncome < 110_000 && rng.chance(0.3)) add('cheque_energie', AMOUNTS.chequeEnergie);

  const daysAgo = rng.int(0, 420);
  const last = new Date(Date.UTC(year, 0, 15) - daysAgo * 86_400_000).toISOString().slice(0, 10);
  return {
    id: rng.uuid(),
    address: housingStatus === 'sans_domicile' ? 'Domiciliation CCAS' : `${rng.int(1, 120)} ${rng.pick(STREETS)}`,
    postcode: commune.postcode,
    communeInsee: commune.insee,
    communeName: commune.name,
    housingStatus,
    housingType,
    monthlyRentCents: rent === null ? null : Math.round(rent / 100) * 100,
    housingAidZone: aidZone,
    status: rng.chance(0.08) ? 'closed' : 'active',
    lastContactOn: last,
    members,
    benefits,
  };
}
