import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { ListResult } from './list-query';

/** Lets list controllers return a ListResult: the body becomes the array, the total goes in Content-Range. */
@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof ListResult)) return value;
        const reply = context.switchToHttp().getResponse<FastifyReply>();
        void reply.header('Content-Range', value.contentRange());
        return value.items;
      }),
    );
  }
}
