// Fails when src/types/api.gen.ts is not what openapi-typescript generates from ../openapi.yaml today.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/types/api.gen.ts';
const dir = mkdtempSync(join(tmpdir(), 'api-types-'));
const fresh = join(dir, 'api.gen.ts');
try {
  execFileSync('npx', ['--no-install', 'openapi-typescript', '../openapi.yaml', '-o', fresh], { stdio: 'pipe' });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(`${committed} is stale: run 'npm run generate:types' and commit it`);
    process.exit(1);
  }
  console.log(`${committed} matches ../openapi.yaml`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
