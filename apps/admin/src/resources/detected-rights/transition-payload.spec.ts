import { transitionPayload } from './transition-payload';

describe('transition payload', () => {
  it('sends a reason only to ecarte and refuse', () => {
    expect(transitionPayload('ecarte', { reason: 'deja_percu', note: '  ' })).toEqual({ to: 'ecarte', reason: 'deja_percu', note: undefined });
    expect(transitionPayload('confirme', { reason: 'deja_percu', note: ' vu ' })).toEqual({ to: 'confirme', note: 'vu' });
  });

  it('sends the granted amount and start date only to accorde', () => {
    expect(transitionPayload('accorde', { grantedMonthlyAmountCents: 31250, grantedFrom: '2026-12-01' })).toEqual({
      to: 'accorde',
      grantedMonthlyAmountCents: 31250,
      grantedFrom: '2026-12-01',
      note: undefined,
    });
    expect(transitionPayload('informe', { grantedMonthlyAmountCents: 31250, grantedFrom: '2026-12-01' })).toEqual({ to: 'informe', note: undefined });
  });
});
