export * from './campaign-cohort';
export * from './sql-where';
