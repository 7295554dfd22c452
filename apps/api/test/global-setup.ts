// Migrates a template database once per run; each test file clones it (see test-app.ts).
import '../../../libs/runtime/src/register-aliases';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config';
import { dropDatabase, ensureDatabase, urlForDatabase } from '../src/config/database';
import { dataSourceOptions } from '../src/config/data-source-options';

export default async function globalSetup(): Promise<void> {
  const base = loadConfig({ ...process.env, NODE_ENV: 'test' }).databaseUrl;
  // One template per run, so two runs on the same server do not trample each other.
  const template = `recours_test_tpl_${randomBytes(4).toString('hex')}`;
  const url = urlForDatabase(base, template);
  await ensureDatabase(url);
  const ds = new DataSource({ ...dataSourceOptions(url), logging: ['error'] });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  process.env.RECOURS_TEST_TEMPLATE = template;
  process.env.RECOURS_TEST_BASE_URL = base;
  (globalThis as { __recoursTemplateUrl?: string }).__recoursTemplateUrl = url;
}

export async function teardownTemplate(): Promise<void> {
  const url = (globalThis as { __recoursTemplateUrl?: string }).__recoursTemplateUrl;
  if (url) await dropDatabase(url);
}
