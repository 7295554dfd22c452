import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidationFailedError, type FieldError } from '../errors/domain-errors';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const path = /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) {
      const message = e.constraints.whitelistValidation
        ? 'champ inconnu'
        : e.constraints.nestedValidation
          ? 'doit être un objet'
          : Object.values(e.constraints)[0];
      out.push({ field: path, message });
    }
    if (e.children?.length) out.push(...flatten(e.children, path));
  }
  return out;
}

export function flattenValidationErrors(errors: ValidationError[]): FieldError[] {
  return flatten(errors);
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // No implicit conversion: "12" is not a number, "true" is not a boolean.
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flattenValidationErrors(errors)),
  });
}
