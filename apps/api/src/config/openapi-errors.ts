// What every error answers (common/errors/exception.filter.ts), written into the OpenAPI document once
// rather than on each route: the body of every 4xx/5xx, and the 400 of every route that reads input.
import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

export const ERROR_SCHEMA = 'ErrorDto';

const errorSchema = {
  type: 'object',
  required: ['statusCode', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    message: { type: 'string', example: 'Requête invalide' },
    errors: {
      type: 'array',
      description: 'Un message par champ refusé (premier contrôle en échec)',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string', example: 'members[0].birthDate' }, message: { type: 'string' } },
      },
    },
  },
  // A conflict also says the current state (`currentStatus`…).
  additionalProperties: true,
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Adds the error body to every 4xx/5xx response that has none, and a 400 to every route that takes a
 * body or query parameters: the input guard, the body pipe and the list parser all answer 400 with
 * the refused fields.
 */
export function documentErrors(doc: OpenAPIObject): OpenAPIObject {
  doc.components = { ...doc.components, schemas: { ...doc.components?.schemas, [ERROR_SCHEMA]: errorSchema } };
  const content = { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA}` } } };
  for (const item of Object.values(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method] as OperationObject | undefined;
      if (!op) continue;
      const takesInput = op.requestBody !== undefined || (op.parameters ?? []).some((p) => 'in' in p && p.in === 'query');
      if (takesInput && !op.responses['400']) {
        op.responses['400'] = { description: 'Requête invalide : les champs refusés et pourquoi (errors)' };
      }
      for (const [status, response] of Object.entries(op.responses)) {
        const r = response as ResponseObject;
        if (Number(status) >= 400 && !r.content) r.content = content;
      }
    }
  }
  return doc;
}
