import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
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
  @ApiOkResponse({
    schema: {
      example: {
        tasks: [{ id: '…', title: 'Appeler', dueOn: '2026-03-01', priority: 'haute', status: 'a_faire', householdId: '…', householdReference: 'HH-2026-00001' }],
        households: [{ householdId: '…', reference: 'HH-2026-00001', applicantName: 'Hélène DUPRÉ', communeName: 'Guéret', expectedAnnualGainCents: 374400,
          openRights: [{ id: '…', benefit: 'rsa', estimatedAmountCents: 31200, amountPeriod: 'mensuel', confidence: 'haute', status: 'detecte' }] }],
      },
    },
  })
  get(@CurrentActor() actor: Actor) {
    return this.myDay.get(actor);
  }
}
