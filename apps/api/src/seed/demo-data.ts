import type { OrganisationKind, UserRole } from '@recours/domain';

export const DEMO_PASSWORD = 'demo-recours-2026';
/**
 * The demo admins' second factor (admins must have one): add this key to an authenticator app, or
 * compute the code with `npx otplib-cli`-like tools. For the demo only — the seed never runs in production.
 */
export const DEMO_ADMIN_TOTP_SECRET = 'DEMORECOURSADMINTOTPSECRETKEY234';
export const DEMO_EMAIL_DOMAIN = 'demo.recours.fr';
/** Reference date of the demo data (not "today", so every run produces the same rows). */
export const DEMO_TODAY = '2026-01-15';

export interface Commune {
  insee: string;
  postcode: string;
  name: string;
}

export const TERRITORIES = [
  {
    key: 't23',
    code: '23',
    name: 'Territoire zéro non-recours — Creuse',
    aidZone: 3 as const,
    communes: [
      { insee: '23096', postcode: '23000', name: 'Guéret' },
      { insee: '23008', postcode: '23200', name: 'Aubusson' },
      { insee: '23176', postcode: '23300', name: 'La Souterraine' },
      { insee: '23030', postcode: '23400', name: 'Bourganeuf' },
      { insee: '23031', postcode: '23600', name: 'Boussac' },
      { insee: '23076', postcode: '23110', name: 'Évaux-les-Bains' },
      { insee: '23079', postcode: '23500', name: 'Felletin' },
      { insee: '23001', postcode: '23150', name: 'Ahun' },
      { insee: '23021', postcode: '23210', name: "Bénévent-l'Abbaye" },
    ] as Commune[],
  },
  {
    key: 't69',
    code: '69',
    name: 'Territoire zéro non-recours — Métropole de Lyon',
    aidZone: 2 as const,
    communes: [
      { insee: '69383', postcode: '69003', name: 'Lyon 3e Arrondissement' },
      { insee: '69388', postcode: '69008', name: 'Lyon 8e Arrondissement' },
      { insee: '69266', postcode: '69100', name: 'Villeurbanne' },
      { insee: '69259', postcode: '69200', name: 'Vénissieux' },
      { insee: '69256', postcode: '69120', name: 'Vaulx-en-Velin' },
      { insee: '69029', postcode: '69500', name: 'Bron' },
      { insee: '69286', postcode: '69140', name: 'Rillieux-la-Pape' },
    ] as Commune[],
  },
] as const;

export const ORGANISATIONS: { key: string; territory: 't23' | 't69'; name: string; kind: OrganisationKind }[] = [
  { key: 'cd23', territory: 't23', name: 'Conseil départemental de la Creuse', kind: 'conseil_departemental' },
  { key: 'ccas-gueret', territory: 't23', name: 'CCAS de Guéret', kind: 'ccas' },
  { key: 'caf23', territory: 't23', name: 'CAF de la Creuse', kind: 'caf' },
  { key: 'cpam23', territory: 't23', name: 'CPAM de la Creuse', kind: 'cpam' },
  { key: 'msa', territory: 't23', name: 'MSA Limousin', kind: 'msa' },
  { key: 'ft-gueret', territory: 't23', name: 'France Travail Guéret', kind: 'france_travail' },
  { key: 'bailleur23', territory: 't23', name: 'Creusalis', kind: 'bailleur_social' },
  { key: 'asso23', territory: 't23', name: 'Secours populaire — Creuse', kind: 'association' },
  { key: 'mairie-aubusson', territory: 't23', name: "Mairie d'Aubusson", kind: 'mairie' },
  { key: 'mfs-bourganeuf', territory: 't23', name: 'France services de Bourganeuf', kind: 'autre' },
  { key: 'metropole', territory: 't69', name: 'Métropole de Lyon — Maison de la Métropole de Vénissieux', kind: 'conseil_departemental' },
  { key: 'ccas-villeurbanne', territory: 't69', name: 'CCAS de Villeurbanne', kind: 'ccas' },
  { key: 'caf69', territory: 't69', name: 'CAF du Rhône', kind: 'caf' },
  { key: 'bailleur69', territory: 't69', name: 'Lyon Métropole Habitat', kind: 'bailleur_social' },
];

