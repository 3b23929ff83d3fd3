// npm test: every check, in order: types, API tests on PGlite, the same on a throw-away PostgreSQL 15,
// the production build, the contract's quick test commands against it, two instances sharing one
// PostgreSQL, and the browser tests.
// Set SKIP_POSTGRES=1 or SKIP_E2E=1 to leave a stage out locally (CI runs everything).
import { spawnSync } from 'node:child_process';

type Stage = { name: string; command: string[]; skip?: boolean };

const stages: Stage[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'api tests (PGlite)', command: ['npx', 'vitest', 'run'] },
  { name: 'api tests (PostgreSQL 15)', command: ['node', 'scripts/with-postgres.ts', 'npx', 'vitest', 'run'], skip: process.env.SKIP_POSTGRES === '1' },
  { name: 'production build', command: ['npx', 'next', 'build'] },
  { name: 'smoke (quick test commands)', command: ['node', 'scripts/smoke.ts'] },
  { name: 'two instances on one PostgreSQL', command: ['node', 'scripts/with-postgres.ts', 'node', 'scripts/two-instances.ts'], skip: process.env.SKIP_POSTGRES === '1' },
  { name: 'browser tests (Playwright, Chromium)', command: ['npx', 'playwright', 'test'], skip: process.env.SKIP_E2E === '1' },
];

let passed = 0;
let failed = 0;
const summary: string[] = [];
for (const stage of stages) {
  if (stage.skip) {
    summary.push(`  skip ${stage.name}`);
    continue;
  }
  console.log(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(stage.command[0]!, stage.command.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed++;
    summary.push(`  ok   ${stage.name} (${seconds} s)`);
  } else {
    failed++;
    summary.push(`  FAIL ${stage.name} (${seconds} s, exit ${result.status ?? result.signal})`);
  }
}
console.log(`\n${summary.join('\n')}`);
console.log(`stages: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
