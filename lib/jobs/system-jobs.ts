// The one door from scripts/ (CLIs, the bench, the start script) to the database. Scripts run outside
// a request, as the system, so they get `withSystem` and the process's shutdown; only lib/ reaches
// lib/db (dependency-cruiser's `scripts-reach-the-database-through-lib-jobs` rule).
export { withSystem } from '../db/with-tenant';
export { closePrisma as closeDatabase } from '../db/client';
export { EMBEDDED_DATABASE_PORT } from '../db/database-url';
