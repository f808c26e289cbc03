// Loads the demo data (build first: `npm run build:api`); does nothing when the database has conversations.
await import('../dist/apps/api/apps/api/src/cli/seed.js');
