// DataSource for the TypeORM CLI and scripts:
//   node tools/run-ts.cjs node_modules/typeorm/cli.js migration:show -d apps/api/src/config/data-source.ts
import '../../../../libs/runtime/src/register-aliases';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './config';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadConfig().databaseUrl));
