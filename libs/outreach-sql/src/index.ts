export * from './campaign-cohort';
