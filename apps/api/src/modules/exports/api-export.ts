import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery } from '@nestjs/swagger';
import type { ListSpec } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { EXPORT_FORMATS, CONTENT_TYPES } from './export-writer';

/** OpenAPI of a list's `GET …/export`: the list's filter and sort, the format, a streamed file. */
export function ApiExport<F>(summary: string, spec: ListSpec<F>, name: string) {
  return applyDecorators(
    ApiOperation({
      summary,
      description:
        'Toutes les lignes qui correspondent aux filtres, lues par lots et envoyées au fil de l’eau (jamais coupées à une page). En-têtes en français, libellés plutôt que codes, heures de Paris ; une cellule commençant par = + - @, une tabulation ou un retour chariot est précédée d’une apostrophe. Un événement « Export » du journal nomme les foyers exportés.',
    }),
    ApiQuery({ name: 'format', required: false, enum: [...EXPORT_FORMATS], description: 'csv (« ; », UTF-8 avec BOM) ou xlsx ; csv par défaut' }),
    ApiListQuery(spec, { name, range: false, filterDescription: 'ceux de la liste (mêmes noms, même périmètre)' }),
    ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx),
    ApiOkResponse({ description: 'Le fichier (Content-Disposition: attachment)', schema: { type: 'string', format: 'binary' } }),
  );
}
