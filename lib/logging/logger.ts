/**
 * Minimal structured logging to stdout. Messages carry ids, never names, e-mail addresses or
 * answers, so a log line cannot show one trust another trust's data.
 */
type LogFields = Record<string, string | number | boolean | null | undefined>;

export function logInfo(message: string, fields: LogFields = {}): void {
  if (process.env.FAIRBOARD_QUIET_LOGS === '1') return;
  console.log(JSON.stringify({ level: 'info', time: new Date().toISOString(), message, ...fields }));
}

export function logError(message: string, error: unknown, fields: LogFields = {}): void {
  const detail = error instanceof Error ? { error: error.name, detail: error.message } : { detail: String(error) };
  console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), message, ...detail, ...fields }));
}
