// Reading partners' files (CSV, XLSX): format and encoding detection, streaming records, field
// mapping and row validation with French errors, and the CSV report (pure); then the store: the
// upload in a large object, staging with COPY, the set-based upsert with matching, bulk detection.
export * from './errors';
export * from './source';
export * from './read-rows';
export * from './values';
export * from './fields';
export * from './validate-row';
export * from './report';
export * from './store/upload-store';
export * from './store/copy-text';
export * from './store/stage-rows';
export * from './store/apply-staging';
export * from './store/process-import';
export * from './store/detect-import';
