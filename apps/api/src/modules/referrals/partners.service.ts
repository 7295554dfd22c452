import { Injectable } from '@nestjs/common';
import { DETECTABLE_BENEFITS, ORGANISATION_KINDS } from '@recours/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod/v4';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-errors';
import { ListResult, searchTerms, zEnum, zIdOrIds, zSearch, type ListQuery, type ListSpec } from '../../common/http/list-query';
import type { PartnerDto, ReferralTypeDto, ReferralTypeUpdateDto } from './dto/referral.dto';
import { PartnersRepository, type ReferralTypeRow } from './partners.repository';

const partnerFilter = z
  .object({ id: zIdOrIds.optional(), q: zSearch.optional(), benefit: zEnum(DETECTABLE_BENEFITS).optional(), kind: zEnum(ORGANISATION_KINDS).optional() })
  .strict();
export type PartnerFilter = z.infer<typeof partnerFilter>;
export const PARTNER_LIST: ListSpec<PartnerFilter> = { sortable: { name: 'o.name' }, defaultSort: ['name', 'ASC'], filter: partnerFilter };

const typeFilter = z.object({ id: zIdOrIds.optional() }).strict();
export type ReferralTypeFilter = z.infer<typeof typeFilter>;
export const REFERRAL_TYPE_LIST: ListSpec<ReferralTypeFilter> = { sortable: { label: 'label' }, defaultSort: ['label', 'ASC'], filter: typeFilter };

/** Directory of partners (the territory's organisations and what they handle) and the territory's referral types. */
@Injectable()
export class PartnersService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: PartnersRepository,
  ) {}

  async directory(actor: Actor, q: ListQuery<PartnerFilter>): Promise<ListResult<PartnerDto>> {
    const [term] = searchTerms(q.filter.q);
    const rows = await this.repo.directory(this.db.manager, actor.territoryId, { ...q.filter, q: term });
    const items: PartnerDto[] = rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      handledBenefits: r.handled_benefits,
      handlesDescription: r.handles_description,
      sharedGroups: r.shared_groups ?? [],
      referralGraceDays: r.referral_grace_days,
    }));
    if (q.sort.order === 'DESC') items.reverse();
    return new ListResult('partners', items.slice(q.offset, q.offset + q.limit), q.offset, items.length);
  }

  async types(actor: Actor, q: ListQuery<ReferralTypeFilter>): Promise<ListResult<ReferralTypeDto>> {
    const rows = await this.repo.types(this.db.manager, actor.territoryId, q.filter.id);
    if (q.sort.order === 'DESC') rows.reverse();
    return new ListResult('referral-types', rows.slice(q.offset, q.offset + q.limit).map(toTypeDto), q.offset, rows.length);
  }

  async type(actor: Actor, id: string): Promise<ReferralTypeDto> {
    const [row] = await this.repo.types(this.db.manager, actor.territoryId, [id]);
    if (!row) throw new NotFoundError();
    return toTypeDto(row);
  }

  /** Changes what future referrals share; referrals already sent keep the groups they were sent with. */
  async updateType(actor: Actor, id: string, dto: ReferralTypeUpdateDto): Promise<ReferralTypeDto> {
    return this.db.transaction(async (em) => {
      if (!(await this.repo.updateType(em, actor.territoryId, id, dto.label, dto.sharedGroups))) throw new NotFoundError();
      const [row] = await this.repo.types(em, actor.territoryId, [id]);
      return toTypeDto(row);
    });
  }
}

function toTypeDto(r: ReferralTypeRow): ReferralTypeDto {
  return { id: r.id, recipientKind: r.recipient_kind, label: r.label, sharedGroups: r.shared_groups, updatedAt: r.updated_at };
}
