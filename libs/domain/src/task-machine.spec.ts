import { OPEN_TASK_STATUSES, TASK_STATUSES, type TaskStatus } from './outreach';
import { allowedTaskTransitions, canTransitionTask, TASK_ACTION_LABELS, taskStatusesLeadingTo } from './task-machine';

// Written out by hand so the machine's table is checked against the intended rules.
const EXPECTED: Record<TaskStatus, TaskStatus[]> = {
  a_faire: ['en_cours', 'faite', 'annulee'],
  en_cours: ['faite', 'annulee'],
  faite: ['a_faire'],
  annulee: ['a_faire'],
};

const PAIRS = TASK_STATUSES.flatMap((from) => TASK_STATUSES.map((to) => [from, to] as const));

describe('task state machine', () => {
  it.each(PAIRS)('%s → %s follows the table', (from, to) => {
    expect(canTransitionTask(from, to)).toBe(EXPECTED[from].includes(to));
  });

  it.each(TASK_STATUSES)('allowedTaskTransitions(%s) lists exactly the expected targets', (from) => {
    expect([...allowedTaskTransitions(from)].sort()).toEqual([...EXPECTED[from]].sort());
  });

  it.each(TASK_STATUSES)('taskStatusesLeadingTo(%s) is the inverse of the table', (to) => {
    expect(taskStatusesLeadingTo(to).sort()).toEqual(TASK_STATUSES.filter((from) => EXPECTED[from].includes(to)).sort());
  });

  it('closes only from an open state and reopens only a closed task', () => {
    const open = OPEN_TASK_STATUSES as readonly TaskStatus[];
    for (const s of TASK_STATUSES) {
      expect(canTransitionTask(s, 'faite')).toBe(open.includes(s));
      expect(canTransitionTask(s, 'a_faire')).toBe(!open.includes(s));
      expect(canTransitionTask(s, s)).toBe(false);
    }
  });

  it('labels every target action in French', () => {
    for (const s of TASK_STATUSES) expect(TASK_ACTION_LABELS[s]).toMatch(/\S/);
  });
});
