import { describe, expect, it } from '@jest/globals';
import { mapInstagramWebhook } from './instagram/instagram.mapper.js';
import type { MapResult } from './mapper.types.js';
import { mapMessengerWebhook } from './messenger/messenger.mapper.js';
import { signBody, verifyMetaSignature } from './signature.js';
import { fixtureBytes, listContractFixtures, listPayloadFixtures } from './testing/fixture.loader.js';
import { mapWhatsAppWebhook } from './whatsapp/whatsapp.mapper.js';

// Each sample has exact assertions in its mapper's spec; this list fails loudly when a new sample appears without them.
const ASSERTED_IN_MAPPER_SPECS = [
  'instagram-echo.json', 'instagram-story-mention.json', 'instagram-story-reply.json', 'instagram-text.json', 'instagram-unsend.json',
  'messenger-delivery.json', 'messenger-echo.json', 'messenger-image.json', 'messenger-postback.json',
  'messenger-quick-reply.json', 'messenger-standby.json', 'messenger-text.json', 'messenger-two-pages-batch.json',
  'whatsapp-image.json', 'whatsapp-location.json', 'whatsapp-reaction.json', 'whatsapp-status-delivered.json', 'whatsapp-text.json',
];
const ASSERTED_CONTRACTS = [
  'meta-signature-vectors.json', 'meta-verify-handshake.json', 'send-api-examples.json', 'x-crc-and-signature-vectors.json',
];

const MAPPERS: Record<string, (body: unknown) => MapResult> = {
  page: mapMessengerWebhook,
  instagram: mapInstagramWebhook,
  whatsapp_business_account: mapWhatsAppWebhook,
};

describe('every webhook fixture', () => {
  it('has exact assertions in a spec', () => {
    expect(listPayloadFixtures()).toEqual(ASSERTED_IN_MAPPER_SPECS);
    expect(listContractFixtures()).toEqual(ASSERTED_CONTRACTS);
  });

  it.each(listPayloadFixtures())('%s: maps from raw bytes with no errors and at least one event', (name) => {
    const bytes = fixtureBytes(name);
    const body: unknown = JSON.parse(bytes.toString('utf8'));
    const object = (body as { object?: unknown }).object;
    const mapper = typeof object === 'string' ? MAPPERS[object] : undefined;
    expect(mapper).toBeDefined();
    const result = mapper?.(body);
    expect(result?.errors).toEqual([]);
    expect(result?.events.length).toBeGreaterThan(0);
  });

  it.each(listPayloadFixtures())('%s: signature holds over the raw bytes only', (name) => {
    const bytes = fixtureBytes(name);
    const header = signBody(bytes, 'app-secret');
    expect(verifyMetaSignature(bytes, header, 'app-secret')).toBe(true);
    // The samples are pretty-printed: compact re-serialization changes the bytes and must fail.
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(bytes.toString('utf8'))), 'utf8');
    expect(verifyMetaSignature(reserialized, header, 'app-secret')).toBe(false);
  });
});
