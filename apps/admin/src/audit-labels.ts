// French wording of audit events and of the field names they list as changed.

import { auditActionLabels, auditEntityTypeLabels, LABELS } from './labels';

const lookup = (labels: Record<string, string>, key: string | null | undefined): string =>
  key ? (labels[key] ?? key) : '';

/** 'update' → 'Modification'; an action the back office does not know yet is shown as sent. */
export const auditActionLabel = (action: string | null | undefined): string => lookup(auditActionLabels, action);

export const auditEntityTypeLabel = (entityType: string | null | undefined): string =>
  lookup(auditEntityTypeLabels, entityType);

const fieldLabels: Record<string, string> = {
  // Groups of data a referral shares (partners' reads).
  ...LABELS.sharedFieldGroup,
  reference: 'Référence',
  address: 'Adresse',
  postcode: 'Code postal',
  communeInsee: 'Commune',
  communeName: 'Commune',
  housingStatus: 'Statut d’occupation',
  housingType: 'Type de logement',
  monthlyRentCents: 'Loyer',
  housingAidZone: 'Zone',
  referentId: 'Référent',
  status: 'Statut du suivi',
  lastContactOn: 'Dernier contact',
  members: 'Membres',
  receivedBenefits: 'Prestations perçues',
  firstName: 'Prénom',
  lastName: 'Nom',
  birthDate: 'Date de naissance',
  relationship: 'Lien',
  activity: 'Activité',
  disabilityRecognised: 'Handicap reconnu',
  incapacityRate: 'Taux d’incapacité',
  phone: 'Téléphone',
  email: 'E-mail',
  incomes: 'Revenus',
  kind: 'Nature du revenu',
  monthlyAmountCents: 'Montant mensuel',
  startMonth: 'Début',
  endMonth: 'Fin',
  benefit: 'Prestation',
  since: 'Date de début',
  displayName: 'Nom affiché',
  // Filter keys of a search (action "list").
  q: 'Texte recherché',
  from: 'Depuis',
  to: 'Jusqu’à',
  householdId: 'Foyer',
  actorId: 'Personne',
  entityType: 'Objet',
  action: 'Action',
  role: 'Rôle',
  active: 'Compte actif',
  organisationId: 'Organisation',
  name: 'Nom',
  territoryId: 'Territoire',
};

/**
 * 'members.0.incomes.1.monthlyAmountCents' → 'Revenus › Montant mensuel'; a plain field name is
 * translated as is.
 */
export const fieldLabel = (path: string): string => {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part) && part !== 'members');
  const labels = parts.map((part) => fieldLabels[part] ?? part);
  if (labels.length === 0) return fieldLabels[path] ?? path;
  return labels.join(' › ');
};
