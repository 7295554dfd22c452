import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has development defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: 'postgres://root@127.0.0.1:5432/recours', sessionIdleMinutes: 30, createDatabaseIfMissing: true, cookieSecure: false });
  });

  it('lists every invalid variable with a clear message', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x/y', SESSION_IDLE_MINUTES: '0' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x/y' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DATABASE_URL: doit commencer par postgres/);
    }
  });

  it('uses Secure cookies and never creates databases in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', REFUSAL_IDENTITY_SECRET: 'x'.repeat(32), SMTP_URL: 'smtp://mail:25' })).toMatchObject({ cookieSecure: true, createDatabaseIfMissing: false });
  });

  it('refuses to start in production without a mail server: account links never go to the log', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', REFUSAL_IDENTITY_SECRET: 'x'.repeat(32) })).toThrow(/SMTP_URL: obligatoire en production/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  });

  it('refuses to start in production without the key that keeps refusals after a deletion', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/REFUSAL_IDENTITY_SECRET: obligatoire en production/);
  });
});
