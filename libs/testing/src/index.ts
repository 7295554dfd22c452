export * from './scratch-database';
export * from './free-port';
