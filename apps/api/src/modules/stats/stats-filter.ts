// The filters every indicator accepts (`?filter={"from":"2026-01-01","benefit":"prime_activite"}`), the
// react-admin list convention, so a dashboard URL and an API call read the same.
import { DETECTABLE_BENEFITS, parisToday } from '@recours/domain';
import { z } from 'zod/v4';
import type { ListSpec } from '../../common/http/list-query';
import { zDate, zEnum, zUuid } from '../../common/http/list-query';

const filter = z
  .object({
    from: zDate.optional(),
    to: zDate.optional(),
    benefit: zEnum(DETECTABLE_BENEFITS).optional(),
    organisationId: zUuid.optional(),
    communeInsee: z.string({ error: 'doit être un texte' }).regex(/^[0-9][0-9AB][0-9]{3}$/, 'doit être un code commune INSEE (5 caractères)').optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'doit être postérieure à la date de début', path: ['to'] });
export type StatsFilter = z.infer<typeof filter>;

/** Only `filter` is read; `range` and `sort` are accepted (react-admin sends them) and ignored. */
export const STATS_QUERY: ListSpec<StatsFilter> = { sortable: {}, defaultSort: ['', 'ASC'], filter };

/** The period of a request, as Paris calendar dates, both included. */
export interface Period {
  from: string;
  to: string;
}

/** Default period: the twelve months ending today (the first day of the month eleven months ago → today). */
export function periodOf(f: StatsFilter, today = parisToday()): Period {
  const to = f.to ?? today;
  const [y, m] = to.split('-').map(Number);
  const start = new Date(Date.UTC(y, m - 1 - 11, 1)).toISOString().slice(0, 10);
  return { from: f.from ?? start, to };
}

/** The filter's documentation (ApiListQuery): every statistics route and the evaluation export take it. */
export const STATS_FILTER_DOC = { name: 'Stats', range: false as const, filterDescription: 'from, to (AAAA-MM-JJ, défaut : les 12 derniers mois), benefit, organisationId, communeInsee', filterExample: '{"from":"2026-01-01","to":"2026-03-31","benefit":"prime_activite"}' };
