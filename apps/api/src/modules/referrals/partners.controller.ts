import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { PartnerDto, ReferralTypeDto, ReferralTypeUpdateDto } from './dto/referral.dto';
import { PARTNER_LIST, PartnersService, REFERRAL_TYPE_LIST } from './partners.service';

@ApiTags('partners')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller()
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get('partners')
  @Authorize('organisation.read')
  @ApiOperation({ summary: 'Annuaire des partenaires du territoire : ce que chaque organisation instruit, ce qu’une orientation lui partage' })
  @ApiListQuery(PARTNER_LIST, { name: 'Partner', filterExample: '{"benefit":"prime_activite"}' })
  @ApiOkResponse({ type: [PartnerDto] })
  directory(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.partners.directory(actor, parseListQuery(query, PARTNER_LIST));
  }

  @Get('referral-types')
  @Authorize('organisation.read')
  @ApiOperation({ summary: 'Types d’orientation du territoire : données partagées selon le type de destinataire' })
  @ApiListQuery(REFERRAL_TYPE_LIST, { name: 'ReferralType' })
  @ApiOkResponse({ type: [ReferralTypeDto] })
  types(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.partners.types(actor, parseListQuery(query, REFERRAL_TYPE_LIST));
  }

  @Get('referral-types/:id')
  @Authorize('organisation.read')
  @ApiIdParam()
  @ApiOkResponse({ type: ReferralTypeDto })
  type(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.partners.type(actor, id);
  }

  @Put('referral-types/:id')
  @Authorize('organisation.manage')
  @ApiIdParam()
  @ApiOperation({ summary: 'Administrateur du territoire : changer les données partagées (les orientations déjà envoyées gardent les leurs)' })
  @ApiOkResponse({ type: ReferralTypeDto })
  updateType(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ReferralTypeUpdateDto) {
    return this.partners.updateType(actor, id, dto);
  }
}
