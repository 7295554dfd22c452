// The lint configuration itself, tested: each module boundary (eslint.config.mjs) must reject an import
// that breaks it, and let the allowed import beside it pass. The fixtures are virtual files (ESLint's
// lintText with a path inside the real project folder), so nothing on disk is linted by `eslint .`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const relativeImport = '@nx/enforce-module-boundaries: Projects cannot be imported by a relative or absolute path';
const restricted = 'no-restricted-imports: ';

/** [file, import line, expected message (a substring) or null when the import is allowed] */
const cases: [string, string, string | null][] = [
  // The engine depends on no other project.
  ['libs/rights/src/lint-fixture.ts', "import { LABELS as x } from '@recours/domain';", 'A project tagged with "deps:none" cannot depend on any libs with tags'],
  ['libs/rights/src/lint-fixture.ts', "import { x } from '../../../apps/api/src/app.factory';", relativeImport],
  ['libs/rights/src/rules/lint-fixture.ts', "import { x } from '../../../detection/src/index';", relativeImport],
  ['libs/rights/src/lint-fixture.ts', "import { x } from './rules/rsa';", null],
  ['libs/rights/src/lint-fixture.spec.ts', "import { generateHouseholds as x } from '../../../bench/rights-households';", null],
  // ...and does no I/O and uses no server package, its reference-case reader excepted.
  ['libs/rights/src/lint-fixture.ts', "import { readFileSync as x } from 'node:fs';", restricted],
  ['libs/rights/src/lint-fixture.ts', "import { Injectable as x } from '@nestjs/common';", restricted],
  ['libs/rights/src/reference-files.ts', "import { readFileSync as x } from 'node:fs';", null],
  // The back office imports no server code.
  ['apps/admin/src/lint-fixture.tsx', "import { JobQueues as x } from '@recours/jobs';", 'A project tagged with "platform:browser" can only depend on libs tagged with "platform:any"'],
  ['apps/admin/src/lint-fixture.tsx', "import { campaignCohortQuery as x } from '@recours/outreach-sql';", 'can only depend on libs tagged with "platform:any"'],
  ['apps/admin/src/pages/lint-fixture.tsx', "import { x } from '../../../api/src/modules/households/household-rules';", relativeImport],
  ['apps/admin/src/lint-fixture.tsx', "import { Queue as x } from 'bullmq';", restricted],
  ['apps/admin/src/lint-fixture.tsx', "import { LABELS as x } from '@recours/domain';", null],
  // The API and the worker never import each other.
  ['apps/api/src/modules/lint-fixture.ts', "import { x } from '../../../worker/src/worker-host';", relativeImport],
  ['apps/api/src/lint-fixture.ts', "import { x } from 'apps/worker/src/worker-host';", relativeImport],
  ['apps/worker/src/processors/lint-fixture.ts', "import { x } from '../../../api/src/modules/tasks/tasks.service';", relativeImport],
  ['apps/api/src/lint-fixture.ts', "import { detectHouseholdJob as x } from '@recours/jobs';", null],
  ['apps/api/src/lint-fixture.ts', "import x from '../../../libs/runtime/src/register-aliases';", null],
  ['apps/worker/src/lint-fixture.ts', "import { campaignCohortQuery as x } from '@recours/outreach-sql';", null],
  // Libraries never import an app, and nothing reaches a folder outside the projects by its path.
  ['libs/detection/src/lint-fixture.ts', "import { x } from '../../../apps/api/src/app.factory';", relativeImport],
  ['apps/worker/src/lint-fixture.ts', "import { x } from '../../../bench/rights-households';", 'External resources cannot be imported using a relative or absolute path'],
  ['libs/detection/src/lint-fixture.ts', "import { evaluateHousehold as x } from '@recours/rights';", null],
  // Shared vocabulary stays usable in the browser; queues and job definitions use BullMQ but no server framework.
  ['libs/domain/src/lint-fixture.ts', "import { JobQueues as x } from '@recours/jobs';", 'A project tagged with "platform:any" can only depend on libs tagged with "platform:any"'],
  ['libs/domain/src/lint-fixture.ts', "import { Entity as x } from 'typeorm';", restricted],
  ['libs/jobs/src/lint-fixture.ts', "import { Injectable as x } from '@nestjs/common';", restricted],
  ['libs/jobs/src/lint-fixture.ts', "import { Pool as x } from 'pg';", restricted],
  ['libs/jobs/src/lint-fixture.ts', "import { Queue as x } from 'bullmq';", null],
  ['libs/detection/src/lint-fixture.ts', "import { Pool as x } from 'pg';", restricted],
];

let results: string[][];

beforeAll(() => {
  const fixtures = cases.map(([file, importLine]) => ({ filePath: path.join(root, file), code: `${importLine}\nexport const used = x;\n` }));
  const output = execFileSync(process.execPath, [path.join(__dirname, 'lint-fixtures.mjs')], {
    cwd: root,
    input: JSON.stringify(fixtures),
    encoding: 'utf8',
  });
  results = JSON.parse(output) as string[][];
});

it.each(cases.map((c, i) => [...c, i] as const))('%s: %s → %s', (_file, _importLine, expected, i) => {
  if (expected === null) {
    expect(results[i]).toEqual([]);
  } else {
    expect(results[i]).toHaveLength(1);
    expect(results[i][0]).toContain(expected);
  }
});
