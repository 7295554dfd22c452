import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { inputRejectedBody } from '../http/input-guard';
import { ConflictError, DomainError, type FieldError } from './domain-errors';

interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

const HTTP_MESSAGES: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Authentification requise',
  403: 'Accès refusé',
  404: 'Introuvable ou accès refusé',
  405: 'Méthode non autorisée',
  409: 'Conflit avec l’état actuel',
  413: 'Requête trop volumineuse',
  415: 'Type de contenu non pris en charge (JSON attendu)',
  422: 'Opération impossible',
  429: 'Trop de requêtes',
  500: 'Erreur interne',
  503: 'Service indisponible',
};

/** Maps every error to `{ statusCode, message, errors? }` with a French message. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500 && body.statusCode !== 503) {
      // Log the class and message only: driver errors carry values in `detail`.
      const e = exception as { name?: string; message?: string; code?: string; stack?: string };
      this.logger.error({ err: { type: e?.name, code: e?.code, message: e?.message, stack: e?.stack } }, 'Unhandled error');
    }
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    const rejected = inputRejectedBody(exception);
    if (rejected) return rejected;
    if (exception instanceof DomainError) {
      const body: ErrorBody = { statusCode: exception.status, message: exception.message };
      if (exception.errors.length) body.errors = exception.errors;
      if (exception instanceof ConflictError) Object.assign(body, exception.details, body);
      return body;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      // Terminus answers 503 with its own report: keep it as is.
      if (typeof response === 'object' && response && 'status' in response && 'details' in response) {
        return { statusCode: status, message: HTTP_MESSAGES[status] ?? 'Erreur', ...(response as object) };
      }
      return { statusCode: status, message: HTTP_MESSAGES[status] ?? exception.message };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string }).code;
      if (code === '23505') return { statusCode: 409, message: 'Cet élément existe déjà' };
      if (code === '23503') {
        return { statusCode: 409, message: 'Élément encore utilisé ailleurs : suppression ou modification impossible' };
      }
      if (code === '23514' || code === '22P02' || code === '22007' || code === '22008') {
        return { statusCode: 400, message: 'Données invalides' };
      }
    }
    // Fastify's own errors (malformed JSON, wrong content type, body too large).
    const fastifyError = exception as { statusCode?: number; code?: string };
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode < 500) {
      const status = fastifyError.statusCode;
      const message =
        fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'Corps de requête JSON invalide'
          : (HTTP_MESSAGES[status] ?? 'Requête invalide');
      return { statusCode: status, message };
    }
    return { statusCode: 500, message: HTTP_MESSAGES[500] };
  }
}
