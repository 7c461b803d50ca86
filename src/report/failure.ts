// Turns what Codex said when it failed into advice a user can act on.
const HINTS: [RegExp, string][] = [
  [
    /Missing environment variable/i,
    'No API key reached Codex: set the api-key input (or VEGA_CODEX_API_KEY for the CLI).',
  ],
  [
    /\b401\b|Unauthorized|Incorrect API key|invalid_api_key/i,
    'The model endpoint rejected the API key: check api-key, and that a scan-scoped proxy token is valid for base-url.',
  ],
  [
    /\b400\b|invalid_request_error|Bad Request/i,
    'The model endpoint rejected the request: ' +
      'check that base-url is an OpenAI-compatible Responses API root and that it serves the model.',
  ],
  [/\b403\b|Forbidden/i, 'The model endpoint refused the request: check that the key may use this model and endpoint.'],
  [
    /\b429\b|Too Many Requests|rate limit|Quota exceeded/i,
    'The model endpoint is rate limiting or out of quota: retry later, or raise the limit on the proxy or account.',
  ],
  [
    /context window|context_length/i,
    'The review did not fit the model context: narrow it with path, include or exclude.',
  ],
  [
    new RegExp(
      'Connection failed|error sending request|connection refused|ECONNREFUSED|' +
        'ENOTFOUND|EAI_AGAIN|dns error|Name or service not known',
      'i',
    ),
    'Codex could not connect to base-url: ' +
      'check the URL and that the runner can reach it (proxy variables HTTPS_PROXY/NO_PROXY).',
  ],
  [
    /idle timeout|stream disconnected|stream closed before/i,
    'The model stream stopped before the answer was complete: the endpoint or a proxy dropped or stalled it. ' +
      'Retry, or raise stream-idle-timeout-seconds.',
  ],
  [
    /\b5\d\d\b|high demand|server error|Internal Server Error/i,
    'The model endpoint returned server errors: retry later or check the proxy logs for the request.',
  ],
  [
    /not valid JSON|Failed to read output schema/i,
    'Codex could not read the output schema: this is a bug in the action, please report it.',
  ],
];

export function hintFor(message: string): string | undefined {
  return HINTS.find(([re]) => re.test(message))?.[1];
}
