import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { sendExport } from '../exports/send-export';
import { EvaluationExportService } from './evaluation-export.service';
import { STATS_FILTER_DOC, STATS_QUERY } from './stats-filter';

@ApiTags('stats')
@Controller('stats')
export class EvaluationExportController {
  constructor(private readonly evaluation: EvaluationExportService) {}

  @Get('evaluation-export')
  @Authorize('stats.read')
  @ApiOperation({
    summary: 'Export d’évaluation (CSV) : indicateurs par territoire × mois × prestation, anonymisés',
    description:
      'Pour le comité d’évaluation. Trois lignes d’en-tête (contenu, règle du secret statistique, empilement) puis une ligne par territoire × mois × prestation — toutes les prestations et tous les mois de la période, mêmes colonnes pour tous les territoires. Aucune donnée personnelle. Secret statistique : toute case comptant moins de 5 foyers vaut « < 5 », comme les montants et délais calculés sur moins de 5 foyers. Colonnes : foyers détectés (première détection dans le mois) puis confirmés, joints, informés, demande déposée, accordés, refusés, refus de la personne ; foyers avec un droit ouvert (accord dans le mois) et euros par an ; foyers avec une demande déposée dans le mois, délai médian et 80e centile détection → dépôt ; foyers contactés au sujet de la prestation et joints. Périmètre : responsable, son organisation ; administrateur·rice (coordination), le territoire. Définitions : docs/indicateurs.md. L’export est journalisé.',
  })
  @ApiProduces('text/csv')
  @ApiListQuery(STATS_QUERY, { ...STATS_FILTER_DOC, filterExample: '{"from":"2026-01-01","to":"2026-06-30"}' })
  @ApiOkResponse({ description: 'Le fichier CSV (« ; », UTF-8 avec BOM)', schema: { type: 'string', format: 'binary' } })
  export(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    return sendExport(reply, this.evaluation.file(actor, parseListQuery(query, STATS_QUERY).filter));
  }
}
