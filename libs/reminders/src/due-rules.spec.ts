import { DEFAULT_REMINDER_SETTINGS as D } from '@recours/domain';
import { addMonths, declarationDate, nextDeclarationReminder, referralReminders, renewalReminder, rightNoNewsReminder, taskReminders } from './due-rules';
import { organisationCalendarFromRow } from './reminder-sql';

const france = { alsaceMoselle: false };
const iso = (rows: { threshold: number; dueAt: Date }[]) => rows.map((r) => [r.threshold, r.dueAt.toISOString()]);

describe('due rules', () => {
  it('a referral sent on Monday 4 May 2026: reminder after 5 working days, escalation after 10, expiry after 30 calendar days', () => {
    // 8 May (Victoire 1945) and 14 May (Ascension) are holidays.
    expect(iso(referralReminders(new Date('2026-05-04T09:30:00Z'), D, france))).toEqual([
      [1, '2026-05-12T06:00:00.000Z'],
      [2, '2026-05-20T06:00:00.000Z'],
      [3, '2026-06-03T06:00:00.000Z'],
    ]);
  });

  it('counts from the Paris date of the sending (23:30 UTC on Sunday is Monday in Paris)', () => {
    const [reminder] = referralReminders(new Date('2026-03-01T23:30:00Z'), D, france);
    expect(reminder.dueAt.toISOString()).toBe('2026-03-09T07:00:00.000Z');
  });

  it('a task due on the Friday before Whit Monday: reminded that Friday, overdue on Wednesday', () => {
    expect(iso(taskReminders('2026-05-22', D, france))).toEqual([
      [0, '2026-05-22T06:00:00.000Z'],
      [1, '2026-05-27T06:00:00.000Z'],
    ]);
  });

  it('follows the organisation’s own delays', () => {
    const custom = { ...D, taskOverdueWorkingDays: 5, referralReminderWorkingDays: 2 };
    expect(taskReminders('2026-05-22', custom, france)[1].dueAt.toISOString()).toBe('2026-06-01T06:00:00.000Z');
    expect(referralReminders(new Date('2026-05-04T09:30:00Z'), custom, france)[0].dueAt.toISOString()).toBe('2026-05-06T06:00:00.000Z');
  });

  it('a claim filed with no news: 45 calendar days later', () => {
    expect(rightNoNewsReminder('2026-01-10', D).dueAt.toISOString()).toBe('2026-02-24T07:00:00.000Z');
  });

  it('a CSS granted from 1 March 2026 is renewed on 1 March 2027, its task prepared 30 days before; RSA needs no renewal task', () => {
    const r = renewalReminder('css', '2026-03-01', D);
    expect(r?.renewalOn).toBe('2027-03-01');
    expect(r?.dueAt.toISOString()).toBe('2027-01-30T07:00:00.000Z');
    expect(renewalReminder('aide_logement', '2026-03-01', D)).toBeNull();
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('an RSA claimed in January 2026 is declared on 1 April, 1 July, 1 October and 1 January, whatever the day of the grant', () => {
    expect([1, 2, 3, 4, 5].map((n) => declarationDate('2026-01-20', n))).toEqual(['2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01', '2027-04-01']);
    expect(declarationDate('2026-11-30', 1)).toBe('2027-02-01');
    expect(() => declarationDate('2026-01-01', 0)).toThrow(RangeError);
  });

  it('reminds the next quarterly declaration of an RSA or a prime d’activité 7 days before it, one row per declaration', () => {
    // Granted in January, on 20 January: the first declaration is on 1 April, its task on 25 March (08:00 Paris, winter time).
    const first = nextDeclarationReminder('rsa', '2026-01-20', '2026-01-20');
    expect(first).toEqual({ kind: 'right_declaration', threshold: 1, declarationOn: '2026-04-01', dueAt: new Date('2026-03-25T07:00:00.000Z') });
    // Once it fires (on 25 March), the next one: 1 July, reminded on 24 June (summer time).
    const second = nextDeclarationReminder('prime_activite', '2026-01-20', '2026-03-25', 1);
    expect(second).toMatchObject({ threshold: 2, declarationOn: '2026-07-01', dueAt: new Date('2026-06-24T06:00:00.000Z') });
    // A right granted back-dated (claim in January, decision in May): declarations already past get no reminder.
    expect(nextDeclarationReminder('rsa', '2026-01-05', '2026-05-12')).toMatchObject({ threshold: 2, declarationOn: '2026-07-01' });
    // On the declaration day itself it is still to be made: reminded (due in the past, so at once).
    expect(nextDeclarationReminder('rsa', '2026-01-05', '2026-04-01')).toMatchObject({ threshold: 1, declarationOn: '2026-04-01' });
    // A worker late by months: the next reminder skips the quarters gone.
    expect(nextDeclarationReminder('rsa', '2026-01-05', '2026-10-02', 1)).toMatchObject({ threshold: 4, declarationOn: '2027-01-01' });
    expect(nextDeclarationReminder('css', '2026-01-05', '2026-01-05')).toBeNull();
    expect(nextDeclarationReminder('aide_logement', '2026-01-05', '2026-01-05')).toBeNull();
  });

  it('reads an organisation’s settings row, or the defaults, and its Alsace-Moselle calendar', () => {
    expect(organisationCalendarFromRow({ departement: '67', settings: null })).toEqual({ settings: D, calendar: { alsaceMoselle: true } });
    const row = { referral_reminder_working_days: 3, referral_escalation_working_days: 6, referral_expiry_days: 20, task_overdue_working_days: 1, right_no_news_days: 30, renewal_lead_days: 60 };
    expect(organisationCalendarFromRow({ departement: '23', settings: row }).settings).toEqual({
      referralReminderWorkingDays: 3, referralEscalationWorkingDays: 6, referralExpiryDays: 20, taskOverdueWorkingDays: 1, rightNoNewsDays: 30, renewalLeadDays: 60,
    });
  });
});
