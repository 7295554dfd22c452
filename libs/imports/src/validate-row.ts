// One record of the file → one validated row, or every error it has (line, field, value, reason).
import type { Activity, HousingAidZone, HousingStatus, HousingType, IncomeKind } from '@recours/domain';
import { ImportFileError, type RowError } from './errors';
import {
  ACTIVITY_SYNONYMS,
  FIELD_INFO,
  HOUSING_STATUS_SYNONYMS,
  HOUSING_TYPE_SYNONYMS,
  IMPORT_FIELDS,
  INCOME_KIND_SYNONYMS,
  type FieldMapping,
  type ImportField,
} from './fields';
import type { SourceRecord } from './read-rows';
import { parseChoice, parseDate, parseEmail, parseEuros, parseFrenchCode, parseName, parsePhone, parseText, type Parsed } from './values';

export interface ImportedRow {
  line: number;
  partnerReference: string | null;
  lastName: string;
  firstName: string;
  birthDate: string | null;
  phone: string | null;
  email: string | null;
  activity: Activity | null;
  address: string | null;
  postcode: string | null;
  communeName: string | null;
  communeInsee: string | null;
  housingStatus: HousingStatus | null;
  housingType: HousingType | null;
  monthlyRentCents: number | null;
  housingAidZone: HousingAidZone | null;
  monthlyIncomeCents: number | null;
  incomeKind: IncomeKind | null;
}

export type RowResult = { row: ImportedRow; errors?: undefined } | { row?: undefined; errors: RowError[] };

/** Column index of each mapped field, checked against the header once for the whole file. */
export type ColumnIndex = Partial<Record<ImportField, number>>;

export function resolveMapping(header: readonly string[], mapping: FieldMapping): ColumnIndex {
  const index: ColumnIndex = {};
  const missing: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === undefined || column === '') {
      if (FIELD_INFO[field].required) missing.push(`${field} (obligatoire, aucune colonne choisie)`);
      continue;
    }
    const at = header.indexOf(column);
    if (at < 0) missing.push(`${field} (colonne « ${column} » absente du fichier)`);
    else index[field] = at;
  }
  if (missing.length) throw new ImportFileError(`Correspondance des colonnes incomplète : ${missing.join(', ')}.`);
  return index;
}

const POSTCODE = /^\d{5}$/;
const INSEE = /^\d[\dAB]\d{3}$/;

/** `today` ('YYYY-MM-DD') bounds birth dates. */
export function validateRecord(record: SourceRecord, header: readonly string[], columns: ColumnIndex, today: string): RowResult {
  if (record.unreadable !== undefined) return { errors: [{ line: record.line, field: null, value: null, message: record.unreadable }] };
  const { line, cells } = record;
  if (cells.length !== header.length) {
    return { errors: [{ line, field: null, value: null, message: `${cells.length} colonne(s) au lieu de ${header.length}` }] };
  }
  const errors: RowError[] = [];
  const read = <T>(field: ImportField, parser: (text: string) => Parsed<T>): T | null => {
    const at = columns[field];
    const text = at === undefined ? '' : (cells[at] ?? '').trim();
    if (text === '') {
      if (FIELD_INFO[field].required) errors.push({ line, field, value: null, message: 'est obligatoire' });
      return null;
    }
    const parsed = parser(text);
    if (parsed.ok) return parsed.value;
    errors.push({ line, field, value: text, message: parsed.reason });
    return null;
  };
  const row = {
    line,
    partnerReference: read('reference_partenaire', (t) => parseText(t, 64)),
    lastName: read('nom', (t) => parseName(t)),
    firstName: read('prenom', (t) => parseName(t)),
    birthDate: read('date_naissance', (t) => parseDate(t, today)),
    phone: read('telephone', parsePhone),
    email: read('email', parseEmail),
    activity: read('activite', (t) => parseChoice(t, ACTIVITY_SYNONYMS, 'salarié, indépendant, chômeur, étudiant, retraité, inactif')),
    address: read('adresse', (t) => parseText(t, 300)),
    postcode: read('code_postal', (t) => parseFrenchCode(t, POSTCODE, 'un code postal à 5 chiffres')),
    communeName: read('commune', (t) => parseText(t, 200)),
    communeInsee: read('commune_insee', (t) => parseFrenchCode(t, INSEE, 'un code INSEE de commune')),
    housingStatus: read('statut_logement', (t) => parseChoice(t, HOUSING_STATUS_SYNONYMS, 'locataire, propriétaire, hébergé, sans domicile')),
    housingType: read('type_logement', (t) => parseChoice(t, HOUSING_TYPE_SYNONYMS, 'vide, meublé, HLM, foyer')),
    monthlyRentCents: read('loyer', (t) => parseEuros(t, 100_000)),
    housingAidZone: read('zone_apl', parseZone),
    monthlyIncomeCents: read('revenu_mensuel', (t) => parseEuros(t, 1_000_000)),
    incomeKind: read('type_revenu', (t) => parseChoice(t, INCOME_KIND_SYNONYMS, 'salaire, chômage, retraite, pension alimentaire, indemnités, autre')),
  };
  if (errors.length) return { errors };
  return { row: row as ImportedRow };
}

function parseZone(text: string): Parsed<HousingAidZone> {
  const zone = { '1': 1, '2': 2, '3': 3, i: 1, ii: 2, iii: 3 }[text.trim().toLowerCase()] as HousingAidZone | undefined;
  return zone ? { ok: true, value: zone } : { ok: false, reason: "n'est pas une zone APL (1, 2 ou 3)" };
}
