import { Body, Controller, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { TaskCreateDto, TaskDto, TaskUpdateDto } from './task.dto';
import { ApiExport } from '../exports/api-export';
import { parseExportQuery } from '../exports/export-query';
import { sendExport } from '../exports/send-export';
import { TASK_LIST, TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @Authorize('outreach.read')
  @ApiListQuery(TASK_LIST, { name: 'Task', filterExample: '{"assigneeId":"…","status":["a_faire","en_cours"],"due":"overdue"}' })
  @ApiOkResponse({ type: [TaskDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.tasks.list(actor, parseListQuery(query, TASK_LIST));
  }

  @Get('export')
  @Authorize('outreach.read')
  @ApiExport('Tâches de la liste (mêmes filtres, même tri, même périmètre), en CSV ou XLSX', TASK_LIST, 'Task')
  export(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    return sendExport(reply, this.tasks.export(actor, parseExportQuery(query, TASK_LIST)));
  }

  @Get(':id')
  @Authorize('outreach.read')
  @ApiIdParam()
  @ApiOkResponse({ type: TaskDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.tasks.get(actor, id);
  }

  @Post()
  @Authorize('outreach.write')
  @ApiOperation({ summary: 'Créer une tâche (refusée tant que la personne refuse d’être sollicitée)' })
  @ApiCreatedResponse({ type: TaskDto })
  @ApiUnprocessableEntityResponse({ description: 'Refus de la personne en cours pour ce foyer, avec sa date de fin (délibération CNIL 2022-101)' })
  create(@CurrentActor() actor: Actor, @Body() dto: TaskCreateDto) {
    return this.tasks.create(actor, dto);
  }

  @Put(':id')
  @Authorize('outreach.write')
  @ApiIdParam()
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ description: 'Changement de statut non permis par le cycle de vie des tâches (réponse : currentStatus)' })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: TaskUpdateDto) {
    return this.tasks.update(actor, id, dto);
  }
}
