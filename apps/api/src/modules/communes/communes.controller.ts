import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorize } from '../../common/auth/decorators';
import { CommuneDto, CommuneQueryDto } from './commune.dto';
import { CommunesService } from './communes.service';

@ApiTags('communes')
@Controller('communes')
export class CommunesController {
  constructor(private readonly communes: CommunesService) {}

  @Get()
  @Authorize('session.self')
  @ApiOperation({ summary: 'Communes par nom ou code postal, avec le code INSEE et la zone des aides au logement (données livrées avec Recours)' })
  @ApiOkResponse({ type: [CommuneDto] })
  search(@Query() query: CommuneQueryDto) {
    return this.communes.search(query.q, query.limit);
  }
}
