import { ORGANISATION_KINDS } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, guid, oneOf, text, timestamp } from '../../../common/http/zod-fields';

const READ_ONLY = ['id', 'territoryId', 'createdAt', 'updatedAt'] as const;

export class CreateOrganisationDto extends createZodDto(
  body({ name: text({ max: 200 }).meta({ example: 'CCAS de Guéret' }), kind: oneOf(ORGANISATION_KINDS) }, READ_ONLY),
) {}

export class UpdateOrganisationDto extends createZodDto(
  body({ name: text({ max: 200 }).optional(), kind: oneOf(ORGANISATION_KINDS).optional() }, READ_ONLY),
) {}

export class OrganisationDto extends createZodDto(
  z.object({ id: guid(), name: z.string(), kind: z.enum(ORGANISATION_KINDS), territoryId: guid(), createdAt: timestamp(), updatedAt: timestamp() }),
) {}
