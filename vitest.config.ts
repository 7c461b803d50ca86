import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * GitHub's workflow parser ships source maps whose sources it does not ship; Vite, which must load it inline, would
 * print a warning for each of its files. Its maps serve no test, so they are left out.
 */
const withoutDependencyMaps: Plugin = {
  name: 'without-dependency-maps',
  enforce: 'pre',
  load(id) {
    if (!id.includes('/node_modules/@actions/workflow-parser/') || !id.endsWith('.js')) return null;
    return { code: readFileSync(id.split('?')[0]!, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/gm, ''), map: null };
  },
};

export default defineConfig({
  plugins: [withoutDependencyMaps],
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Two cores: end-to-end tests start real codex processes; more workers only queue up.
    maxWorkers: 2,
    testTimeout: 60_000,
    // GitHub's workflow parser imports JSON without import attributes; let Vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    hookTimeout: 60_000,
  },
});
