export * from './working-days';
export * from './due-rules';
export * from './reminder-sql';
export * from './notification-sql';
