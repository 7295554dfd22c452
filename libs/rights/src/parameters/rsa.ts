// Revenu de solidarité active (CASF L262-1 s.). Amounts in euros as in the decrees.
import { param } from './dated';

const CASF = 'Code de l’action sociale et des familles (CASF)';

export const RSA_MONTANT_FORFAITAIRE = param(
  'rsa.montant_forfaitaire',
  'Montant forfaitaire du RSA pour une personne seule',
  'EUR',
  { text: CASF, article: 'L262-2, R262-1 ; revalorisé au 1er avril (CSS L161-25)' },
  [
    ['2023-04-01', 607.75],
    ['2024-04-01', 635.71],
    ['2025-04-01', 646.52],
    ['2026-04-01', 651.69],
  ],
  '2026-11-27',
);

export const RSA_MAJORATION_2E_PERSONNE = param(
  'rsa.majoration.deuxieme_personne',
  'Majoration du montant forfaitaire pour la 2e personne du foyer',
  'taux',
  { text: CASF, article: 'R262-1, 1°' },
  [['2009-06-01', 0.5]],
  '2026-11-27',
);

export const RSA_MAJORATION_3E_PERSONNE = param(
  'rsa.majoration.troisieme_personne',
  'Majoration pour la 3e personne, et la 4e personne lorsqu’il s’agit d’un couple',
  'taux',
  { text: CASF, article: 'R262-1, 2°' },
  [['2009-06-01', 0.3]],
  '2026-11-27',
);

export const RSA_MAJORATION_PERSONNE_SUPP = param(
  'rsa.majoration.personne_supplementaire',
  'Majoration par personne supplémentaire (enfant ou personne à charge)',
  'taux',
  { text: CASF, article: 'R262-1, 3°' },
  [['2009-06-01', 0.4]],
  '2026-11-27',
);

export const RSA_MAJORE_BASE = param(
  'rsa.majoration_isolement.base',
  'RSA majoré (parent isolé) : montant pour la personne seule, en proportion du montant forfaitaire',
  'taux',
  { text: CASF, article: 'L262-9, R262-1 (dernier alinéa)' },
  [['2016-01-01', 1.28412]],
  '2026-11-27',
);

export const RSA_MAJORE_PAR_ENFANT = param(
  'rsa.majoration_isolement.par_enfant',
  'RSA majoré : supplément par enfant à charge, en proportion du montant forfaitaire',
  'taux',
  { text: CASF, article: 'L262-9, R262-1 (dernier alinéa)' },
  [['2016-01-01', 0.42804]],
  '2026-11-27',
);

export const RSA_MAJORE_AGE_LIMITE_ENFANT = param(
  'rsa.majoration_isolement.age_limite_enfant',
  'RSA majoré sans limite de durée tant que le plus jeune enfant a moins de cet âge',
  'années',
  { text: CASF, article: 'R262-1, L262-9' },
  [['2009-06-01', 3]],
  '2026-11-27',
);

export const RSA_FORFAIT_LOGEMENT_1P = param(
  'rsa.forfait_logement.taux_1_personne',
  'Forfait logement, foyer d’une personne (part du montant forfaitaire)',
  'taux',
  { text: CASF, article: 'L262-3, R262-9 et R262-10' },
  [['2009-06-01', 0.12]],
  '2026-11-27',
);

export const RSA_FORFAIT_LOGEMENT_2P = param(
  'rsa.forfait_logement.taux_2_personnes',
  'Forfait logement, foyer de deux personnes (part du montant forfaitaire pour deux personnes)',
  'taux',
  { text: CASF, article: 'R262-10' },
  [['2009-06-01', 0.16]],
  '2026-11-27',
);

export const RSA_FORFAIT_LOGEMENT_3P = param(
  'rsa.forfait_logement.taux_3_personnes',
  'Forfait logement, foyer de trois personnes ou plus (part du montant forfaitaire pour trois personnes)',
  'taux',
  { text: CASF, article: 'R262-10' },
  [['2009-06-01', 0.165]],
  '2026-11-27',
);

export const RSA_FORFAIT_ASF_TAUX = param(
  'rsa.forfait_asf.taux',
  'ASF retenue dans les ressources RSA/PPA : forfait par enfant ouvrant droit, en part de la BMAF',
  'taux',
  { text: CASF, article: 'R262-10-1 ; CSS R844-4 pour la prime d’activité' },
  [['2014-04-01', 0.225]],
  '2026-11-27',
);

export const RSA_MONTANT_MINIMUM_VERSE = param(
  'rsa.montant_minimum_verse',
  'Montant en dessous duquel le RSA n’est pas versé',
  'EUR',
  { text: CASF, article: 'partie réglementaire (seuil de non-versement du RSA), voir service-public.fr F19780', url: 'https://www.service-public.fr/particuliers/vosdroits/F19780' },
  [['2009-06-01', 6]],
  '2026-11-27',
);

export const RSA_AGE_MINIMUM = param(
  'rsa.age_minimum',
  'Âge minimum du demandeur sans enfant à charge ni grossesse',
  'années',
  { text: CASF, article: 'L262-4, 1°' },
  [['2009-06-01', 25]],
  '2026-11-27',
);

export const RSA_AGE_LIMITE_ENFANT = param(
  'rsa.age_limite_enfant',
  'Âge jusqu’auquel un enfant est pris en compte au foyer RSA',
  'années',
  { text: CASF, article: 'R262-3' },
  [['2009-06-01', 25]],
  '2026-11-27',
);

export const RSA_TAUX_EPARGNE_NON_PRODUCTIVE = param(
  'rsa.patrimoine.taux_capitaux_non_productifs',
  'Revenu annuel forfaitaire des capitaux non productifs de revenus (épargne non imposable)',
  'taux',
  { text: CASF, article: 'R132-1 (par renvoi de R262-6)' },
  [['2009-06-01', 0.03]],
  '2026-11-27',
);

export const RSA_ABATTEMENT_VALEUR_LOCATIVE = param(
  'rsa.patrimoine.part_valeur_locative_immo_non_loue',
  'Part de la valeur locative des immeubles bâtis non loués retenue comme ressource',
  'taux',
  { text: CASF, article: 'R132-1 (par renvoi de R262-6)' },
  [['2009-06-01', 0.5]],
  '2026-11-27',
);
