// Integration tests talk to the database in DATABASE_URL: `npm run test:integration` provides a
// fresh embedded one when it is unset, CI a fresh database on its PostgreSQL service.
if (!process.env.DATABASE_URL) {
  throw new Error("Integration tests need DATABASE_URL; run them with `npm run test:integration`.");
}
