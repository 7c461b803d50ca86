/** A problem with how the action was configured: the message says what to change. Exits 1 without a stack trace. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
