// Lints virtual files with the workspace's ESLint configuration, for tools/lint-rules.spec.ts (jest's VM
// cannot load the ES-module config). Reads [{ filePath, code }] as JSON on stdin, prints one array of
// "ruleId: message" strings per file.
//
// Only the two import rules run, and without type information: a virtual file is in no tsconfig program,
// and the type-aware rules have nothing to say about imports. Everything else is the real configuration.
import { ESLint } from 'eslint';
import { text } from 'node:stream/consumers';

const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === '@nx/enforce-module-boundaries' || ruleId === 'no-restricted-imports',
});
const fixtures = JSON.parse(await text(process.stdin));
const results = [];
for (const { filePath, code } of fixtures) {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  results.push(result.messages.map((m) => `${m.ruleId}: ${m.message}`));
}
process.stdout.write(JSON.stringify(results));
