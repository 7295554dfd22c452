import { Body, Controller, Delete, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { csvLine, REPORT_HEADER } from '@recours/imports';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam, UuidParam } from '../../common/http/id-param';
import { ValidationFailedError } from '../../common/errors/domain-errors';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import {
  ImportDto,
  ImportFieldDto,
  ImportMappingDto,
  ImportPresetCreateDto,
  ImportPresetDto,
  ImportPreviewDto,
  ImportReviewDecisionDto,
  ImportReviewDto,
  ImportStartDto,
  ImportSummaryDto,
} from './dto/import.dto';
import { IMPORT_LIST, ImportsService } from './imports.service';

@ApiTags('imports')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @Authorize('household.write')
  @ApiOperation({ summary: 'Téléverser un fichier partenaire (CSV UTF-8 ou Windows-1252, « ; » ou « , », ou XLSX), corps brut application/octet-stream' })
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'fileName', required: true, type: 'string', description: 'Nom du fichier téléversé', example: 'locataires-2026.csv' })
  @ApiCreatedResponse({ type: ImportDto })
  @ApiPayloadTooLargeResponse({ description: 'Fichier au-delà de IMPORT_MAX_MEGABYTES' })
  @ApiUnprocessableEntityResponse({ description: 'Fichier illisible : binaire, une seule colonne, en-tête absent ou en double' })
  upload(@CurrentActor() actor: Actor, @Query('fileName') fileName: string | undefined, @Req() req: FastifyRequest) {
    if (!fileName || fileName.trim() === '') throw new ValidationFailedError([{ field: 'fileName', message: 'est obligatoire' }]);
    if (!(req.body instanceof Readable)) throw new ValidationFailedError([{ field: 'file', message: 'fichier attendu (application/octet-stream)' }]);
    return this.imports.upload(actor, fileName.trim(), req.body);
  }

  @Get()
  @Authorize('household.read')
  @ApiListQuery(IMPORT_LIST, { name: 'Import' })
  @ApiOkResponse({ type: [ImportDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.imports.list(actor, parseListQuery(query, IMPORT_LIST));
  }

  @Get('fields')
  @Authorize('session.self')
  @ApiOperation({ summary: 'Champs que la correspondance peut remplir (aucune donnée personnelle)' })
  @ApiOkResponse({ type: [ImportFieldDto] })
  fields() {
    return this.imports.fields();
  }

  @Get('presets')
  @Authorize('household.read')
  @ApiOkResponse({ type: [ImportPresetDto] })
  presets(@CurrentActor() actor: Actor) {
    return this.imports.presets(actor);
  }

  @Post('presets')
  @Authorize('household.write')
  @ApiOperation({ summary: 'Enregistrer (ou remplacer, même nom) une correspondance de colonnes pour l’organisation' })
  @ApiCreatedResponse({ type: ImportPresetDto })
  savePreset(@CurrentActor() actor: Actor, @Body() dto: ImportPresetCreateDto) {
    return this.imports.savePreset(actor, dto.name, dto.mapping);
  }

  @Delete('presets/:id')
  @Authorize('household.write')
  @ApiIdParam()
  @HttpCode(204)
  @ApiNoContentResponse()
  async deletePreset(@CurrentActor() actor: Actor, @IdParam() id: string) {
    await this.imports.deletePreset(actor, id);
  }

  @Get(':id')
  @Authorize('household.read')
  @ApiIdParam()
  @ApiOperation({ summary: 'État et progression de l’import, avec les 100 premières erreurs' })
  @ApiOkResponse({ type: ImportDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.imports.get(actor, id);
  }

  @Post(':id/preview')
  @Authorize('household.read')
  @ApiIdParam()
  @HttpCode(200)
  @ApiOperation({ summary: 'Essai à blanc : premières lignes telles qu’elles seront lues et erreurs trouvées, sans rien écrire' })
  @ApiOkResponse({ type: ImportPreviewDto })
  @ApiUnprocessableEntityResponse({ description: 'Correspondance incomplète (champ obligatoire, colonne absente)' })
  preview(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ImportMappingDto) {
    return this.imports.preview(actor, id, dto.mapping);
  }

  @Post(':id/start')
  @Authorize('household.write')
  @ApiIdParam()
  @HttpCode(200)
  @ApiOperation({ summary: 'Lancer l’import avec cette correspondance (traité par le worker)' })
  @ApiOkResponse({ type: ImportDto })
  @ApiConflictResponse({ description: 'Import déjà lancé (réponse : currentStatus)' })
  start(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ImportStartDto) {
    return this.imports.start(actor, id, dto.mapping, dto.presetName);
  }

  @Get(':id/report')
  @Authorize('household.read')
  @ApiIdParam()
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Rapport ligne à ligne (CSV « ; », UTF-8 avec BOM) : ligne, champ, valeur lue, erreur' })
  @ApiOkResponse({ schema: { type: 'string' } })
  async report(@CurrentActor() actor: Actor, @IdParam() id: string, @Res() reply: FastifyReply) {
    const pages = this.imports.report(actor, id);
    const first = await pages.next(); // checks access (404) before any byte is sent
    async function* lines() {
      yield '\ufeff' + csvLine([...REPORT_HEADER]);
      for (let page = first; !page.done; page = await pages.next()) {
        for (const e of page.value) yield csvLine([e.line, e.field, e.value, e.message]);
      }
    }
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="rapport-import-${id}.csv"`)
      .send(Readable.from(lines()));
  }

  @Get(':id/summary')
  @Authorize('household.read')
  @ApiIdParam()
  @ApiOperation({ summary: 'Synthèse de la détection : foyers examinés, avec au moins un droit probable, € par an par prestation' })
  @ApiOkResponse({ type: ImportSummaryDto })
  summary(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.imports.summary(actor, id);
  }

  @Get(':id/reviews')
  @Authorize('household.read')
  @ApiIdParam()
  @ApiOperation({ summary: 'Lignes à examiner : personne ressemblante trouvée (similarité des noms)' })
  @ApiOkResponse({ type: [ImportReviewDto] })
  reviews(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.imports.reviews(actor, id);
  }

  @Post(':id/reviews/:reviewId')
  @Authorize('household.write')
  @ApiIdParam()
  @ApiParam({ name: 'reviewId', format: 'uuid' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Décider : fusion dans le foyer proposé, ou nouveau foyer' })
  @ApiOkResponse({ type: ImportReviewDto })
  @ApiConflictResponse({ description: 'Déjà décidée (réponse : currentStatus)' })
  decide(@CurrentActor() actor: Actor, @IdParam() id: string, @UuidParam('reviewId') reviewId: string, @Body() dto: ImportReviewDecisionDto) {
    return this.imports.decide(actor, id, reviewId, dto.decision);
  }
}
