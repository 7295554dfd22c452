import {
  allowedReferralActions,
  canApplyReferralAction,
  REFERRAL_ACTIONS,
  REFERRAL_STATUSES,
  rightTransitionPath,
  validateReferralAction,
  type ReferralAction,
  type ReferralStatus,
} from './referrals';

// The chain written out by hand, so the machine's table is checked against the text.
const EXPECTED: Record<ReferralAction, [ReferralStatus[], ReferralStatus]> = {
  acknowledge: [['envoyee'], 'accusee'],
  accept: [['accusee'], 'acceptee'],
  decline: [['accusee'], 'declinee'],
  progress: [['acceptee', 'en_cours'], 'en_cours'],
  close: [['acceptee', 'en_cours'], 'cloturee'],
  cancel: [['envoyee', 'accusee', 'acceptee', 'en_cours'], 'annulee'],
  expire: [['envoyee', 'accusee'], 'expiree'],
};

const PAIRS = REFERRAL_ACTIONS.flatMap((a) => REFERRAL_STATUSES.map((s) => [a, s] as const));

describe('referral state machine', () => {
  it.each(PAIRS)('%s from %s follows the table', (action, from) => {
    expect(canApplyReferralAction(action, from)).toBe(EXPECTED[action][0].includes(from));
  });

  it('has no way out of the final states', () => {
    for (const s of ['declinee', 'cloturee', 'annulee', 'expiree'] as const) {
      expect([...allowedReferralActions(s, 'recipient'), ...allowedReferralActions(s, 'sender'), ...allowedReferralActions(s, 'system')]).toEqual([]);
    }
  });

  it('gives each party its own actions', () => {
    expect(allowedReferralActions('envoyee', 'recipient')).toEqual(['acknowledge']);
    expect(allowedReferralActions('envoyee', 'sender')).toEqual(['cancel']);
    expect(allowedReferralActions('accusee', 'recipient')).toEqual(['accept', 'decline']);
    expect(allowedReferralActions('acceptee', 'recipient')).toEqual(['progress', 'close']);
  });

  it('requires a reason to decline, a comment to report progress, an outcome to close', () => {
    expect(validateReferralAction('decline', {})).toEqual({ ok: false, errors: [{ field: 'reason', message: 'motif du refus obligatoire' }] });
    expect(validateReferralAction('progress', { comment: '  ' })).toEqual({ ok: false, errors: [{ field: 'comment', message: 'commentaire obligatoire' }] });
    expect(validateReferralAction('close', {})).toEqual({
      ok: false,
      errors: [{ field: 'outcome', message: 'issue obligatoire parmi : droit_ouvert, droit_refuse, sans_suite' }],
    });
  });

  it('needs the monthly amount in cents and the start month for an opened right', () => {
    expect(validateReferralAction('close', { outcome: 'droit_ouvert', monthlyAmountCents: 187.5, startMonth: '2026-13' })).toEqual({
      ok: false,
      errors: [
        { field: 'monthlyAmountCents', message: 'montant mensuel obligatoire, en centimes, entier ≥ 0' },
        { field: 'startMonth', message: 'mois d’ouverture du droit obligatoire (AAAA-MM)' },
      ],
    });
    expect(validateReferralAction('close', { outcome: 'droit_ouvert', monthlyAmountCents: 18750, startMonth: '2026-05' })).toEqual({
      ok: true,
      value: { action: 'close', outcome: 'droit_ouvert', monthlyAmountCents: 18750, startMonth: '2026-05', comment: null },
    });
    expect(validateReferralAction('close', { outcome: 'droit_refuse' })).toEqual({ ok: false, errors: [{ field: 'reason', message: 'motif du refus obligatoire' }] });
  });

  it('refuses a field that belongs to another action', () => {
    expect(validateReferralAction('accept', { outcome: 'sans_suite' })).toEqual({
      ok: false,
      errors: [{ field: 'outcome', message: 'champ non attendu pour cette action' }],
    });
    expect(validateReferralAction('close', { outcome: 'sans_suite', monthlyAmountCents: 100 })).toEqual({
      ok: false,
      errors: [{ field: 'monthlyAmountCents', message: 'champ non attendu pour cette action' }],
    });
  });

  it('walks a detected right through the states a closing skips', () => {
    expect(rightTransitionPath('detecte', 'accorde')).toEqual(['confirme', 'informe', 'demande_deposee', 'accorde']);
    expect(rightTransitionPath('demande_en_cours', 'refuse')).toEqual(['demande_deposee', 'refuse']);
    expect(rightTransitionPath('accorde', 'accorde')).toEqual([]);
    expect(rightTransitionPath('ecarte', 'accorde')).toBeNull();
  });
});
