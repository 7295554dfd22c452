// Reads the reference cases kept in the repository (libs/rights/test-data/rights-cases, copied
// from the shared reference set; see its README) for the tests and the mismatch tool; file I/O, so
// kept out of the engine (which never imports it).
import * as fs from 'fs';
import * as path from 'path';
import type { ReferenceCase } from './reference-match';

/** The in-repository copy of the reference cases. */
export const REFERENCE_CASES_DIR = path.resolve(__dirname, '..', 'test-data', 'rights-cases');

/**
 * Every `cases-*.json` file of `dir`, each with its cases. Throws when the directory is missing,
 * holds no case file or a file holds no case: a missing fixture fails the specs, it never skips them.
 */
export function loadReferenceCases(dir = REFERENCE_CASES_DIR): { file: string; cases: ReferenceCase[] }[] {
  if (!fs.existsSync(dir)) throw new Error(`Reference cases not found: ${dir} (see libs/rights/test-data/rights-cases/README.md)`);
  const files = fs.readdirSync(dir).filter((f) => /^cases-.*\.json$/.test(f)).sort();
  if (files.length === 0) throw new Error(`No cases-*.json file in ${dir}`);
  return files.map((file) => {
    const cases = (JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { cases?: ReferenceCase[] }).cases;
    if (!Array.isArray(cases) || cases.length === 0) throw new Error(`${file} holds no case`);
    return { file, cases };
  });
}
