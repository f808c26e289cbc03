import { describe, expect, it } from '@jest/globals';
import { fixtureJson } from '../testing/fixture.loader.js';
import { WebhookPayloadError } from '../mapper.types.js';
import { mapWhatsAppWebhook } from './whatsapp.mapper.js';

const NUMBER_ID = '106540352242922';
const WA_ID = '16505551234';
const SENT_WAMID = 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI2RDlGM0U1RDJCM0JBMUZBNUUA';
const contact = { platformId: WA_ID, name: 'Sheena Nelson' };

/** A one-change webhook carrying `value` fields, for the kinds the fixture set does not cover. */
const wa = (value: object) => ({
  object: 'whatsapp_business_account',
  entry: [{
    id: '102290129340398',
    changes: [{
      field: 'messages',
      value: {
        messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: NUMBER_ID },
        contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: WA_ID }], ...value,
      },
    }],
  }],
});
const msg = (type: string, extra: object) => ({ from: WA_ID, id: 'wamid.X1', timestamp: '1749416900', type, ...extra });

describe('mapWhatsAppWebhook: fixtures', () => {
  it('maps text, naming the contact from value.contacts and converting seconds to ms', () => {
    expect(mapWhatsAppWebhook(fixtureJson('whatsapp-text.json'))).toEqual({
      errors: [],
      events: [{
        accountId: NUMBER_ID,
        event: {
          type: 'message', channel: 'whatsapp', timestamp: 1749416383000, contact,
          platformMessageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
          text: 'Does it come in another color?', attachments: [],
        },
      }],
    });
  });

  it('maps an image with url, mime, caption and sha256', () => {
    const [mapped] = mapWhatsAppWebhook(fixtureJson('whatsapp-image.json')).events;
    expect(mapped.event).toEqual({
      type: 'message', channel: 'whatsapp', timestamp: 1744344496000, contact,
      platformMessageId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      attachments: [{
        type: 'image',
        url: 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1003383421387256&ext=1744344496&hash=ATuSHtE4Nn3w',
        mime: 'image/jpeg', caption: 'Taj Mahal', sha256: 'SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=',
      }],
    });
  });

  it('maps a location with coordinates, name and address', () => {
    const [mapped] = mapWhatsAppWebhook(fixtureJson('whatsapp-location.json')).events;
    expect(mapped.event).toEqual({
      type: 'message', channel: 'whatsapp', timestamp: 1749416611000, contact,
      platformMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUM1RDJGNzA5QjZFMTQ4OEE3MgA=',
      attachments: [{
        type: 'location', latitude: 37.48403, longitude: -122.148096,
        title: 'Philz Coffee', caption: '101 Forest Ave, Palo Alto, CA 94301',
      }],
    });
  });

  it('maps a reaction onto the reacted message', () => {
    expect(mapWhatsAppWebhook(fixtureJson('whatsapp-reaction.json')).events).toEqual([{
      accountId: NUMBER_ID,
      event: {
        type: 'reaction', channel: 'whatsapp', timestamp: 1749416760000, contactPlatformId: WA_ID,
        platformMessageId: SENT_WAMID, emoji: '👍',
      },
    }]);
  });

  it('maps a delivered status', () => {
    expect(mapWhatsAppWebhook(fixtureJson('whatsapp-status-delivered.json'))).toEqual({
      errors: [],
      events: [{
        accountId: NUMBER_ID,
        event: {
          type: 'status', status: 'delivered', channel: 'whatsapp', timestamp: 1749416741000,
          contactPlatformId: WA_ID, platformMessageIds: [SENT_WAMID],
        },
      }],
    });
  });
});

describe('mapWhatsAppWebhook: malformed input', () => {
  it('maps the rest of a batch when one message is malformed', () => {
    const result = mapWhatsAppWebhook(wa({
      messages: [
        msg('text', { id: 'wamid.A', text: { body: 'uno' } }),
        msg('text', { id: 'wamid.B', timestamp: 1749416900.5, text: { body: 'bad time' } }),
        msg('text', { id: 'wamid.C', text: {} }),
        msg('image', { id: 'wamid.D', image: { mime_type: 'image/png' } }),
        msg('order', { id: 'wamid.E', order: {} }),
        msg('text', { id: 'wamid.F', text: { body: 'dos 🎉' } }),
      ],
    }));
    expect(result.events.map((e) => e.event.type === 'message' && e.event.text)).toEqual(['uno', 'dos 🎉']);
    const path = 'entry[0].changes[0].value.messages';
    expect(result.errors).toEqual([
      { index: `${path}[1]`, reason: 'message.timestamp is missing or not epoch seconds' },
      { index: `${path}[2]`, reason: 'text.body is missing' },
      { index: `${path}[3]`, reason: 'image has neither id nor url' },
      { index: `${path}[4]`, reason: 'unsupported event kind: whatsapp message type order' },
    ]);
  });

  it('reports other change fields and a change without phone_number_id', () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [{ id: 'w', changes: [{ field: 'message_template_status_update', value: {} }, { field: 'messages', value: { metadata: {} } }] }],
    };
    expect(mapWhatsAppWebhook(body)).toEqual({
      events: [],
      errors: [
        { index: 'entry[0].changes[0]', reason: 'unsupported event kind: message_template_status_update' },
        { index: 'entry[0].changes[1]', reason: 'value.metadata.phone_number_id is missing' },
      ],
    });
  });

  it('throws WebhookPayloadError for a body that is not a WhatsApp envelope', () => {
    expect(() => mapWhatsAppWebhook({ object: 'page', entry: [] })).toThrow(WebhookPayloadError);
    expect(() => mapWhatsAppWebhook(undefined)).toThrow('webhook body is not a JSON object');
  });
});
