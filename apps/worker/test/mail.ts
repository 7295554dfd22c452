// The test SMTP server as the worker under test sees it, and what a test expects of it.
import type { SmtpSink } from '@recours/testing';

/** The worker's mail settings, sending to a test SMTP server. */
export const mailTo = (sink: SmtpSink) => ({ smtpUrl: sink.url, from: 'Recours <robot@recours.test>', publicAdminUrl: 'http://admin.test' });

/** Exactly `expected` e-mails at the server: waits for them, then a quiet window in which a duplicate would land. */
export async function expectReceived(sink: SmtpSink, expected: number): Promise<void> {
  await sink.waitFor(expected);
  await new Promise((r) => setTimeout(r, 600));
  expect(sink.received).toHaveLength(expected);
}
