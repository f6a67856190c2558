/** Tests may create and drop databases: refuse anything that is not on this machine. */
export function assertLocalDatabaseUrl(url: string): void {
  const { hostname } = new URL(url);
  const local = ['127.0.0.1', 'localhost', '::1', '[::1]', ''];
  if (!local.includes(hostname)) {
    throw new Error(`Refusing to run integration tests against ${hostname}: use a PostgreSQL on this machine.`);
  }
}
