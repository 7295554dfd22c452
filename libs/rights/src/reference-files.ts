// Reads the shared reference cases (../shared/rights-cases/cases-*.json) for the tests and the
// mismatch tool; file I/O, so kept out of the engine (which never imports it).
import * as fs from 'fs';
import * as path from 'path';
import type { ReferenceCase } from './reference-match';

/** The shared cases directory, beside the project's checkout. */
export const REFERENCE_CASES_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'rights-cases');

/** Every `cases-*.json` file of `dir` (none when the directory is missing), each with its cases. */
export function loadReferenceCases(dir = REFERENCE_CASES_DIR): { file: string; cases: ReferenceCase[] }[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((f) => /^cases-.*\.json$/.test(f))
    .sort()
    .map((file) => ({ file, cases: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).cases as ReferenceCase[] }));
}
