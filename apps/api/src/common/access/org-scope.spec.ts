import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Actor } from '../auth/actor';
import { caseworkScope, scopedWhere, scopeOrganisationId, territoryScope, userListScope, type OrgScope } from './org-scope';

const actor = (over: Partial<Actor> = {}): Actor => ({ userId: 'u', sessionId: 's', role: 'social_worker', organisationId: 'org-1', territoryId: 't-1', ...over });

describe('organisation scope of list queries', () => {
  it('scopes casework to the organisation and binds it as the first parameter', () => {
    const where = scopedWhere(caseworkScope(actor()), { organisation: 'h.organisation_id' }).add('h.status = ?', 'active');
    expect(where.sql).toBe('h.organisation_id = $1 AND h.status = $2');
    expect(where.params).toEqual(['org-1', 'active']);
  });

  it('scopes users to the territory for admins and to the organisation otherwise', () => {
    const columns = { organisation: 'u.organisation_id', territory: 'o.territory_id' };
    expect(scopedWhere(userListScope(actor({ role: 'admin' })), columns).sql).toBe('o.territory_id = $1');
    expect(scopedWhere(userListScope(actor({ role: 'admin' })), columns).params).toEqual(['t-1']);
    for (const role of ['social_worker', 'manager', 'partner_agent'] as const) {
      expect(scopedWhere(userListScope(actor({ role })), columns).params).toEqual(['org-1']);
    }
  });

  it.each([
    ['an empty organisation', () => caseworkScope(actor({ organisationId: '' }))],
    ['a blank organisation', () => caseworkScope(actor({ organisationId: '  ' }))],
    ['a missing organisation', () => caseworkScope(actor({ organisationId: undefined as unknown as string }))],
    ['a missing actor', () => caseworkScope(undefined as unknown as Actor)],
    ['an admin without territory', () => userListScope(actor({ role: 'admin', territoryId: undefined as unknown as string }))],
    ['a null territory', () => territoryScope(actor({ territoryId: null as unknown as string }))],
  ])('refuses to build a scope from %s', (_name, build) => {
    expect(build).toThrow(/Empty access scope/);
  });

  it('refuses to build a list query without a scope or with an empty one', () => {
    expect(() => scopedWhere(undefined as unknown as OrgScope, { organisation: 'h.organisation_id' })).toThrow(/Empty access scope/);
    expect(() => scopedWhere({ level: 'organisation', organisationId: '' }, { organisation: 'h.organisation_id' })).toThrow(/Empty access scope/);
    expect(() => scopedWhere({ level: 'territory', territoryId: undefined as unknown as string }, { territory: 'o.territory_id' })).toThrow(/Empty access scope/);
  });

  it('refuses a query that names no column for the scope level', () => {
    expect(() => scopedWhere(territoryScope(actor()), { organisation: 'h.organisation_id' })).toThrow(/No territory column/);
    expect(() => scopedWhere(caseworkScope(actor()), {})).toThrow(/No organisation column/);
  });

  it('gives the organisation of an organisation scope only', () => {
    expect(scopeOrganisationId(caseworkScope(actor()))).toBe('org-1');
    expect(() => scopeOrganisationId(territoryScope(actor()))).toThrow(/Organisation scope expected/);
  });
});

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const modules = join(__dirname, '../../modules');
const workerSrc = join(__dirname, '../../../../worker/src');

/** The helper is the only way list queries are built: no module starts a WHERE clause of its own. */
describe('list queries of the API modules', () => {
  it('build their WHERE clause with scopedWhere, never with a bare SqlWhere', () => {
    const offenders = sourceFiles(modules).filter((f) => /new SqlWhere\(/.test(readFileSync(f, 'utf8'))).map((f) => relative(modules, f));
    expect(offenders).toEqual([]);
  });

  it('are found by this check (it scans the modules)', () => {
    expect(sourceFiles(modules).filter((f) => readFileSync(f, 'utf8').includes('scopedWhere(')).length).toBeGreaterThanOrEqual(10);
  });
});

/** One data-access style: SQL and entity-manager calls live in `*.repository.ts`, next to their service or processor. */
describe('data access of the API and the worker', () => {
  const DATA_ACCESS = /\.query(<[^>]*>)?\(|\.createQueryBuilder\(|\bem\.(insert|update|delete|find\w*|save|remove)\(/;
  const SQL_TEXT = /\b(SELECT\s[\s\S]*?\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/;

  it('keeps SQL out of every controller', () => {
    const controllers = sourceFiles(modules).filter((f) => f.endsWith('.controller.ts'));
    expect(controllers.length).toBeGreaterThan(10);
    expect(controllers.filter((f) => SQL_TEXT.test(readFileSync(f, 'utf8')) || DATA_ACCESS.test(readFileSync(f, 'utf8'))).map((f) => relative(modules, f))).toEqual([]);
  });

  it('runs queries only from repositories, in the API modules and in the worker', () => {
    const files = [...sourceFiles(modules), ...sourceFiles(workerSrc)].filter((f) => !f.endsWith('.repository.ts'));
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((f) => DATA_ACCESS.test(readFileSync(f, 'utf8'))).map((f) => relative(join(modules, '../../..'), f))).toEqual([]);
  });
});
