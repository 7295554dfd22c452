// Partner file imports as the API returns them (apps/api/src/modules/imports), and the few pure
// helpers the screens share.
import type { components } from '../../api/schema';

type Api = components['schemas'];

export type PartnerImport = Api['ImportDto'];
export type ImportPreview = Api['ImportPreviewDto'];
export type ImportSummary = Api['ImportSummaryDto'];
export type ImportPreset = Api['ImportPresetDto'];
export type ImportReview = Api['ImportReviewDto'];
export type ImportFieldInfo = Api['ImportFieldDto'];
export type ImportRowError = PartnerImport['errors'][number];
/** Field → column header of the file (absent: not imported). */
export type FieldMapping = Record<string, string>;

/** The worker is on it: the page re-reads the import every second. */
export const isRunning = (i: Pick<PartnerImport, 'status'>) => i.status === 'en_attente' || i.status === 'en_cours' || i.status === 'detection';

/** Rows written to households: read, minus rows in error, minus rows waiting for a review. */
export const importedRows = (i: Pick<PartnerImport, 'rowsRead' | 'rowsFailed' | 'rowsReview'>) => Math.max(0, i.rowsRead - i.rowsFailed - i.rowsReview);

/** Share of the imported households already screened, 0–100. */
export const detectionPercent = (i: Pick<PartnerImport, 'status' | 'householdsDetected' | 'householdsToDetect'>): number => {
  if (i.status === 'termine') return 100;
  if (!i.householdsToDetect) return 0;
  return Math.min(100, Math.floor((i.householdsDetected / i.householdsToDetect) * 100));
};

/** Drops unmapped fields and columns the file does not have (a preset made for another export). */
export const cleanMapping = (mapping: Record<string, string | undefined>, header: readonly string[]): FieldMapping => {
  const out: FieldMapping = {};
  for (const [field, column] of Object.entries(mapping)) if (column && header.includes(column)) out[field] = column;
  return out;
};

export const GROUP_LABELS: Record<string, string> = { foyer: 'Foyer', personne: 'Personne', revenus: 'Revenus', logement: 'Logement' };

/** What the campaign creation form opens with: the households of this import with a probable right. */
export const campaignSourceFor = (i: Pick<PartnerImport, 'id' | 'fileName'>) => ({
  name: `Import ${i.fileName}`,
  filters: { importId: i.id, confidences: ['haute', 'moyenne'] },
});

export const DELIMITER_LABELS: Record<string, string> = { ';': 'point-virgule', ',': 'virgule', '\t': 'tabulation' };
