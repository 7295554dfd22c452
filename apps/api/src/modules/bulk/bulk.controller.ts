import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { BulkAssignHouseholdsDto, BulkAssignTasksDto, BulkCloseRightsDto, BulkCreateTasksDto, BulkIdsDto, BulkResultDto } from './bulk.dto';
import { BulkService } from './bulk.service';

@ApiTags('bulk')
@ApiNotFoundResponse({ description: 'Une des lignes est introuvable ou hors de votre organisation : rien n’est fait' })
@Controller()
export class BulkController {
  constructor(private readonly bulk: BulkService) {}

  @Post('tasks/bulk/assign')
  @HttpCode(200)
  @Authorize('outreach.write')
  @ApiOperation({ summary: 'Assigner les tâches choisies à un·e intervenant·e de l’organisation' })
  @ApiOkResponse({ type: BulkResultDto })
  assignTasks(@CurrentActor() actor: Actor, @Body() dto: BulkAssignTasksDto) {
    return this.bulk.assignTasks(actor, dto);
  }

  @Post('tasks/bulk/complete')
  @HttpCode(200)
  @Authorize('outreach.write')
  @ApiOperation({ summary: 'Marquer faites les tâches choisies (les tâches closes sont laissées)' })
  @ApiOkResponse({ type: BulkResultDto })
  completeTasks(@CurrentActor() actor: Actor, @Body() dto: BulkIdsDto) {
    return this.bulk.completeTasks(actor, dto);
  }

  @Post('households/bulk/assign')
  @HttpCode(200)
  @Authorize('household.write')
  @ApiOperation({ summary: 'Confier les foyers choisis à un·e référent·e de l’organisation' })
  @ApiOkResponse({ type: BulkResultDto })
  assignHouseholds(@CurrentActor() actor: Actor, @Body() dto: BulkAssignHouseholdsDto) {
    return this.bulk.assignHouseholds(actor, dto);
  }

  @Post('households/bulk/tasks')
  @HttpCode(200)
  @Authorize('outreach.write')
  @ApiOperation({ summary: 'Créer une tâche pour chacun des foyers choisis (sauf refus de la personne)' })
  @ApiOkResponse({ type: BulkResultDto })
  householdTasks(@CurrentActor() actor: Actor, @Body() dto: BulkCreateTasksDto) {
    return this.bulk.householdTasks(actor, dto);
  }

  @Post('detected-rights/bulk/tasks')
  @HttpCode(200)
  @Authorize('outreach.write')
  @ApiOperation({ summary: 'Créer une tâche liée à chacun des droits choisis (sauf refus de la personne)' })
  @ApiOkResponse({ type: BulkResultDto })
  rightTasks(@CurrentActor() actor: Actor, @Body() dto: BulkCreateTasksDto) {
    return this.bulk.rightTasks(actor, dto);
  }

  @Post('detected-rights/bulk/close')
  @HttpCode(200)
  @Authorize('outreach.write')
  @ApiOperation({ summary: 'Clore les droits choisis : « détecté » → écarté (motif), plus loin → abandonné ; la note va dans leur historique' })
  @ApiOkResponse({ type: BulkResultDto })
  closeRights(@CurrentActor() actor: Actor, @Body() dto: BulkCloseRightsDto) {
    return this.bulk.closeRights(actor, dto);
  }
}
