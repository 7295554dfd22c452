import { Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { NotFoundError } from '../errors/domain-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id cannot exist: answer 404 like any other unknown id. */
class UuidOr404Pipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundError();
    return value.toLowerCase();
  }
}

export const IdParam = (): ParameterDecorator => Param('id', new UuidOr404Pipe());
export const ApiIdParam = () => applyDecorators(ApiParam({ name: 'id', format: 'uuid' }));
/** A second id in the path (`/imports/:id/reviews/:reviewId`), with the same 404 for a malformed one. */
export const UuidParam = (name: string): ParameterDecorator => Param(name, new UuidOr404Pipe());
