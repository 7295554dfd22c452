// The CLI as a user runs it (a separate node process): outputs on stdout, clear errors and exit codes.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rights-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function rights(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'tools', 'run-ts.cjs'), 'libs/rights/src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
}

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('rights CLI', () => {
  it('prints the nine outputs of each input, and the path and reason of an invalid one (exit 1)', () => {
    const single = { id: 'seul', period: '2026-06', couple: false, members: [{ role: 'adult', age: 35 }], housing: { status: 'heberge' } };
    const bad = { ...single, id: 'faux', members: [{ role: 'adult', age: -1 }] };
    const r = rights('evaluate', write('cases.json', JSON.stringify([single, bad])));
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out[0].id).toBe('seul');
    expect(Object.keys(out[0])).toEqual(expect.arrayContaining(['rsa', 'ppa_nette_crds', 'aide_logement', 'cheque_energie', 'css_status', 'af', 'aah_total', 'aspa']));
    expect(out[1]).toEqual({ id: 'faux', erreurs: [expect.stringMatching(/^members\[0\]\.age: /)] });
  }, 60_000);

  it('says which file cannot be read or is not JSON (exit 2)', () => {
    const missing = rights('evaluate', path.join(dir, 'absent.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('impossible de lire');
    expect(missing.stderr).toContain('ENOENT');
    const notJson = rights('evaluate', write('broken.json', '[{'));
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain("n'est pas du JSON valide");
    expect(rights('compute').stderr).toContain('usage: rights evaluate');
  }, 60_000);
});
