import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';

export class TerritoryDto extends createZodDto(z.object({ id: z.guid(), code: z.string().meta({ example: '23' }), name: z.string() })) {}
