// The fields a partner's file can fill: one row is one household with its applicant (the tenant, the
// beneficiary), the household's housing, and the applicant's monthly income.
import type { Activity, HousingStatus, HousingType, IncomeKind } from '@recours/domain';
import { foldText } from './values';

export const IMPORT_FIELDS = [
  'reference_partenaire',
  'nom',
  'prenom',
  'date_naissance',
  'telephone',
  'email',
  'activite',
  'adresse',
  'code_postal',
  'commune',
  'commune_insee',
  'statut_logement',
  'type_logement',
  'loyer',
  'zone_apl',
  'revenu_mensuel',
  'type_revenu',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export type FieldGroup = 'foyer' | 'personne' | 'revenus' | 'logement';

export interface FieldInfo {
  label: string;
  group: FieldGroup;
  required: boolean;
  /** Column headers recognised without a preset (folded: accents, case and punctuation ignored). */
  headers: string[];
}

export const FIELD_INFO: Record<ImportField, FieldInfo> = {
  reference_partenaire: { label: 'Référence chez le partenaire', group: 'foyer', required: false, headers: ['reference', 'ref', 'reference partenaire', 'ref locataire', 'reference locataire', 'numero locataire', 'n locataire', 'matricule', 'identifiant', 'id'] },
  nom: { label: 'Nom', group: 'personne', required: true, headers: ['nom', 'nom de famille', 'nom usage', 'last name'] },
  prenom: { label: 'Prénom', group: 'personne', required: true, headers: ['prenom', 'prenoms', 'first name'] },
  date_naissance: { label: 'Date de naissance', group: 'personne', required: false, headers: ['date naissance', 'date de naissance', 'naissance', 'ne le', 'ddn'] },
  telephone: { label: 'Téléphone', group: 'personne', required: false, headers: ['telephone', 'tel', 'portable', 'mobile'] },
  email: { label: 'Courriel', group: 'personne', required: false, headers: ['email', 'e mail', 'courriel', 'mail'] },
  activite: { label: 'Activité', group: 'personne', required: false, headers: ['activite', 'situation professionnelle', 'situation'] },
  adresse: { label: 'Adresse', group: 'logement', required: false, headers: ['adresse', 'adresse postale', 'voie'] },
  code_postal: { label: 'Code postal', group: 'logement', required: false, headers: ['code postal', 'cp', 'postcode'] },
  commune: { label: 'Commune', group: 'logement', required: false, headers: ['commune', 'ville', 'localite'] },
  commune_insee: { label: 'Code INSEE de la commune', group: 'logement', required: false, headers: ['code insee', 'insee', 'commune insee'] },
  statut_logement: { label: 'Statut d’occupation', group: 'logement', required: false, headers: ['statut logement', 'statut d occupation', 'occupation'] },
  type_logement: { label: 'Type de logement', group: 'logement', required: false, headers: ['type logement', 'type de logement'] },
  loyer: { label: 'Loyer mensuel (€)', group: 'logement', required: false, headers: ['loyer', 'loyer mensuel', 'loyer hors charges'] },
  zone_apl: { label: 'Zone APL', group: 'logement', required: false, headers: ['zone apl', 'zone', 'zone logement'] },
  revenu_mensuel: { label: 'Revenu mensuel (€)', group: 'revenus', required: false, headers: ['revenu mensuel', 'revenus', 'revenu', 'ressources mensuelles', 'ressources'] },
  type_revenu: { label: 'Nature du revenu', group: 'revenus', required: false, headers: ['type revenu', 'nature revenu', 'nature des ressources'] },
};

/** Which column header feeds each field (absent: not imported). Presets store exactly this. */
export type FieldMapping = Partial<Record<ImportField, string>>;

/** A mapping guessed from the header names (a preset, when one fits, replaces it). */
export function guessMapping(header: readonly string[]): FieldMapping {
  const mapping: FieldMapping = {};
  const folded = header.map(foldText);
  for (const field of IMPORT_FIELDS) {
    const candidates = [foldText(field), ...FIELD_INFO[field].headers];
    const index = folded.findIndex((h) => candidates.includes(h));
    if (index >= 0 && !Object.values(mapping).includes(header[index])) mapping[field] = header[index];
  }
  return mapping;
}

export const ACTIVITY_SYNONYMS: Record<string, Activity> = {
  salarie: 'salarie', salariee: 'salarie', 'en emploi': 'salarie', cdi: 'salarie', cdd: 'salarie',
  independant: 'independant', independante: 'independant', 'auto entrepreneur': 'independant', 'micro entrepreneur': 'independant',
  chomeur: 'chomeur', chomeuse: 'chomeur', 'demandeur d emploi': 'chomeur', 'demandeuse d emploi': 'chomeur', chomage: 'chomeur',
  etudiant: 'etudiant', etudiante: 'etudiant',
  retraite: 'retraite', retraitee: 'retraite',
  inactif: 'inactif', inactive: 'inactif', 'sans activite': 'inactif',
};

export const HOUSING_STATUS_SYNONYMS: Record<string, HousingStatus> = {
  locataire: 'locataire', proprietaire: 'proprietaire', heberge: 'heberge', hebergee: 'heberge', 'heberge a titre gratuit': 'heberge',
  'sans domicile': 'sans_domicile', sans_domicile: 'sans_domicile', sdf: 'sans_domicile',
};

export const HOUSING_TYPE_SYNONYMS: Record<string, HousingType> = {
  vide: 'vide', 'location vide': 'vide', meuble: 'meuble', 'location meublee': 'meuble',
  hlm: 'hlm', 'logement social': 'hlm', social: 'hlm', foyer: 'foyer', residence: 'foyer',
};

export const INCOME_KIND_SYNONYMS: Record<string, IncomeKind> = {
  salaire: 'salaire', salaires: 'salaire', chomage: 'chomage', are: 'chomage', 'allocation chomage': 'chomage',
  retraite: 'retraite', pension: 'retraite', 'pension alimentaire': 'pension_alimentaire', pension_alimentaire: 'pension_alimentaire',
  indemnites: 'indemnites', 'indemnites journalieres': 'indemnites', ij: 'indemnites', autre: 'autre', autres: 'autre',
};
