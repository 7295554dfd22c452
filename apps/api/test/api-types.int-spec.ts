// The back office's API types are generated from the OpenAPI document and committed: this check
// fails when a DTO changed without regenerating them. It also covers the settings the back office
// reads from `/api/auth/me` instead of hard-coding them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_TYPES_FILE } from '../src/config/api-types';
import { startTestApp, type TestContext } from './test-app';

describe('back-office API types', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await startTestApp({ REFUSAL_BLOCK_MONTHS: '18' });
  });
  afterAll(() => t.close());

  it('match the running API’s OpenAPI document', async () => {
    const doc = await t.request('GET', '/api/docs-json');
    expect(doc.statusCode).toBe(200);
    // openapi-typescript loads ES modules that jest cannot: convert in a plain Node process.
    const dir = mkdtempSync(path.join(tmpdir(), 'api-types-'));
    let generated: string;
    try {
      writeFileSync(path.join(dir, 'doc.json'), JSON.stringify(doc.body));
      const root = path.resolve(__dirname, '../../..');
      execFileSync(process.execPath, ['tools/run-ts.cjs', 'apps/api/src/cli/api-types.ts', '--from', path.join(dir, 'doc.json'), '--out', path.join(dir, 'schema.d.ts')], {
        cwd: root,
        stdio: 'inherit',
      });
      generated = readFileSync(path.join(dir, 'schema.d.ts'), 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    if (generated !== committed) {
      throw new Error('apps/admin/src/api/schema.d.ts is stale: run `npm run api:types` and commit the result');
    }
  });

  it('documents real types for responses (no untyped objects)', async () => {
    const doc = await t.request('GET', '/api/docs-json');
    const task = doc.body.components.schemas.TaskDto;
    expect(task.properties.applicantName).toEqual({ type: 'string', nullable: true });
    expect(task.properties.status.enum).toContain('a_faire');
    expect(task.properties.createdAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(task.required).toEqual(expect.arrayContaining(['id', 'applicantName', 'completedAt']));
  });

  it('gives the back office the configured refusal period', async () => {
    const cookie = await t.login(t.fx.users.sw.email);
    const me = await t.request('GET', '/api/auth/me', { cookie });
    expect(me.body.settings).toEqual({ refusalBlockMonths: 18 });
  });
});
