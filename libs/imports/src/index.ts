// Reading partners' files (CSV, XLSX): format and encoding detection, streaming records, field
// mapping and row validation with French errors, and the CSV report. No database here.
export * from './errors';
export * from './source';
export * from './read-rows';
export * from './values';
export * from './fields';
export * from './validate-row';
export * from './report';
