import { campaignCohortQuery, campaignFiltersSchema, campaignPreviewQuery } from './campaign-cohort';

const ORG = '11111111-1111-4111-8111-111111111111';

describe('campaign cohort SQL', () => {
  it('scopes to the organisation, active households and the default statuses, and leaves out refusals', () => {
    const q = campaignCohortQuery({}, ORG, '2026-03-01');
    expect(q.params).toEqual([ORG, '2026-03-01', ['detecte', 'confirme']]);
    expect(q.sql).toContain('r.organisation_id = $1');
    expect(q.sql).toContain("h.status = 'active'");
    expect(q.sql).toContain('WHERE NOT blocked');
    expect(q.sql).toContain('ob.blocked_until > $2::date');
    expect(q.sql).not.toContain('ob.benefit'); // a refusal of any benefit leaves the household out
  });

  it('numbers one parameter per filter, in order', () => {
    const filters = campaignFiltersSchema.parse({
      benefits: ['rsa'],
      communeInsee: '23096',
      postcode: '23000',
      minAmountCents: 100000,
      statuses: ['informe'],
      confidences: ['haute'],
      referentId: '22222222-2222-4222-8222-222222222222',
      importId: '33333333-3333-4333-8333-333333333333',
      rightIds: ['44444444-4444-4444-8444-444444444444'],
    });
    const q = campaignPreviewQuery(filters, ORG, '2026-03-01');
    expect(q.params).toEqual([ORG, '2026-03-01', ['informe'], ['rsa'], '23096', '23000', 100000, ['haute'], filters.referentId, filters.importId, filters.rightIds]);
    expect(q.sql).toContain('ih.import_id = $10::uuid AND ih.household_id = h.id');
    expect(q.sql).toContain('r.id = ANY($11::uuid[])');
    for (let i = 1; i <= q.params.length; i++) expect(q.sql).toContain(`$${i}`);
    expect(q.sql).not.toContain(`$${q.params.length + 1}`);
  });

  it('targets rights chosen one by one at any open step, counted right by right rather than from the stored cohort', () => {
    const rightIds = ['44444444-4444-4444-8444-444444444444', '55555555-5555-4555-8555-555555555555'];
    const q = campaignPreviewQuery({ rightIds }, ORG, '2026-03-01');
    expect(q.sql).not.toContain('cohort_annual_cents');
    expect(q.params).toEqual([ORG, '2026-03-01', ['detecte', 'confirme', 'informe', 'demande_en_cours', 'demande_deposee'], rightIds]);
    expect(campaignCohortQuery({ rightIds, statuses: ['detecte'] }, ORG, '2026-03-01').params).toEqual([ORG, '2026-03-01', ['detecte'], rightIds]);
    const tooMany = campaignFiltersSchema.safeParse({ rightIds: Array.from({ length: 1001 }, () => rightIds[0]) });
    expect(tooMany.success ? [] : tooMany.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['rightIds', 'doit contenir au plus 1000 valeurs']]);
  });

  it('refuses unknown filters, closed statuses and bad values with French messages', () => {
    const r = campaignFiltersSchema.safeParse({ statuses: ['accorde'], benefits: [], minAmountCents: 1.5, colour: 'red', importId: 'x', rightIds: ['y'] });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.') || i.code);
    expect(paths.sort()).toEqual(['benefits', 'importId', 'minAmountCents', 'rightIds.0', 'statuses.0', 'unrecognized_keys'].sort());
  });
});
