// OpenAPI of the react-admin list parameters (see list-query.ts). Each is a JSON-encoded string, so it
// is declared with `content: application/json` and the schema of the decoded value: a generated client
// knows the filter's fields and a schema-driven test can build valid (and invalid) lists.
import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiQuery, getSchemaPath } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { z } from 'zod/v4';
import { MAX_OFFSET, MAX_PAGE_SIZE, type ListSpec } from './list-query';

type FilterDto = ReturnType<typeof createZodDto>;
const filterDtos = new Map<string, { filter: unknown; dto: FilterDto }>();

/** The filter's schema as a named component (`<name>ListFilter`), built from the zod filter itself. */
function filterDto(name: string, filter: unknown): FilterDto {
  const known = filterDtos.get(name);
  if (known) {
    if (known.filter !== filter) throw new Error(`Two different list filters named ${name}`);
    return known.dto;
  }
  const dto = createZodDto(filter as z.ZodType);
  Object.defineProperty(dto, 'name', { value: `${name}ListFilter` });
  filterDtos.set(name, { filter, dto });
  return dto;
}

export interface ListQueryDoc {
  /** Names the filter's schema component: `Task` → `TaskListFilter`. */
  name: string;
  filterExample?: string;
  filterDescription?: string;
  filterRequired?: boolean;
  /** false: the route answers the whole list (no `range`). */
  range?: boolean;
  sort?: boolean;
}

/** The example is written as the query string carries it; the media type's example is its decoded value. */
const json = (schema: object, example?: string) => ({
  content: { 'application/json': { schema, ...(example ? { example: JSON.parse(example) as unknown } : {}) } },
});

/** `filter`, `sort` and `range` of a list route, from its ListSpec. */
export function ApiListQuery<F>(spec: ListSpec<F>, doc: ListQueryDoc) {
  const dto = filterDto(doc.name, spec.filter);
  const decorators = [
    ApiExtraModels(dto),
    ApiQuery({
      name: 'filter',
      required: doc.filterRequired ?? false,
      description: `Filtres, en JSON${doc.filterDescription ? ` : ${doc.filterDescription}` : ''}`,
      ...json({ $ref: getSchemaPath(dto) }, doc.filterExample),
    }),
  ];
  const fields = Object.keys(spec.sortable);
  if (doc.sort !== false && fields.length) {
    decorators.push(
      ApiQuery({
        name: 'sort',
        required: false,
        description: `Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi ${fields.join(', ')} (défaut ${JSON.stringify(spec.defaultSort)})`,
        ...json(
          { type: 'array', minItems: 2, maxItems: 2, items: { type: 'string', enum: [...fields, 'ASC', 'DESC'] } },
          JSON.stringify(spec.defaultSort),
        ),
      }),
    );
  }
  if (doc.range !== false) {
    decorators.push(
      ApiQuery({
        name: 'range',
        required: false,
        description: `Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; ${MAX_PAGE_SIZE} lignes au plus par page ; total dans Content-Range`,
        ...json({ type: 'array', minItems: 2, maxItems: 2, items: { type: 'integer', minimum: 0, maximum: MAX_OFFSET } }, '[0,24]'),
      }),
    );
  }
  return applyDecorators(...decorators);
}
