// Writes the pushed runner image into the action's default image reference:
//   node scripts/release/pin-image.ts NAME TAG DIGEST [FILE]
// FILE is src/container/published-image.ts unless given (the tests pin a copy). Run `npm run bundle` afterwards so
// that dist/ carries the pin.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [name, tag, digest, file = join(import.meta.dirname, '../../src/container/published-image.ts')] = process.argv.slice(2);
if (!name || !tag || !digest) {
  console.error('usage: pin-image.ts NAME TAG DIGEST [FILE]');
  process.exit(2);
}
const problems = [
  !/^[a-z0-9][a-z0-9._\-/:]*[a-z0-9]$/.test(name) && `name ${name} is not an image name`,
  !/^[\w][\w.-]{0,127}$/.test(tag) && `tag ${tag} is not an image tag`,
  !/^sha256:[0-9a-f]{64}$/.test(digest) && `digest ${digest} is not sha256:<64 hex>`,
].filter(Boolean);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(2);
}
const source = readFileSync(file, 'utf8');
const pinned = source
  .replace(/^(\s*name: )'[^']*',$/m, `$1'${name}',`)
  .replace(/^(\s*tag: )'[^']*',$/m, `$1'${tag}',`)
  .replace(/^(\s*digest: )(?:'[^']*'|null)( as string \| null)?,$/m, `$1'${digest}' as string | null,`);
if (!pinned.includes(`'${digest}'`) || !pinned.includes(`'${name}'`) || !pinned.includes(`'${tag}'`)) {
  console.error(`${file} does not have the expected name, tag and digest fields`);
  process.exit(1);
}
writeFileSync(file, pinned);
console.log(`pinned ${name}:${tag}@${digest} in ${file}`);
