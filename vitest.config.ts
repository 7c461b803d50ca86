import { defineConfig } from 'vitest/config';

export default defineConfig({
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
