import 'reflect-metadata';
import { createDataSource, loadConfig } from '@parley/core';
import { ensureDatabase } from './ensure-database.js';

/** `npm run db:migrate`: creates the database if needed and applies every pending migration. */
const { DATABASE_URL } = loadConfig();
await ensureDatabase(DATABASE_URL);
const ds = createDataSource(DATABASE_URL);
await ds.initialize();
const applied = await ds.runMigrations({ transaction: 'each' });
console.log(applied.length ? `applied ${applied.map((m) => m.name).join(', ')}` : 'database schema is up to date');
await ds.destroy();
