// The audit log and its export show French field names, never `grantedMonthlyAmountCents` or
// `assigneeId`: every name the API can write into an event's `fields` has a label.
import { AUDIT_FIELD_LABELS } from '@recours/domain';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod/v4';
import type { ListSpec } from '../../common/http/list-query';
import { BENEFIT_FIELDS, HOUSEHOLD_FIELDS, INCOME_FIELDS, PERSON_FIELDS } from '../households/dto/household-input.dto';
import { HOUSEHOLD_LIST } from '../households/households.service';
import { CAMPAIGN_LIST } from '../campaigns/campaigns.service';
import { CONTACT_LIST } from '../outreach/contacts.service';
import { CONSENT_LIST } from '../referrals/consents.service';
import { REFERRAL_LIST } from '../referrals/referrals.service';
import { DETECTED_RIGHT_LIST } from '../rights/detected-rights.service';
import { STATS_QUERY } from '../stats/stats-filter';
import { TASK_LIST } from '../tasks/tasks.service';
import { USER_FIELDS } from '../users/dto/user.dto';
import { USER_LIST } from '../users/users.service';
import { AUDIT_LIST } from './audit-query.service';

const filterKeys = (spec: ListSpec<unknown>): string[] => Object.keys((spec.filter as unknown as z.ZodObject).shape ?? {});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.service.ts') ? [path] : [];
  });
}

/** String literals inside `fields: [...]`, `const fields = [...]` and `fields.push(...)` of the services. */
function literalFieldNames(): string[] {
  const names = new Set<string>();
  for (const file of sourceFiles(join(__dirname, '..'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/fields(?::|\s*=)\s*\[([^\]]*)\]/g)) for (const s of m[1].matchAll(/'([a-zA-Z_.]+)'/g)) names.add(s[1]);
  }
  // Right states compared in the same expressions (`t.to === 'ecarte' ? ['dismissReason'] : []`).
  for (const state of ['ecarte', 'refuse', 'accorde']) names.delete(state);
  return [...names];
}

describe('French labels of audit field names', () => {
  it('cover the fields of every write, every list filter and the literal names of the services', () => {
    const specs = [HOUSEHOLD_LIST, CAMPAIGN_LIST, CONTACT_LIST, CONSENT_LIST, REFERRAL_LIST, DETECTED_RIGHT_LIST, STATS_QUERY, TASK_LIST, USER_LIST, AUDIT_LIST] as ListSpec<unknown>[];
    const names = new Set([
      ...HOUSEHOLD_FIELDS, ...PERSON_FIELDS, ...INCOME_FIELDS, ...BENEFIT_FIELDS, ...USER_FIELDS,
      ...specs.flatMap(filterKeys),
      ...literalFieldNames(),
    ]);
    expect(names.size).toBeGreaterThan(60);
    expect([...names].filter((n) => !AUDIT_FIELD_LABELS[n])).toEqual([]);
  });
});
