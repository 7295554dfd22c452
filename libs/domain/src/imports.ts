// Partner file imports: the lifecycle of an import and of a review decision, shared by the API, the
// worker and the back office.

/**
 * televerse: stored, waiting for its column mapping; en_attente: mapping confirmed, queued;
 * en_cours: rows being read and written; detection: rows written, households being screened;
 * termine / echec: done (echec carries the reason).
 */
export const IMPORT_STATUSES = ['televerse', 'en_attente', 'en_cours', 'detection', 'termine', 'echec'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A row whose person resembles an existing one: a worker merges it into that household or creates a new one. */
export const IMPORT_REVIEW_STATUSES = ['en_attente', 'fusionne', 'nouveau'] as const;
export type ImportReviewStatus = (typeof IMPORT_REVIEW_STATUSES)[number];

export const IMPORT_LABELS = {
  importStatus: {
    televerse: 'Téléversé',
    en_attente: 'En file d’attente',
    en_cours: 'Import en cours',
    detection: 'Détection en cours',
    termine: 'Terminé',
    echec: 'Échec',
  },
  importReviewStatus: { en_attente: 'À examiner', fusionne: 'Fusionné', nouveau: 'Nouveau foyer' },
} as const satisfies { importStatus: Record<ImportStatus, string>; importReviewStatus: Record<ImportReviewStatus, string> };
