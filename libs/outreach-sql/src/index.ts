export * from './campaign-cohort';
export * from './sql-where';
export * from './refusal-identity';
export * from './stats-rollups';
