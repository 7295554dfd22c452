import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { STATS_FILTER_DOC, STATS_QUERY } from './stats-filter';
import { CampaignStatsDto, FunnelStatsDto, OutreachStatsDto, ReferralStatsDto, RightsOpenedStatsDto, TimeToRightStatsDto } from './stats.dto';
import { StatsService } from './stats.service';

const SCOPE = 'Responsable : son organisation ; administrateur·rice (coordination territoriale) : tout le territoire. Définitions : docs/indicateurs.md.';
const filterOf = (query: Record<string, unknown>) => parseListQuery(query, STATS_QUERY).filter;

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('funnel')
  @Authorize('stats.read')
  @ApiOperation({ summary: 'Entonnoir par prestation : détectés → confirmés → joints → informés → demande déposée → accordés / refusés / refus de la personne', description: SCOPE })
  @ApiListQuery(STATS_QUERY, STATS_FILTER_DOC)
  @ApiOkResponse({ type: FunnelStatsDto })
  funnel(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.stats.funnel(actor, filterOf(query));
  }

  @Get('rights-opened')
  @Authorize('stats.read')
  @ApiOperation({ summary: 'Droits ouverts et euros par an désormais versés, par prestation, organisation, commune et mois', description: SCOPE })
  @ApiListQuery(STATS_QUERY, STATS_FILTER_DOC)
  @ApiOkResponse({ type: RightsOpenedStatsDto })
  rightsOpened(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.stats.rightsOpened(actor, filterOf(query));
  }

  @Get('time-to-right')
  @Authorize('stats.read')
  @ApiOperation({ summary: 'Délai d’accès au droit : médiane et 80e centile des jours de la détection au dépôt et à l’accord', description: SCOPE })
  @ApiListQuery(STATS_QUERY, STATS_FILTER_DOC)
  @ApiOkResponse({ type: TimeToRightStatsDto })
  timeToRight(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.stats.timeToRight(actor, filterOf(query));
  }

  @Get('outreach')
  @Authorize('stats.read')
  @ApiOperation({ summary: 'Activité d’aller-vers : contacts par canal et résultat, taux de joignabilité, foyers contactés, par intervenant·e', description: SCOPE })
  @ApiListQuery(STATS_QUERY, STATS_FILTER_DOC)
  @ApiOkResponse({ type: OutreachStatsDto })
  outreach(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.stats.outreach(actor, filterOf(query));
  }

  @Get('referrals')
  @Authorize('stats.read')
  @ApiOperation({
    summary: 'Orientations envoyées (par partenaire destinataire) et reçues (par partenaire émetteur) : délais d’accusé de réception et de réponse, dépassements, issues',
    description: SCOPE,
  })
  @ApiListQuery(STATS_QUERY, STATS_FILTER_DOC)
  @ApiOkResponse({ type: ReferralStatsDto })
  referrals(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.stats.referrals(actor, filterOf(query));
  }

  @Get('campaigns')
  @Authorize('stats.read')
  @ApiOperation({ summary: 'Entonnoir de chaque campagne lancée dans la période', description: SCOPE })
  @ApiListQuery(STATS_QUERY, STATS_FILTER_DOC)
  @ApiOkResponse({ type: CampaignStatsDto })
  campaigns(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.stats.campaigns(actor, filterOf(query));
  }
}
