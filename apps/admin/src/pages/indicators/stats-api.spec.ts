import { cleanFilter, defaultPeriod, formatRate, grantedRightsLink, referralsLink, statsUrl } from './stats-api';

describe('dashboard indicators helpers', () => {
  it('links "accordés" to the granted rights of the period, benefit and commune', () => {
    const link = grantedRightsLink({ from: '2026-01-01', to: '2026-06-30', benefit: 'prime_activite', communeInsee: '' });
    expect(link.pathname).toBe('/detected-rights');
    expect(JSON.parse(decodeURIComponent(link.search.replace('?filter=', '')))).toEqual({
      status: 'accorde', benefit: 'prime_activite', statusChangedFrom: '2026-01-01', statusChangedTo: '2026-06-30',
    });
  });

  it('links a partner’s referrals to the list sent in the period, to that partner', () => {
    const f = { from: '2026-01-01', to: '2026-06-30', benefit: 'rsa' };
    const read = (l: { search: string }) => JSON.parse(decodeURIComponent(l.search.replace('?filter=', '')));
    expect(read(referralsLink(f, 'sent', { partnerId: 'caf' }))).toEqual({ box: 'sent', benefit: 'rsa', sentFrom: '2026-01-01', sentTo: '2026-06-30', recipientOrganisationId: 'caf' });
    expect(read(referralsLink(f, 'received', { partnerId: 'ccas', status: ['expiree'] }))).toMatchObject({ box: 'received', senderOrganisationId: 'ccas', status: ['expiree'] });
  });

  it('sends only the filled filters', () => {
    expect(cleanFilter({ from: '2026-01-01', to: '2026-02-01', benefit: '', organisationId: ' ' })).toEqual({ from: '2026-01-01', to: '2026-02-01' });
    expect(statsUrl('funnel', { from: '2026-01-01', to: '2026-02-01' })).toBe(`/api/stats/funnel?filter=${encodeURIComponent('{"from":"2026-01-01","to":"2026-02-01"}')}`);
  });

  it('defaults to the twelve months ending today, as the API does', () => {
    expect(defaultPeriod('2026-03-15')).toEqual({ from: '2025-04-01', to: '2026-03-15' });
    expect(defaultPeriod('2026-12-05')).toEqual({ from: '2026-01-01', to: '2026-12-05' });
  });

  it('writes rates in French', () => {
    expect(formatRate(0.6667)).toBe('66,7 %');
    expect(formatRate(null)).toBe('—');
  });
});
