import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from './config.js';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration', () => {
  it('starts on a developer machine with nothing set, from the documented defaults', () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/parley');
    expect(c.PORT).toBe(3000);
    expect(c.PUBLIC_URL).toBe('http://localhost:3000');
    expect(c.COOKIE_SECURE).toBe(false);
    expect(c.OUTBOX_RELAY).toBe(true);
    expect(c.TRUST_PROXY).toBeUndefined();
    expect(c.PARLEY_ADMIN_EMAIL).toBeUndefined();
  });

  it('types what it reads: numbers, switches, proxies, and a public URL that follows the port', () => {
    const c = loadConfig({ PORT: '8080', COOKIE_SECURE: 'true', OUTBOX_RELAY: 'off', TRUST_PROXY: '10.0.0.5, 172.16.0.0/12', INGEST_BATCH: '1', SESSION_TTL_HOURS: '' });
    expect(c).toMatchObject({ PORT: 8080, COOKIE_SECURE: true, OUTBOX_RELAY: false, TRUST_PROXY: ['10.0.0.5', '172.16.0.0/12'], INGEST_BATCH: 1, SESSION_TTL_HOURS: 336 });
    expect(c.PUBLIC_URL).toBe('http://localhost:8080');
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toEqual(['loopback']);
  });

  it('refuses to start on a bad value, naming every variable at fault and what it should be', () => {
    const problems = problemsOf({ PORT: 'eighty', COOKIE_SECURE: 'yes', DB_POOL_SIZE: '0', GRAPH_API_URL: 'ftp://x', TRUST_PROXY: '1' });
    expect(problems).toEqual(expect.arrayContaining([
      'PORT must be a number (got "eighty")',
      expect.stringMatching(/^COOKIE_SECURE must be on or off/),
      'DB_POOL_SIZE must be at least 1 (got "0")',
      expect.stringMatching(/^GRAPH_API_URL must be a URL/),
      expect.stringMatching(/^TRUST_PROXY "1" is not an address, a CIDR or one of loopback, linklocal, uniquelocal/),
    ]));
    expect(problems).toHaveLength(5);
  });

  it('never repeats a secret in its error', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'mysql://root:hunter2@db/parley' });
    expect(problem).toMatch(/^DATABASE_URL must be a URL/);
    expect(problem).not.toContain('hunter2');
  });

  it('.env.example documents every variable the app reads', () => {
    const example = readFileSync(join(process.cwd(), '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(CONFIG_VARIABLES.filter((name) => !documented.has(name))).toEqual([]);
  });
});
