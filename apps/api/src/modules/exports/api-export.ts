import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery } from '@nestjs/swagger';
import { EXPORT_QUERY_DOC } from './export-query';
import { CONTENT_TYPES } from './export-writer';

/** OpenAPI of a list's `GET …/export`: a streamed file with every matching row. */
export function ApiExport(summary: string) {
  return applyDecorators(
    ApiOperation({
      summary,
      description:
        'Toutes les lignes qui correspondent aux filtres, lues par lots et envoyées au fil de l’eau (jamais coupées à une page). En-têtes en français, libellés plutôt que codes, heures de Paris ; une cellule commençant par = + - @, une tabulation ou un retour chariot est précédée d’une apostrophe. Un événement « Export » du journal nomme les foyers exportés.',
    }),
    ...EXPORT_QUERY_DOC.map((q) => ApiQuery({ ...q, enum: 'enum' in q ? [...q.enum] : undefined })),
    ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx),
    ApiOkResponse({ description: 'Le fichier (Content-Disposition: attachment)', schema: { type: 'string', format: 'binary' } }),
  );
}
