// Rewrites terraform/*.tf as `terraform fmt` would, with HashiCorp's formatter; for machines without terraform.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFiles, moduleDir } from './lib/terraform.mjs';

for (const file of await loadFiles()) {
  if (file.formatted !== file.text) {
    writeFileSync(join(moduleDir, file.name), file.formatted);
    console.log(`formatted terraform/${file.name}`);
  }
}
