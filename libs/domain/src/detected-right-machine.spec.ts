import {
  allowedFrom,
  allowedTransitions,
  canTransition,
  isTerminalRightStatus,
  TRANSITION_ACTION_LABELS,
  validateTransition,
} from './detected-right-machine';
import { DETECTED_RIGHT_STATUSES, OPEN_RIGHT_STATUSES, type DetectedRightStatus } from './outreach';

// The chain, written out by hand so the table in the machine is checked against the text.
const EXPECTED: Record<DetectedRightStatus, DetectedRightStatus[]> = {
  detecte: ['confirme', 'ecarte', 'refus_personne'],
  confirme: ['informe', 'abandonne', 'refus_personne'],
  informe: ['demande_en_cours', 'demande_deposee', 'abandonne', 'refus_personne'],
  demande_en_cours: ['demande_deposee', 'abandonne', 'refus_personne'],
  demande_deposee: ['accorde', 'refuse', 'abandonne', 'refus_personne'],
  ecarte: [],
  accorde: [],
  refuse: [],
  abandonne: [],
  refus_personne: [],
};

const PAIRS = DETECTED_RIGHT_STATUSES.flatMap((from) => DETECTED_RIGHT_STATUSES.map((to) => [from, to] as const));

describe('detected right state machine', () => {
  it.each(PAIRS)('%s → %s follows the table', (from, to) => {
    expect(canTransition(from, to)).toBe(EXPECTED[from].includes(to));
  });

  it.each(DETECTED_RIGHT_STATUSES)('allowedTransitions(%s) lists exactly the expected targets', (from) => {
    expect([...allowedTransitions(from)].sort()).toEqual([...EXPECTED[from]].sort());
  });

  it.each(DETECTED_RIGHT_STATUSES)('allowedFrom(%s) is the inverse of the table', (to) => {
    const expected = DETECTED_RIGHT_STATUSES.filter((from) => EXPECTED[from].includes(to));
    expect(allowedFrom(to).sort()).toEqual([...expected].sort());
  });

  it('lets the person decline from every open state and from no closed one', () => {
    for (const s of DETECTED_RIGHT_STATUSES)
      expect(canTransition(s, 'refus_personne')).toBe((OPEN_RIGHT_STATUSES as readonly string[]).includes(s));
  });

  it('has terminal states exactly outside the open ones', () => {
    for (const s of DETECTED_RIGHT_STATUSES)
      expect(isTerminalRightStatus(s)).toBe(!(OPEN_RIGHT_STATUSES as readonly string[]).includes(s));
  });

  it('never returns to detecte and never loops on itself', () => {
    for (const s of DETECTED_RIGHT_STATUSES) {
      expect(canTransition(s, 'detecte')).toBe(false);
      expect(canTransition(s, s)).toBe(false);
    }
  });

  it('labels every target action in French', () => {
    for (const s of DETECTED_RIGHT_STATUSES) expect(TRANSITION_ACTION_LABELS[s]).toMatch(/\S/);
  });
});

describe('validateTransition', () => {
  it('requires a dismiss reason for ecarte', () => {
    expect(validateTransition('ecarte', {})).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'reason' })] });
    expect(validateTransition('ecarte', { reason: 'non_eligible' })).toEqual({
      ok: true,
      value: { to: 'ecarte', reason: 'non_eligible', note: null },
    });
    expect(validateTransition('ecarte', { reason: 'ressources_superieures' }).ok).toBe(false);
  });

  it('requires a note when the dismiss reason is autre', () => {
    expect(validateTransition('ecarte', { reason: 'autre' })).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'note' })] });
    expect(validateTransition('ecarte', { reason: 'autre', note: '  ' }).ok).toBe(false);
    expect(validateTransition('ecarte', { reason: 'autre', note: 'Déménagé hors du département' }).ok).toBe(true);
  });

  it('requires a refusal reason for refuse', () => {
    expect(validateTransition('refuse', { reason: 'deja_percu' }).ok).toBe(false);
    expect(validateTransition('refuse', { reason: 'dossier_incomplet', note: 'RIB manquant' })).toEqual({
      ok: true,
      value: { to: 'refuse', reason: 'dossier_incomplet', note: 'RIB manquant' },
    });
  });

  it('requires a non-negative integer amount and a real date for accorde', () => {
    expect(validateTransition('accorde', {})).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'grantedMonthlyAmountCents' }), expect.objectContaining({ field: 'grantedFrom' })],
    });
    expect(validateTransition('accorde', { grantedMonthlyAmountCents: -1, grantedFrom: '2026-03-01' }).ok).toBe(false);
    expect(validateTransition('accorde', { grantedMonthlyAmountCents: 12.5, grantedFrom: '2026-03-01' }).ok).toBe(false);
    expect(validateTransition('accorde', { grantedMonthlyAmountCents: '31200', grantedFrom: '2026-03-01' }).ok).toBe(false);
    expect(validateTransition('accorde', { grantedMonthlyAmountCents: 31200, grantedFrom: '2026-02-30' }).ok).toBe(false);
    expect(validateTransition('accorde', { grantedMonthlyAmountCents: 31200, grantedFrom: '01/03/2026' }).ok).toBe(false);
    expect(validateTransition('accorde', { grantedMonthlyAmountCents: 0, grantedFrom: '2026-03-01' })).toEqual({
      ok: true,
      value: { to: 'accorde', grantedMonthlyAmountCents: 0, grantedFrom: '2026-03-01', note: null },
    });
  });

  it('accepts an optional note for refus_personne and plain steps', () => {
    expect(validateTransition('refus_personne', {})).toEqual({ ok: true, value: { to: 'refus_personne', note: null } });
    expect(validateTransition('refus_personne', { note: 'Ne souhaite pas être recontactée' }).ok).toBe(true);
    expect(validateTransition('confirme', {})).toEqual({ ok: true, value: { to: 'confirme', note: null } });
  });

  it('refuses fields that belong to another target', () => {
    expect(validateTransition('confirme', { reason: 'doublon' })).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'reason' })] });
    expect(validateTransition('refuse', { reason: 'autre', grantedFrom: '2026-01-01' })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'grantedFrom' })],
    });
    expect(validateTransition('informe', { grantedMonthlyAmountCents: 1 }).ok).toBe(false);
  });

  it('refuses a non-text or oversized note', () => {
    expect(validateTransition('confirme', { note: 3 }).ok).toBe(false);
    expect(validateTransition('confirme', { note: 'x'.repeat(2001) }).ok).toBe(false);
  });
});
