import {
  allowedFrom,
  allowedTransitions,
  canTransition,
  isTerminalRightStatus,
  TRANSITION_ACTION_LABELS,
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
