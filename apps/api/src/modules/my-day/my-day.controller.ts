import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { MyDayDto } from './my-day.dto';
import { MyDayService } from './my-day.service';

@ApiTags('my-day')
@Controller('my-day')
export class MyDayController {
  constructor(private readonly myDay: MyDayService) {}

  @Get()
  @Authorize('outreach.read')
  @ApiOperation({
    summary: 'Ma journée : mes tâches en retard et du jour, puis mes foyers classés par gain attendu',
    description: 'Gain attendu = somme, sur les droits ouverts, du montant annuel × poids de confiance (haute 1, moyenne 0,6, faible 0,3). 20 foyers au plus.',
  })
  @ApiOkResponse({ type: MyDayDto })
  get(@CurrentActor() actor: Actor) {
    return this.myDay.get(actor);
  }
}
