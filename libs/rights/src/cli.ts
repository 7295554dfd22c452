// CLI: `npm run --silent rights -- evaluate FILE.json` reads an array of reference-case inputs (or
// {cases:[{input}]}) and prints, for each, the nine outputs in euros. Invalid inputs are reported
// per household with the path and the reason in French.
import * as fs from 'fs';
import { householdFromReference, ValidationError } from './adapters/reference-case';
import { toReferenceOutputs } from './cli-output';
import { evaluateHousehold } from './evaluate';
import { formatStep } from './explanations-fr';

function usage(): never {
  return fail('usage: rights evaluate FICHIER.json [--explain]');
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** The file's JSON, or exit 2 with what went wrong and what is expected. */
function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return fail(`rights: impossible de lire ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    return fail(`rights: ${file} n'est pas du JSON valide (${(err as Error).message}) ; attendu : un tableau d'entrées de cas de référence`);
  }
}

function main(argv: string[]): number {
  const [command, file, ...rest] = argv;
  if (command !== 'evaluate' || !file) usage();
  const explain = rest.includes('--explain');
  const raw = readJson(file);
  const inputs: unknown[] = Array.isArray(raw)
    ? raw
    : Array.isArray((raw as { cases?: unknown[] }).cases)
      ? (raw as { cases: { input: unknown }[] }).cases.map((c) => c.input)
      : [raw];
  let failures = 0;
  const out = inputs.map((input, i) => {
    try {
      const e = evaluateHousehold(householdFromReference(input, i));
      return explain ? { ...toReferenceOutputs(e), explanations: explanationsOf(e) } : toReferenceOutputs(e);
    } catch (err) {
      failures++;
      const id = (input as { id?: unknown } | null)?.id ?? String(i);
      if (err instanceof ValidationError) return { id, erreurs: err.issues.map((x) => `${x.path}: ${x.message}`) };
      return { id, erreurs: [(err as Error).message] };
    }
  });
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return failures > 0 ? 1 : 0;
}

function explanationsOf(e: ReturnType<typeof evaluateHousehold>) {
  const list = [e.rsa, e.primeActivite, e.aideLogement, e.chequeEnergie, e.css, e.allocationsFamiliales, e.asf, e.complementFamilial, e.aah, e.aspa];
  return Object.fromEntries(list.map((r) => [r.benefit, { etapes: r.steps.map(formatStep), parametres: r.parameters, avertissements: r.warnings }]));
}

process.exitCode = main(process.argv.slice(2));
