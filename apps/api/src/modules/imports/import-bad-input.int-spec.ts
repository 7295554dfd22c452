// Bad input over real HTTP: a 200 MB upload streamed past the configured limit (generated here, never
// committed), binary garbage, one column, 10 000 row errors, the row limit — each answered with a
// clear French message while the service keeps serving.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { importHarness, type ImportHarness } from '../../../test/imports-harness';
import { startTestApp, type TestContext } from '../../../test/test-app';

const MB = 1024 * 1024;

/** POSTs `totalBytes` of generated CSV to the listening API as a stream; resolves with the answer. */
function streamUpload(port: number, cookie: string, totalBytes: number): Promise<{ status: number; body: string; sent: number }> {
  const chunk = Buffer.from('Dupont;Jean;01/01/1980\n'.repeat(Math.floor(MB / 23)));
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request({
      host: '127.0.0.1', port, method: 'POST', path: '/api/imports?fileName=enorme.csv', agent: false,
      headers: { cookie, 'content-type': 'application/octet-stream', connection: 'close' },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => (body += part));
      const done = () => {
        if (answered) return;
        answered = true;
        req.destroy(); // the rest of the body is not wanted
        resolve({ status: res.statusCode ?? 0, body, sent });
      };
      res.on('end', done);
      res.on('error', done);
    });
    // The server may reset the connection once it has answered.
    req.on('error', (err) => (answered || sent > 0 ? undefined : reject(err)));
    const drained = () =>
      new Promise<void>((r) => {
        const go = () => {
          req.off('drain', go);
          req.off('close', go);
          r();
        };
        req.on('drain', go);
        req.on('close', go);
      });
    void (async () => {
      req.write('nom;prenom;date de naissance\n');
      while (sent < totalBytes && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) await drained();
      }
      if (!req.destroyed) req.end();
    })();
  });
}

describe('bad partner files', () => {
  let t: TestContext;
  let h: ImportHarness;
  let sw: string;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp(); // IMPORT_MAX_MEGABYTES: its default (100)
    h = importHarness(t);
    sw = await t.login(t.fx.users.sw.email);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    await h.close();
    await t.close();
  });

  const largeObjects = async () => Number((await t.db.query(`SELECT count(*) AS n FROM pg_largeobject_metadata`))[0].n);

  it('answers 413 with the limit to a 200 MB upload streamed past it, keeps nothing, and keeps serving', async () => {
    expect(t.config.importMaxBytes).toBe(100 * MB);
    const before = await largeObjects();
    const res = await streamUpload(port, sw, 200 * MB);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).message).toBe('Fichier trop volumineux : 100 Mo au plus.');
    expect(await largeObjects()).toBe(before);
    expect(await t.db.query(`SELECT id FROM partner_import WHERE file_name = 'enorme.csv'`)).toEqual([]);
    const health = await fetch(`http://127.0.0.1:${port}/api/imports`, { headers: { cookie: sw } });
    expect(health.status).toBe(200);
    const small = await h.upload(Buffer.from('nom;prenom\nDupont;Jean\n'), sw);
    expect(small.statusCode).toBe(201);
  }, 120_000);

  it('refuses binary garbage and a one-column file with a French message', async () => {
    const garbage = await h.upload(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), sw, 'garbage.csv');
    expect(garbage.statusCode).toBe(422);
    expect(garbage.body.message).toContain('ni un CSV ni un classeur XLSX lisible');
    const oneColumn = await h.upload(Buffer.from('nom\nDupont\nMartin\n'), sw);
    expect(oneColumn.statusCode).toBe(422);
    expect(oneColumn.body.message).toBe("Le fichier n'a qu'une colonne : séparateur non reconnu (attendu « ; », « , » ou une tabulation).");
  });

  it('reports all of 10 000 wrong rows, imports the valid ones, and serves the whole report', async () => {
    const lines = ['nom;prénom;date de naissance'];
    for (let i = 0; i < 10_000; i++) lines.push(`Nom${i};Prénom${i};31/02/1980`);
    lines.push('Valide;Un;01/01/1980', 'Valide;Deux;02/02/1980');
    const status = await h.importFile(Buffer.from(lines.join('\n') + '\n'), sw);
    expect(status).toMatchObject({ status: 'termine', rowsRead: 10_002, rowsFailed: 10_000, householdsCreated: 2 });
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM import_row_error WHERE import_id = $1`, [status.id]))[0].n)).toBe(10_000);
    const report = await h.report(status.id, sw);
    expect(report).toHaveLength(10_001);
    expect(report[1]).toBe("2;date_naissance;31/02/1980;n'est pas une date");
    expect(report[10_000]).toBe("10001;date_naissance;31/02/1980;n'est pas une date");
    expect((await t.request('GET', '/api/imports', { cookie: sw })).statusCode).toBe(200);
  });

  it('stops a file past the row limit (IMPORT_MAX_ROWS) and writes none of it', async () => {
    const households = Number((await t.db.query(`SELECT count(*) AS n FROM household`))[0].n);
    const file = Buffer.from(['nom;prenom', 'A;a', 'B;b', 'C;c', 'D;d', ''].join('\n'));
    const status = await h.importFile(file, sw, { maxRows: 3 });
    expect(status).toMatchObject({ status: 'echec', error: 'Le fichier dépasse 3 lignes.', householdsCreated: 0 });
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM household`))[0].n)).toBe(households);
  });
});
