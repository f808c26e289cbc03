import { describe, expect, it } from '@jest/globals';
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
const one = (message: object) => mapWhatsAppWebhook(wa({ messages: [message] })).events[0].event;
const messageBase = { type: 'message', channel: 'whatsapp', timestamp: 1749416900000, platformMessageId: 'wamid.X1', contact };

describe('mapWhatsAppWebhook: other message types', () => {
  it('stores id-only media as whatsapp-media:<id>, keeping document name and caption', () => {
    const document = { id: '889', mime_type: 'application/pdf', sha256: 'abc=', filename: 'Factura Nº 12.pdf', caption: 'Factura' };
    expect(one(msg('document', { document }))).toEqual({
      ...messageBase,
      attachments: [{
        type: 'file', url: 'whatsapp-media:889', mime: 'application/pdf', caption: 'Factura',
        name: 'Factura Nº 12.pdf', sha256: 'abc=',
      }],
    });
  });

  it.each([
    ['audio', { id: '1', mime_type: 'audio/ogg; codecs=opus', voice: true }, 'audio'],
    ['video', { id: '2', mime_type: 'video/mp4' }, 'video'],
    ['sticker', { id: '3', mime_type: 'image/webp', animated: false }, 'sticker'],
  ])('maps %s media', (type, media, expected) => {
    expect(one(msg(type, { [type]: media }))).toMatchObject({
      attachments: [{ type: expected, url: `whatsapp-media:${media.id}`, mime: media.mime_type }],
    });
  });

  it('refuses media and location URLs that are not http(s)', () => {
    const result = mapWhatsAppWebhook(wa({ messages: [
      msg('image', { id: 'wamid.J', image: { id: '7', url: 'javascript:alert(1)', mime_type: 'image/jpeg' } }),
      msg('location', { id: 'wamid.L', location: { latitude: 1, longitude: 2, url: 'data:text/html,x' } }),
      msg('image', { id: 'wamid.OK', image: { id: '8', url: 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=8' } }),
    ] }));
    expect(result.events.map((e) => e.event.type === 'message' && e.event.platformMessageId)).toEqual(['wamid.OK']);
    expect(result.errors.map((e) => e.reason)).toEqual(['image.url must be an http(s) URL, not javascript:', 'location.url must be an http(s) URL, not data:']);
  });

  it('maps shared contact cards', () => {
    const contacts = [{ name: { formatted_name: 'José Núñez' }, phones: [{ phone: '+54 351 555 0101' }, { phone: '+54 9 351 555 0102' }] }];
    expect(one(msg('contacts', { contacts }))).toEqual({
      ...messageBase, attachments: [{ type: 'contacts', title: 'José Núñez', caption: '+54 351 555 0101, +54 9 351 555 0102' }],
    });
  });

  it('maps interactive replies and template buttons to text + payload, with context as reply target', () => {
    const context = { from: '15550783881', id: SENT_WAMID };
    const button = msg('interactive', { context, interactive: { type: 'button_reply', button_reply: { id: 'yes_1', title: 'Sí, gracias' } } });
    expect(one(button)).toEqual({ ...messageBase, text: 'Sí, gracias', payload: 'yes_1', attachments: [], replyToPlatformId: SENT_WAMID });
    const list = msg('interactive', { interactive: { type: 'list_reply', list_reply: { id: 'row_2', title: 'Returns', description: 'x' } } });
    expect(one(list)).toEqual({ ...messageBase, text: 'Returns', payload: 'row_2', attachments: [] });
    expect(one(msg('button', { button: { text: 'Track order', payload: 'TRACK' } }))).toEqual({
      ...messageBase, text: 'Track order', payload: 'TRACK', attachments: [],
    });
  });

  it('maps a removed reaction (no emoji)', () => {
    expect(one(msg('reaction', { reaction: { message_id: SENT_WAMID } }))).toEqual({
      type: 'reaction', channel: 'whatsapp', timestamp: 1749416900000, contactPlatformId: WA_ID, platformMessageId: SENT_WAMID,
    });
  });

  it('keeps an unsupported message visible as a fallback attachment', () => {
    const errors = [{ code: 131051, title: 'Message type unknown', error_data: { details: 'Message type is currently not supported.' } }];
    expect(one(msg('unsupported', { errors }))).toEqual({
      ...messageBase,
      attachments: [{ type: 'fallback', title: 'Unsupported message: open WhatsApp to see it. (Message type is currently not supported.)' }],
    });
  });
});

describe('mapWhatsAppWebhook: statuses', () => {
  const status = (extra: object) => ({ id: SENT_WAMID, timestamp: '1749416800', recipient_id: WA_ID, ...extra });
  const statusBase = { type: 'status', channel: 'whatsapp', timestamp: 1749416800000, contactPlatformId: WA_ID, platformMessageIds: [SENT_WAMID] };

  it('maps sent, read, played (as read) and failed with its first error', () => {
    const errors = [{
      code: 131047, title: 'Re-engagement message', message: 'Re-engagement message',
      error_data: { details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' },
    }];
    const result = mapWhatsAppWebhook(wa({
      statuses: [status({ status: 'sent' }), status({ status: 'read' }), status({ status: 'played' }), status({ status: 'failed', errors })],
    }));
    expect(result.errors).toEqual([]);
    expect(result.events.map((e) => e.event)).toEqual([
      { ...statusBase, status: 'sent' },
      { ...statusBase, status: 'read' },
      { ...statusBase, status: 'read' },
      { ...statusBase, status: 'failed', error: { code: '131047', message: errors[0].error_data.details } },
    ]);
  });

  it('reports an unknown status and keeps the rest', () => {
    const result = mapWhatsAppWebhook(wa({ statuses: [status({ status: 'deleted' }), status({ status: 'delivered' })] }));
    expect(result.events).toHaveLength(1);
    expect(result.errors).toEqual([
      { index: 'entry[0].changes[0].value.statuses[0]', reason: 'unsupported event kind: whatsapp status deleted' },
    ]);
  });
});
