/** The action's version: SARIF semanticVersion, the report, and the runner image tag a release publishes. */
export const ACTION_VERSION = '0.1.0';
/** The Codex CLI release this version of the action is built and tested with. */
export const CODEX_VERSION = '0.169.0';
/** Where users find the action's documentation (SARIF informationUri). */
export const ACTION_HOME = 'https://github.com/org/vega-codex-action';
