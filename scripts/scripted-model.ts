// Serves the scripted model the tests and the demo use, until stopped: for the self-test workflow, which runs the
// action from this repository against it. Usage: node scripts/scripted-model.ts URL_FILE (token from MODEL_TOKEN).
import { writeFileSync } from 'node:fs';
import { startFakeResponses } from '../test/support/fake-responses.ts';
import { reviewScript } from '../test/support/scripted-review.ts';

const [urlFile] = process.argv.slice(2);
if (!urlFile) {
  console.error('usage: node scripts/scripted-model.ts URL_FILE');
  process.exit(2);
}
// Each scan of the example takes three requests; the script starts over for every scan.
const script = reviewScript();
const server = await startFakeResponses({
  token: process.env.MODEL_TOKEN ?? 'self-test-token',
  expectOutputSchema: true,
  script: (r) => script({ ...r, index: r.index % 3 }),
});
writeFileSync(urlFile, server.url);
console.log(`scripted model at ${server.url}`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
