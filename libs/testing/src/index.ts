export * from './scratch-database';
export * from './free-port';
export * from './smtp-sink';
