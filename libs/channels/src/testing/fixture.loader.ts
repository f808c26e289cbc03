import { readdirSync, readFileSync } from 'node:fs';

// Test-only helper (not exported from index): reads the shared webhook samples as the exact bytes a platform sends.
const FIXTURE_DIR = new URL('../../../../test/fixtures/webhooks/', import.meta.url);

export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(name, FIXTURE_DIR));
}

/** Parses from the raw bytes (as the webhook controller will), never from a pre-decoded string. */
export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureBytes(name).toString('utf8'));
}

/** Every inbound payload sample (top level; `contracts/` holds vectors, not payloads). */
export function listPayloadFixtures(): string[] {
  return readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.json')).sort();
}

export function listContractFixtures(): string[] {
  return readdirSync(new URL('contracts/', FIXTURE_DIR)).filter((name) => name.endsWith('.json')).sort();
}
