import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { ConsentsService, CONSENT_LIST } from './consents.service';
import { ConsentCreateDto, ConsentDto } from './dto/referral.dto';

@ApiTags('consents')
@Controller('consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @Authorize('household.read')
  @ApiOperation({ summary: 'Registre des consentements d’une personne ou d’un foyer, dans l’ordre du registre' })
  @ApiListQuery(CONSENT_LIST, { name: 'Consent', filterExample: '{"personId":"…"}', filterRequired: true })
  @ApiOkResponse({ type: [ConsentDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.consents.list(actor, parseListQuery(query, CONSENT_LIST));
  }

  @Post()
  @Authorize('household.write')
  @ApiOperation({ summary: 'Enregistrer un consentement ou son retrait (nouvelle ligne : l’historique n’est jamais réécrit)' })
  @ApiBody({
    type: ConsentCreateDto,
    examples: {
      partage: { value: { personId: '…', purpose: 'partage_partenaire', recipientOrganisationId: '…', given: true, decidedOn: '2026-05-04', method: 'oral' } },
      retrait: { value: { personId: '…', purpose: 'partage_partenaire', recipientOrganisationId: '…', given: false, decidedOn: '2026-06-01', method: 'ecrit' } },
    },
  })
  @ApiCreatedResponse({ type: ConsentDto })
  create(@CurrentActor() actor: Actor, @Body() dto: ConsentCreateDto) {
    return this.consents.create(actor, dto);
  }
}
