// Shared vocabulary of Recours: string unions used by the API (validation, database enums)
// and by the back office (choices, labels). No framework code here.
import { OUTREACH_LABELS } from './outreach';
import { REFERRAL_LABELS } from './referrals';
import { NOTIFICATION_LABELS } from './notifications';

export * from './calendar';
export * from './outreach';
export * from './detected-right-machine';
export * from './task-machine';
export * from './referrals';
export * from './notifications';
export * from './imports';
export * from './audit-fields';

export const ORGANISATION_KINDS = [
  'conseil_departemental',
  'ccas',
  'caf',
  'cpam',
  'msa',
  'france_travail',
  'bailleur_social',
  'association',
  'mairie',
  'autre',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const USER_ROLES = ['social_worker', 'partner_agent', 'manager', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const HOUSING_STATUSES = ['locataire', 'proprietaire', 'heberge', 'sans_domicile'] as const;
export type HousingStatus = (typeof HOUSING_STATUSES)[number];

export const HOUSING_TYPES = ['vide', 'meuble', 'hlm', 'foyer'] as const;
export type HousingType = (typeof HOUSING_TYPES)[number];

/** Zones of the aide personnalisée au logement (1: Île-de-France core … 3: rest of France). */
export const HOUSING_AID_ZONES = [1, 2, 3] as const;
export type HousingAidZone = (typeof HOUSING_AID_ZONES)[number];

export const HOUSEHOLD_STATUSES = ['active', 'closed'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const RELATIONSHIPS = ['demandeur', 'conjoint', 'enfant', 'autre'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const ACTIVITIES = ['salarie', 'independant', 'chomeur', 'etudiant', 'retraite', 'inactif'] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const INCOME_KINDS = ['salaire', 'chomage', 'retraite', 'pension_alimentaire', 'indemnites', 'autre'] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

export const BENEFITS = [
  'rsa',
  'prime_activite',
  'aide_logement',
  'cheque_energie',
  'css',
  'allocations_familiales',
  'asf',
  'complement_familial',
  'aah',
  'aspa',
  'autre',
] as const;
export type Benefit = (typeof BENEFITS)[number];

export const AUDIT_ACTIONS = ['read', 'list', 'create', 'update', 'delete', 'login', 'logout', 'export'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  'household',
  'person',
  'income',
  'received_benefit',
  'user',
  'organisation',
  'session',
  'detected_right',
  'contact',
  'task',
  'campaign',
  'referral',
  'consent',
  'statistics',
  'import',
  'outreach_block',
  'audit_event',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const LABELS = {
  organisationKind: {
    conseil_departemental: 'Conseil départemental',
    ccas: 'CCAS',
    caf: 'CAF',
    cpam: 'CPAM',
    msa: 'MSA',
    france_travail: 'France Travail',
    bailleur_social: 'Bailleur social',
    association: 'Association',
    mairie: 'Mairie',
    autre: 'Autre',
  },
  userRole: {
    social_worker: 'Travailleur·se social·e',
    partner_agent: 'Agent partenaire',
    manager: 'Responsable',
    admin: 'Administrateur·rice',
  },
  housingStatus: {
    locataire: 'Locataire',
    proprietaire: 'Propriétaire',
    heberge: 'Hébergé·e',
    sans_domicile: 'Sans domicile',
  },
  housingType: {
    vide: 'Logement vide',
    meuble: 'Logement meublé',
    hlm: 'HLM',
    foyer: 'Foyer',
  },
  housingAidZone: { 1: 'Zone 1', 2: 'Zone 2', 3: 'Zone 3' },
  householdStatus: { active: 'Suivi en cours', closed: 'Clos' },
  relationship: { demandeur: 'Demandeur·se', conjoint: 'Conjoint·e', enfant: 'Enfant', autre: 'Autre' },
  activity: {
    salarie: 'Salarié·e',
    independant: 'Indépendant·e',
    chomeur: 'Demandeur·se d’emploi',
    etudiant: 'Étudiant·e',
    retraite: 'Retraité·e',
    inactif: 'Sans activité',
  },
  incomeKind: {
    salaire: 'Salaire',
    chomage: 'Allocation chômage',
    retraite: 'Retraite',
    pension_alimentaire: 'Pension alimentaire',
    indemnites: 'Indemnités journalières',
    autre: 'Autre revenu',
  },
  benefit: {
    rsa: 'RSA',
    prime_activite: "Prime d'activité",
    aide_logement: 'Aide au logement',
    cheque_energie: 'Chèque énergie',
    css: 'Complémentaire santé solidaire',
    allocations_familiales: 'Allocations familiales',
    asf: 'Allocation de soutien familial',
    complement_familial: 'Complément familial',
    aah: 'AAH',
    aspa: 'ASPA',
    autre: 'Autre prestation',
  },
  auditAction: {
    read: 'Consultation',
    list: 'Recherche',
    create: 'Création',
    update: 'Modification',
    delete: 'Suppression',
    login: 'Connexion',
    logout: 'Déconnexion',
    export: 'Export',
  },
  auditEntityType: {
    household: 'Foyer',
    person: 'Membre',
    income: 'Revenu',
    received_benefit: 'Prestation perçue',
    user: 'Utilisateur',
    organisation: 'Organisation',
    session: 'Session',
    detected_right: 'Droit détecté',
    contact: 'Contact',
    task: 'Tâche',
    campaign: 'Campagne',
    referral: 'Orientation',
    consent: 'Consentement',
    statistics: 'Indicateurs',
    import: 'Import de fichier',
    outreach_block: 'Refus de sollicitation',
    audit_event: 'Journal d’audit',
  },
  ...OUTREACH_LABELS,
  ...REFERRAL_LABELS,
  ...NOTIFICATION_LABELS,
} as const satisfies {
  organisationKind: Record<OrganisationKind, string>;
  userRole: Record<UserRole, string>;
  housingStatus: Record<HousingStatus, string>;
  housingType: Record<HousingType, string>;
  housingAidZone: Record<HousingAidZone, string>;
  householdStatus: Record<HouseholdStatus, string>;
  relationship: Record<Relationship, string>;
  activity: Record<Activity, string>;
  incomeKind: Record<IncomeKind, string>;
  benefit: Record<Benefit, string>;
  auditAction: Record<AuditAction, string>;
  auditEntityType: Record<AuditEntityType, string>;
};

/** react-admin `choices` for a SelectInput: `[{ id, name }]`. */
export function choicesOf<K extends keyof typeof LABELS>(group: K): { id: string | number; name: string }[] {
  // Object keys are strings; housing-aid zones are numbers in the API.
  return Object.entries(LABELS[group]).map(([id, name]) => ({
    id: group === 'housingAidZone' ? Number(id) : id,
    name,
  }));
}

export const MIN_PASSWORD_LENGTH = 12;
