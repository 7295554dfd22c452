import { delaySince, sharingConsentState, type Consent } from './types';

const row = (over: Partial<Consent>): Consent => ({
  id: 'c', personId: 'p1', personName: 'A', householdId: 'h', purpose: 'partage_partenaire', recipientOrganisationId: 'caf', recipientOrganisationName: 'CAF',
  given: true, decidedOn: '2026-03-01', method: 'oral', expiresOn: null, recordedByName: null, recordedAt: '2026-03-01T10:00:00Z', ...over,
});

describe('sharing consent state', () => {
  it('takes the latest row per person and lets one withdrawal end the sharing', () => {
    expect(sharingConsentState([row({})], 'caf', '2026-04-01').state).toBe('valide');
    expect(sharingConsentState([row({}), row({ given: false, recordedAt: '2026-03-02T10:00:00Z' })], 'caf', '2026-04-01').state).toBe('retire');
    expect(sharingConsentState([row({ given: false }), row({ recordedAt: '2026-03-02T10:00:00Z' })], 'caf', '2026-04-01').state).toBe('valide');
    expect(sharingConsentState([row({}), row({ personId: 'p2', given: false })], 'caf', '2026-04-01').state).toBe('retire');
  });

  it('ignores other recipients and other purposes, and expired consents', () => {
    expect(sharingConsentState([row({ recipientOrganisationId: 'cpam' }), row({ purpose: 'contact_sms', recipientOrganisationId: null })], 'caf', '2026-04-01').state).toBe('absent');
    expect(sharingConsentState([row({ expiresOn: '2026-03-31' })], 'caf', '2026-04-01').state).toBe('absent');
  });
});

describe('delay since the last change', () => {
  it('speaks in days', () => {
    const now = Date.parse('2026-04-10T12:00:00Z');
    expect(delaySince('2026-04-10T08:00:00Z', now)).toBe('aujourd’hui');
    expect(delaySince('2026-04-09T08:00:00Z', now)).toBe('hier');
    expect(delaySince('2026-04-02T08:00:00Z', now)).toBe('il y a 8 jours');
  });
});
