// Migrates a template database once per run; each worker test file clones it (cloneTestDatabase).
import { createMigratedDatabase, dropDatabase } from '../../../libs/testing/src/scratch-database'; // global setup: no jest module mapper

export default async function globalSetup(): Promise<void> {
  const url = await createMigratedDatabase('recours_wtest_tpl');
  process.env.RECOURS_WORKER_TEST_TEMPLATE = decodeURIComponent(new URL(url).pathname.slice(1));
  (globalThis as { __recoursWorkerTemplateUrl?: string }).__recoursWorkerTemplateUrl = url;
}

export async function teardownTemplate(): Promise<void> {
  const url = (globalThis as { __recoursWorkerTemplateUrl?: string }).__recoursWorkerTemplateUrl;
  if (url) await dropDatabase(url);
}
