// The runner image published with this version of the action. The release workflow writes the digest it pushed
// (scripts/release/pin-image.ts), so that the default image is pinned by content, not by a tag.
export const PUBLISHED_IMAGE = {
  name: 'ghcr.io/org/vega-codex-runner',
  tag: '0.1.0',
  digest: null as string | null,
};
