import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { ContactCreateDto, ContactDto } from './contact.dto';
import { ApiExport } from '../exports/api-export';
import { parseExportQuery } from '../exports/export-query';
import { sendExport } from '../exports/send-export';
import { CONTACT_LIST, ContactsService } from './contacts.service';

@ApiTags('contacts')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @Authorize('outreach.read')
  @ApiListQuery(CONTACT_LIST, { name: 'Contact', filterExample: '{"householdId":"…"}' })
  @ApiOkResponse({ type: [ContactDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.contacts.list(actor, parseListQuery(query, CONTACT_LIST));
  }

  @Get('export')
  @Authorize('outreach.read')
  @ApiExport('Contacts de la liste (mêmes filtres, même tri, même périmètre), en CSV ou XLSX', CONTACT_LIST, 'Contact')
  export(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    return sendExport(reply, this.contacts.export(actor, parseExportQuery(query, CONTACT_LIST)));
  }

  @Get(':id')
  @Authorize('outreach.read')
  @ApiIdParam()
  @ApiOkResponse({ type: ContactDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.contacts.get(actor, id);
  }

  @Post()
  @Authorize('outreach.write')
  @ApiOperation({ summary: 'Noter une tentative de contact (et planifier la suivante)' })
  @ApiCreatedResponse({ type: ContactDto })
  @ApiUnprocessableEntityResponse({ description: 'Relance demandée pour un droit sous refus de la personne' })
  create(@CurrentActor() actor: Actor, @Body() dto: ContactCreateDto) {
    return this.contacts.create(actor, dto);
  }
}
