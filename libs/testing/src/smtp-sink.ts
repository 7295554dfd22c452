import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = Readonly<{ to: string[]; from: string; subject: string; text: string; raw: string }>;

export type SmtpSink = Readonly<{
  /** smtp://127.0.0.1:<port>, to give as SMTP_URL. */
  url: string;
  /** Every e-mail accepted so far, in order of arrival. */
  received: ReceivedMail[];
  /** Resolves when at least `count` e-mails have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /**
   * From now on, answer no DATA: the client waits mid-send (a fault test kills it there). An e-mail is
   * received only once the server accepts it; one whose client disconnected while held is dropped, as
   * a real server would.
   */
  hold(): void;
  /** Accepts the held e-mails whose client is still connected, and the next ones at once. */
  release(): void;
  /** SMTP connections opened so far (a pooled client reuses a few for many e-mails). */
  readonly connections: number;
  /** E-mails waiting for an answer right now. */
  readonly held: number;
  close(): Promise<void>;
}>;

/**
 * A real SMTP server in the test process (smtp-server, the library nodemailer's authors maintain):
 * tests assert on what actually crossed the wire, not on a mocked transport.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let holding = false;
  const waiting = new Set<{ sessionId: string; accept: () => void }>();
  const closed = new Set<string>();
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
      for (const w of waiting) if (w.sessionId === session.id) waiting.delete(w);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const accept = () => {
          if (closed.has(session.id)) return;
          simpleParser(raw)
          .then((mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              raw,
            });
            callback();
          })
          .catch((err: Error) => callback(err));
        };
        if (holding) waiting.add({ sessionId: session.id, accept });
        else accept();
      });
    },
  });
  server.server.on('connection', (socket: import('node:net').Socket) => socket.setNoDelay(true));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`SMTP sink: ${received.length} e-mail(s) received, ${count} expected`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return received;
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      const held = [...waiting];
      waiting.clear();
      for (const w of held) w.accept();
    },
    get held() {
      return waiting.size;
    },
    get connections() {
      return connections;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
