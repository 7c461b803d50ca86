import { describe, expect, it } from 'vitest';
import { sanitizeGitConfig } from '../../src/container/git-config.js';

describe("the container's copy of .git/config", () => {
  it('keeps the repository settings and drops what actions/checkout persisted', () => {
    const config = [
      '[core]',
      '\trepositoryformatversion = 0',
      '\tbare = false',
      '[remote "origin"]',
      '\turl = https://github.com/octo-org/shop',
      '[http "https://github.com/"]',
      '\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==',
      '[credential]',
      '\thelper = store',
      '[url "https://x:ghp_token@github.com/"]',
      '\tinsteadOf = https://github.com/',
      '[includeIf "gitdir:/srv/actions-runner/_work/"]',
      '\tpath = /srv/actions-runner/_work/_temp/git-credentials.config',
      '[extensions]',
      '\tworktreeConfig = true',
    ].join('\n');
    const safe = sanitizeGitConfig(config);
    expect(safe).not.toMatch(/extraheader|AUTHORIZATION|ghp_token|credential|includeIf|git-credentials/);
    expect(safe).toContain('repositoryformatversion = 0');
    expect(safe).toContain('url = https://github.com/octo-org/shop');
    expect(safe).toContain('worktreeConfig = true');
  });
});
