// Runs the compiled migration CLI (build first: `npm run build:api`).
await import('../dist/apps/api/apps/api/src/cli/migrate.js');
