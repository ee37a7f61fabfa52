/** Where the app's database is: DATABASE_URL, else the embedded demo database's default address. */
export const EMBEDDED_PORT = Number(process.env.SCOUT_EMBEDDED_PORT ?? 54329);
export const EMBEDDED_URL = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres?sslmode=disable`;

export function resolveDatabaseUrl(): string {
  return process.env.DATABASE_URL || EMBEDDED_URL;
}
