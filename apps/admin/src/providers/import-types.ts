import type { FieldMapping, ImportFieldInfo, ImportPreset, ImportPreview, ImportReview, ImportSummary, PartnerImport } from '../resources/imports/types';

/** Partner file import methods of the data provider (one API call each). */
export interface ImportMethods {
  /** The file's bytes as application/octet-stream (the API stores them before reading anything). */
  uploadImport(file: File): Promise<{ data: PartnerImport }>;
  getImportFields(): Promise<{ data: ImportFieldInfo[] }>;
  getImportPresets(): Promise<{ data: ImportPreset[] }>;
  saveImportPreset(name: string, mapping: FieldMapping): Promise<{ data: ImportPreset }>;
  previewImport(importId: string, mapping: FieldMapping): Promise<{ data: ImportPreview }>;
  startImport(importId: string, mapping: FieldMapping): Promise<{ data: PartnerImport }>;
  getImportSummary(importId: string): Promise<{ data: ImportSummary }>;
  getImportReviews(importId: string): Promise<{ data: ImportReview[] }>;
  decideImportReview(importId: string, reviewId: string, decision: 'fusion' | 'nouveau'): Promise<{ data: ImportReview }>;
}
