import type { ArgumentMetadata } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import { ValidationFailedError, type FieldError } from '../errors/domain-errors';

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    prefix,
  );
}

/**
 * Zod issues as `{ field, message }`: `members[0].birthDate`, one message per field (the first
 * check that failed), one "unknown" entry per unknown key.
 */
export function zodFieldErrors(error: { issues: readonly Issue[] }, prefix = '', unknownMessage = 'champ inconnu'): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const path = fieldPath(prefix, issue.path);
    const entries =
      issue.code === 'unrecognized_keys'
        ? (issue.keys ?? []).map((k) => ({ field: path ? `${path}.${k}` : k, message: unknownMessage }))
        : [{ field: path || 'body', message: issue.message }];
    for (const e of entries) {
      if (seen.has(e.field)) continue;
      seen.add(e.field);
      out.push(e);
    }
  }
  return out;
}

const ZodPipe = createZodValidationPipe({
  createValidationException: (error) => new ValidationFailedError(zodFieldErrors(error as { issues: Issue[] })),
});

/**
 * The global pipe: parses bodies (and any zod DTO parameter) with the DTO's schema, errors as
 * `ValidationFailedError`. Bodies must be JSON objects: an absent body or an array is a 400, not an
 * empty record.
 */
export class ZodBodyPipe extends ZodPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'body' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new ValidationFailedError([{ field: 'body', message: 'un objet JSON est attendu' }]);
    }
    return super.transform(value, metadata);
  }
}
