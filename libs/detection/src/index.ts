// Detection of rights not taken up: pure mapping, comparison and fingerprint (no I/O here).
export * from './snapshot';
export * from './period';
export * from './to-engine-household';
export * from './completeness';
export * from './detect';
export * from './fingerprint';
// Persistence through a structural SQL client (a `pg` Pool fits): shared by the worker and the seed.
export * from './store/sql-client';
export * from './store/household-snapshot.repository';
export * from './store/detected-right.repository';
export * from './store/detection.service';
