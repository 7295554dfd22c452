import { startSmtpSink, type SmtpSink } from '@recours/testing';
import { createMailer } from './mailer';
import { loadMailConfig } from './mail-config';

describe('createMailer', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());

  it('delivers over SMTP to the server named by SMTP_URL, with the configured sender', async () => {
    const mailer = createMailer(loadMailConfig({ SMTP_URL: sink.url, MAIL_FROM: 'Recours <robot@recours.test>' }));
    expect(mailer.transport).toBe('smtp');
    await mailer.send({ to: 'agent@caf.test', subject: 'Orientation à traiter', text: 'Connectez-vous : http://x/' });
    mailer.close();
    const [mail] = await sink.waitFor(1);
    expect(mail.to).toEqual(['agent@caf.test']);
    expect(mail.from).toBe('robot@recours.test');
    expect(mail.subject).toBe('Orientation à traiter');
    expect(mail.text.trim()).toBe('Connectez-vous : http://x/');
  });

  it('reuses a pool of SMTP connections (5 by default, or maxConnections from SMTP_URL)', async () => {
    const send = async (url: string) => {
      const before = { mails: sink.received.length, connections: sink.connections };
      const mailer = createMailer(loadMailConfig({ SMTP_URL: url }));
      await Promise.all(Array.from({ length: 30 }, (_, i) => mailer.send({ to: `agent-${i}@caf.test`, subject: 'Tâche', text: 'Connectez-vous' })));
      mailer.close();
      await sink.waitFor(before.mails + 30);
      return sink.connections - before.connections;
    };
    expect(await send(sink.url)).toBeLessThanOrEqual(5);
    expect(await send(`${sink.url}?maxConnections=2`)).toBeLessThanOrEqual(2);
    // pool=false: one connection per e-mail, as before.
    expect(await send(`${sink.url}?pool=false`)).toBe(30);
  });

  it('without SMTP_URL writes each e-mail as one JSON log line instead', async () => {
    const lines: string[] = [];
    const mailer = createMailer(loadMailConfig({}), (l) => lines.push(l));
    expect(mailer.transport).toBe('log');
    await mailer.send({ to: 'a@b.test', subject: 'Sujet', text: 'Corps' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0].replace('[mail] ', ''))).toMatchObject({ subject: 'Sujet', text: 'Corps' });
  });

  it('rejects a malformed SMTP_URL naming the variable', () => {
    expect(() => loadMailConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  });
});
