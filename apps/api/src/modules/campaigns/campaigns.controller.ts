import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { CAMPAIGN_HOUSEHOLD_LIST } from './campaign-households.repository';
import { CampaignCreateDto, CampaignDto, CampaignFunnelDto, CampaignHouseholdDto, CampaignPreviewDto, CampaignPreviewResultDto, CampaignUpdateDto } from './campaign.dto';
import { ApiExport } from '../exports/api-export';
import { parseExportQuery } from '../exports/export-query';
import { sendExport } from '../exports/send-export';
import { CAMPAIGN_LIST, CampaignsService } from './campaigns.service';

@ApiTags('campaigns')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @Authorize('campaign.read')
  @ApiListQuery(CAMPAIGN_LIST, { name: 'Campaign', filterExample: '{"status":"en_cours"}' })
  @ApiOkResponse({ type: [CampaignDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.campaigns.list(actor, parseListQuery(query, CAMPAIGN_LIST));
  }

  @Post('preview')
  @HttpCode(200)
  @Authorize('campaign.read')
  @ApiOperation({ summary: 'Taille de la cohorte et montant annuel en jeu, foyers exclus pour refus' })
  @ApiOkResponse({ type: CampaignPreviewResultDto })
  preview(@CurrentActor() actor: Actor, @Body() dto: CampaignPreviewDto) {
    return this.campaigns.preview(actor, dto.filters, dto.controlShare ?? 0);
  }

  @Get('export')
  @Authorize('campaign.read')
  @ApiExport('Campagnes de la liste (mêmes filtres, même tri, même périmètre), en CSV ou XLSX', CAMPAIGN_LIST, 'Campaign')
  export(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    return sendExport(reply, this.campaigns.export(actor, parseExportQuery(query, CAMPAIGN_LIST)));
  }

  @Get(':id')
  @Authorize('campaign.read')
  @ApiIdParam()
  @ApiOkResponse({ type: CampaignDto, description: 'Avec la progression { targetCount, tasksCreated, status } (à interroger pendant le lancement)' })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.campaigns.get(actor, id);
  }

  @Get(':id/funnel')
  @Authorize('campaign.read')
  @ApiIdParam()
  @ApiOkResponse({ type: CampaignFunnelDto })
  funnel(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.campaigns.funnel(actor, id);
  }

  @Get(':id/households')
  @Authorize('campaign.read')
  @ApiIdParam()
  @ApiOperation({ summary: 'Foyers ciblés par la campagne, avec leur tâche et l’état des droits visés' })
  @ApiListQuery(CAMPAIGN_HOUSEHOLD_LIST, { name: 'CampaignHousehold', filterExample: '{"control":false}' })
  @ApiOkResponse({ type: [CampaignHouseholdDto] })
  households(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: Record<string, unknown>) {
    return this.campaigns.households(actor, id, parseListQuery(query, CAMPAIGN_HOUSEHOLD_LIST));
  }

  @Post()
  @Authorize('campaign.write')
  @ApiCreatedResponse({ type: CampaignDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CampaignCreateDto) {
    return this.campaigns.create(actor, dto);
  }

  @Put(':id')
  @Authorize('campaign.write')
  @ApiIdParam()
  @ApiOkResponse({ type: CampaignDto })
  @ApiConflictResponse({ description: 'Campagne déjà lancée' })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: CampaignUpdateDto) {
    return this.campaigns.update(actor, id, dto);
  }

  @Post(':id/launch')
  @HttpCode(202)
  @Authorize('campaign.write')
  @ApiIdParam()
  @ApiOperation({ summary: 'Lancer : brouillon → en_cours ; le worker crée une tâche de contact par foyer' })
  @ApiAcceptedResponse({ type: CampaignDto })
  @ApiConflictResponse({ description: 'Campagne déjà lancée (currentStatus)' })
  launch(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.campaigns.launch(actor, id);
  }
}
