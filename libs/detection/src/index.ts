// Detection of rights not taken up: pure mapping, comparison and fingerprint (no I/O here).
export * from './snapshot';
export * from './period';
export * from './to-engine-household';
export * from './completeness';
export * from './detect';
export * from './fingerprint';
