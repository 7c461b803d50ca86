// Writes the pushed runner image into the action's default image reference:
//   node scripts/release/pin-image.ts NAME TAG DIGEST [FILE]
// FILE is src/container/published-image.json unless given (the tests pin a copy). Run `npm run bundle` afterwards
// so that dist/ carries the pin.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [name, tag, digest, file = join(import.meta.dirname, '../../src/container/published-image.json')] =
  process.argv.slice(2);
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
writeFileSync(file, `${JSON.stringify({ name, tag, digest }, null, 2)}\n`);
console.log(`pinned ${name}:${tag}@${digest} in ${file}`);