export const USERS: { email: string; displayName: string; role: UserRole; organisation: string }[] = [
  { email: 'intervenante@demo.recours.fr', displayName: 'Camille Lefèvre', role: 'social_worker', organisation: 'cd23' },
  { email: 'intervenant2@demo.recours.fr', displayName: 'Julien Moreau', role: 'social_worker', organisation: 'ccas-gueret' },
  { email: 'partenaire.caf@demo.recours.fr', displayName: 'Nadia Benali', role: 'partner_agent', organisation: 'caf23' },
  { email: 'manager@demo.recours.fr', displayName: 'Isabelle Roux', role: 'manager', organisation: 'cd23' },
  { email: 'admin@demo.recours.fr', displayName: 'Thomas Girard', role: 'admin', organisation: 'cd23' },
  { email: 'intervenante3@demo.recours.fr', displayName: 'Sophie Bernard', role: 'social_worker', organisation: 'cd23' },
  { email: 'intervenante.lyon@demo.recours.fr', displayName: 'Léa Fontaine', role: 'social_worker', organisation: 'metropole' },
  { email: 'admin.lyon@demo.recours.fr', displayName: 'Karim Haddad', role: 'admin', organisation: 'metropole' },
];

/** Households per organisation, and who follows them (email → weight). */
export const CASELOADS: { organisation: string; territory: 't23' | 't69'; count: number; referents: [string | null, number][] }[] = [
  {
    organisation: 'cd23',
    territory: 't23',
    count: 300,
    referents: [
      ['intervenante@demo.recours.fr', 6],
      ['intervenante3@demo.recours.fr', 3],
      ['manager@demo.recours.fr', 0.5],
      [null, 0.5],
    ],
  },
  { organisation: 'ccas-gueret', territory: 't23', count: 120, referents: [['intervenant2@demo.recours.fr', 9], [null, 1]] },
  { organisation: 'metropole', territory: 't69', count: 90, referents: [['intervenante.lyon@demo.recours.fr', 1]] },
];

export const FEMALE = ['Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Martine', 'Christine', 'Sandrine', 'Céline', 'Aurélie', 'Julie', 'Émilie', 'Laura', 'Manon', 'Chloé', 'Inès', 'Fatima', 'Amina', 'Yasmine', 'Océane', 'Jeanne', 'Monique', 'Josiane', 'Hélène', 'Léa'];
export const MALE = ['Jean', 'Pierre', 'Michel', 'Philippe', 'Alain', 'Patrick', 'Nicolas', 'Christophe', 'Stéphane', 'Sébastien', 'Julien', 'Kévin', 'Thomas', 'Lucas', 'Hugo', 'Mohamed', 'Karim', 'Mehdi', 'Yanis', 'Bernard', 'Gérard', 'André', 'René', 'Noah', 'Théo'];
export const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Chevalier', 'Aubert', 'Benali', 'Diallo', 'Nguyen', 'Da Silva', 'Pereira', 'Mathieu', 'Gauthier', 'Chabrat', 'Lacroix', 'Peyrot', 'Auclair', 'Desfarges'];
export const STREETS = ['rue de la République', 'avenue du Général-de-Gaulle', 'rue Jean-Jaurès', 'place du Marché', 'rue des Écoles', 'chemin des Prés', 'allée des Tilleuls', 'rue Victor-Hugo', 'rue Pasteur', 'impasse des Lilas', 'route de Limoges', 'rue de la Gare', 'boulevard Carnot', 'rue du Moulin', 'cité des Jardins'];

// Monthly amounts in cents, 2025–2026 orders of magnitude.
export const SMIC_NET_CENTS = 144_300;
export const AMOUNTS = {
  rsaSingle: 64_652,
  aahFull: 103_371,
  aspaSingle: 103_443,
  afTwoChildren: 14_999,
  chequeEnergie: 1_600,
} as const;
