// Prime d'activité (Code de la sécurité sociale, L841-1 s.). Amounts in euros.
import { param } from './dated';

const CSS = 'Code de la sécurité sociale (CSS)';

export const PPA_MONTANT_FORFAITAIRE = param(
  'ppa.montant_forfaitaire',
  'Montant forfaitaire de la prime d’activité pour une personne seule',
  'EUR',
  { text: CSS, article: 'L842-3, D843-1 ; revalorisé au 1er avril (L161-25)' },
  [
    ['2023-04-01', 595.25],
    ['2024-04-01', 622.63],
    ['2025-04-01', 633.21],
    ['2026-04-01', 638.28],
  ],
  '2026-11-27',
);

export const PPA_MAJORATION_2E_PERSONNE = param(
  'ppa.majoration.deuxieme_personne',
  'Majoration du montant forfaitaire pour la 2e personne du foyer',
  'taux',
  { text: CSS, article: 'D843-1, 1°' },
  [['2016-01-01', 0.5]],
  '2026-11-27',
);

export const PPA_MAJORATION_3E_PERSONNE = param(
  'ppa.majoration.troisieme_personne',
  'Majoration pour la 3e personne, et la 4e lorsqu’il s’agit d’un couple',
  'taux',
  { text: CSS, article: 'D843-1, 2°' },
  [['2016-01-01', 0.3]],
  '2026-11-27',
);

export const PPA_MAJORATION_PERSONNE_SUPP = param(
  'ppa.majoration.personne_supplementaire',
  'Majoration par personne à charge supplémentaire',
  'taux',
  { text: CSS, article: 'D843-1, 3°' },
  [['2016-01-01', 0.4]],
  '2026-11-27',
);

export const PPA_MAJORE_BASE = param(
  'ppa.majoration_isolement.base',
  'Prime d’activité majorée (parent isolé) : montant pour la personne seule, en proportion du forfaitaire',
  'taux',
  { text: CSS, article: 'L842-7, D843-2' },
  [['2016-01-01', 1.28412]],
  '2026-11-27',
);

export const PPA_MAJORE_PAR_ENFANT = param(
  'ppa.majoration_isolement.par_enfant',
  'Prime d’activité majorée : supplément par enfant à charge',
  'taux',
  { text: CSS, article: 'L842-7, D843-2' },
  [['2016-01-01', 0.42804]],
  '2026-11-27',
);

export const PPA_PENTE = param(
  'ppa.pente',
  'Part des revenus professionnels ajoutée au montant forfaitaire',
  'taux',
  { text: CSS, article: 'L842-3, 1° ; D843-3 ; 59,85 % au 1er avril 2025' },
  [
    ['2019-04-01', 0.61],
    ['2025-04-01', 0.5985],
  ],
  '2026-11-27',
);

export const PPA_BONIF_SEUIL_DEBUT = param(
  'ppa.bonification.seuil_debut',
  'Bonification individuelle : revenus à partir desquels elle croît, en heures de SMIC brut',
  'heures',
  { text: CSS, article: 'L842-3, D843-2' },
  [['2016-01-01', 59]],
  '2026-11-27',
);

export const PPA_BONIF_SEUIL_MAX = param(
  'ppa.bonification.seuil_max',
  'Bonification individuelle : revenus à partir desquels elle est maximale, en heures de SMIC brut',
  'heures',
  { text: CSS, article: 'D843-2 (réforme de la bonification au 1er avril 2026)' },
  [
    ['2016-01-01', 95],
    ['2019-01-01', 120],
    ['2026-04-01', 138],
  ],
  '2026-11-27',
);

export const PPA_BONIF_TAUX_MAX = param(
  'ppa.bonification.taux_max',
  'Bonification individuelle maximale, en part du montant forfaitaire',
  'taux',
  { text: CSS, article: 'D843-2 (réforme de la bonification au 1er avril 2026)' },
  [
    ['2019-01-01', 0.29101],
    ['2026-04-01', 0.377],
  ],
  '2026-11-27',
);

export const PPA_FORFAIT_LOGEMENT_1P = param(
  'ppa.forfait_logement.taux_1_personne',
  'Forfait logement, foyer d’une personne (part du montant forfaitaire)',
  'taux',
  { text: CSS, article: 'R844-3' },
  [['2016-01-01', 0.12]],
  '2026-11-27',
);

export const PPA_FORFAIT_LOGEMENT_2P = param(
  'ppa.forfait_logement.taux_2_personnes',
  'Forfait logement, foyer de deux personnes (part du forfaitaire pour deux personnes)',
  'taux',
  { text: CSS, article: 'R844-3' },
  [['2016-01-01', 0.16]],
  '2026-11-27',
);

export const PPA_FORFAIT_LOGEMENT_3P = param(
  'ppa.forfait_logement.taux_3_personnes',
  'Forfait logement, foyer de trois personnes ou plus (part du forfaitaire pour trois personnes)',
  'taux',
  { text: CSS, article: 'R844-3' },
  [['2016-01-01', 0.165]],
  '2026-11-27',
);

export const PPA_MONTANT_MINIMUM_VERSE = param(
  'ppa.montant_minimum_verse',
  'Montant en dessous duquel la prime d’activité n’est pas versée',
  'EUR',
  { text: CSS, article: 'partie réglementaire : seuil de non-versement (article à préciser)' },
  [['2016-01-01', 15]],
  '2026-11-27',
);

export const PPA_AGE_MINIMUM = param(
  'ppa.age_minimum',
  'Âge minimum pour bénéficier de la prime d’activité',
  'années',
  { text: CSS, article: 'L842-1' },
  [['2016-01-01', 18]],
  '2026-11-27',
);

export const PPA_SEUIL_AAH_ACTIVITE = param(
  'ppa.seuil_aah_revenu_activite',
  'Revenus professionnels (en heures de SMIC brut) au-delà desquels l’AAH est assimilée à un revenu d’activité',
  'heures',
  { text: CSS, article: 'L842-8 (seuil fixé par décret en heures de SMIC)' },
  [['2016-01-01', 29]],
  '2026-11-27',
);

export const CRDS_TAUX = param(
  'crds.taux',
  'Contribution au remboursement de la dette sociale prélevée sur la prime d’activité',
  'taux',
  { text: 'Ordonnance n° 96-50 du 24 janvier 1996', article: 'art. 14 et 19' },
  [['1996-02-01', 0.005]],
  '2026-11-27',
);
