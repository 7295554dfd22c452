// Database tasks. Usage (from the repository root):
//   node tools/run-ts.cjs apps/api/src/cli/db.ts migrate          create the database if missing, run migrations
//   node tools/run-ts.cjs apps/api/src/cli/db.ts check            fail when entities and migrations disagree
//   node tools/run-ts.cjs apps/api/src/cli/db.ts generate <name>  write migrations/<ts>-<name>.ts from the diff
//   node tools/run-ts.cjs apps/api/src/cli/db.ts revert           undo the last migration
//   node tools/run-ts.cjs apps/api/src/cli/db.ts show             list migrations and whether they ran
import '../../../../libs/runtime/src/register-aliases';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { databaseName, dropDatabase, ensureDatabase, urlForDatabase } from '../config/database';
import { dataSourceOptions, MIGRATIONS_GLOB } from '../config/data-source-options';

async function withDataSource<T>(url: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource({ ...dataSourceOptions(url), logging: ['error'] });
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

export async function migrate(url: string, log: (m: string) => void = console.log): Promise<void> {
  if (await ensureDatabase(url)) log(`Base « ${databaseName(url)} » créée.`);
  await withDataSource(url, async (ds) => {
    const ran = await ds.runMigrations({ transaction: 'each' });
    log(ran.length ? `Migrations appliquées : ${ran.map((m) => m.name).join(', ')}` : 'Aucune migration en attente.');
  });
}

/** Migrates a throw-away database and returns the SQL TypeORM would still need to match the entities. */
async function pendingSchemaDiff(url: string) {
  const scratch = urlForDatabase(url, `recours_migcheck_${randomBytes(4).toString('hex')}`);
  await ensureDatabase(scratch);
  try {
    return await withDataSource(scratch, async (ds) => {
      await ds.runMigrations({ transaction: 'each' });
      return ds.driver.createSchemaBuilder().log();
    });
  } finally {
    await dropDatabase(scratch);
  }
}

async function check(url: string): Promise<number> {
  const diff = await pendingSchemaDiff(url);
  if (diff.upQueries.length === 0) {
    console.log('Entités et migrations concordent.');
    return 0;
  }
  console.error('Les entités et les migrations divergent. Requêtes manquantes :');
  for (const q of diff.upQueries) console.error(`  ${q.query};`);
  console.error('Générez une migration : node tools/run-ts.cjs apps/api/src/cli/db.ts generate <nom>');
  return 1;
}

async function generate(url: string, name: string | undefined): Promise<number> {
  if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    console.error('Nom de migration attendu en kebab-case, ex. : add-household-notes');
    return 2;
  }
  const diff = await pendingSchemaDiff(url);
  if (diff.upQueries.length === 0) {
    console.log('Rien à générer : entités et migrations concordent.');
    return 0;
  }
  const timestamp = Date.now();
  const className = name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()) + timestamp;
  const lines = (qs: { query: string; parameters?: unknown[] }[]) =>
    qs
      .map((q) => {
        const params = q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : '';
        return `    await queryRunner.query(\`${q.query.replace(/`/g, '\\`')}\`${params});`;
      })
      .join('\n');
  const file = path.join(path.dirname(MIGRATIONS_GLOB), `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(diff.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...diff.downQueries].reverse())}
  }
}
`,
  );
  console.log(`Migration écrite : ${path.relative(process.cwd(), file)}`);
  return 0;
}

async function main(): Promise<number> {
  const [command, arg] = process.argv.slice(2);
  const url = loadConfig().databaseUrl;
  switch (command) {
    case 'migrate':
      await migrate(url);
      return 0;
    case 'check':
      return check(url);
    case 'generate':
      return generate(url, arg);
    case 'revert':
      await withDataSource(url, (ds) => ds.undoLastMigration({ transaction: 'each' }));
      return 0;
    case 'show':
      await withDataSource(url, async (ds) => {
        const executed = new Set((await ds.query('SELECT name FROM typeorm_migrations')).map((r: { name: string }) => r.name));
        for (const m of ds.migrations) console.log(`${executed.has(m.name) ? '[x]' : '[ ]'} ${m.name}`);
      });
      return 0;
    default:
      console.error('usage: db.ts migrate | check | generate <nom> | revert | show');
      return 2;
  }
}

// Entry point under `node tools/run-ts.cjs` (which sets argv[1]) or `node dist/…/db.js`.
if (process.argv[1] && path.resolve(process.argv[1]).replace(/\.(ts|js)$/, '') === __filename.replace(/\.(ts|js)$/, '')) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
