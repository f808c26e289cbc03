import { describe, expect, it } from '@jest/globals';
import { WebhookPayloadError } from '../mapper.types.js';
import { mapMessengerWebhook } from './messenger.mapper.js';

const PAGE = '104823458934776';
const PSID = '7064853926613482';

/** A Messenger webhook around `items`, for the kinds the fixture set does not cover. */
const page = (...items: unknown[]) => ({
  object: 'page',
  entry: [{ id: PAGE, time: 1747391500000, messaging: items }] as unknown[],
});
const from = (extra: object) => ({ sender: { id: PSID }, recipient: { id: PAGE }, timestamp: 1747391500123, ...extra });

describe('mapMessengerWebhook: other documented kinds', () => {
  const one = (item: object) => mapMessengerWebhook(page(from(item)));
  const base = { channel: 'messenger', timestamp: 1747391500123, contactPlatformId: PSID };

  it('drops NUL characters, which PostgreSQL cannot store, instead of failing the event', () => {
    const event = one({ message: { mid: 'm_nul', text: 'order\u0000 #12' } }).events[0].event;
    expect(event).toMatchObject({ type: 'message', platformMessageId: 'm_nul', text: 'order #12' });
    expect(one({ message: { mid: 'm_only_nul', text: '\u0000', attachments: [{ type: 'image', payload: { url: 'https://cdn.example/a.jpg' } }] } }).events[0].event)
      .not.toHaveProperty('text');
  });

  it('maps a delivery without mids and a read watermark', () => {
    expect(one({ delivery: { watermark: 1747391400000 } }).events[0].event).toEqual({
      type: 'status', status: 'delivered', ...base, watermark: 1747391400000,
    });
    expect(one({ read: { watermark: 1747391450000 } }).events[0].event).toEqual({
      type: 'status', status: 'read', ...base, watermark: 1747391450000,
    });
  });

  it('maps react and unreact (no emoji means removed)', () => {
    const react = one({ reaction: { mid: 'm_1', action: 'react', emoji: '❤️', reaction: 'love' } });
    expect(react.events[0].event).toEqual({ type: 'reaction', ...base, platformMessageId: 'm_1', emoji: '❤️' });
    const unreact = one({ reaction: { mid: 'm_1', action: 'unreact' } });
    expect(unreact.events[0].event).toEqual({ type: 'reaction', ...base, platformMessageId: 'm_1' });
  });

  it('maps an edit', () => {
    expect(one({ message_edit: { mid: 'm_2', text: 'Córdoba, not Cordova 🙏', num_edit: 1 } }).events[0].event).toEqual({
      type: 'edit', ...base, platformMessageId: 'm_2', text: 'Córdoba, not Cordova 🙏',
    });
  });

  it('maps every attachment kind, reply_to.mid and coordinates', () => {
    const attachments = [
      { type: 'audio', payload: { url: 'https://cdn/a.mp4' } },
      { type: 'video', payload: { url: 'https://cdn/v.mp4' } },
      { type: 'file', payload: { url: 'https://cdn/f.pdf' } },
      { type: 'sticker', payload: { url: 'https://cdn/s.png', sticker_id: 369239263222822 } },
      { type: 'image', payload: { url: 'https://cdn/like.png', sticker_id: 369239263222822 } },
      { type: 'location', title: 'Pinned', payload: { coordinates: { lat: -31.4167, long: -64.1833 } } },
      { type: 'fallback', payload: { url: 'https://example.com', title: 'Example' } },
      { type: 'template', payload: { template_type: 'generic' } },
    ];
    const result = one({ message: { mid: 'm_3', attachments, reply_to: { mid: 'm_0' } } });
    expect(result.errors).toEqual([]);
    expect(result.events[0].event).toEqual({
      type: 'message', channel: 'messenger', timestamp: 1747391500123, contact: { platformId: PSID },
      platformMessageId: 'm_3', replyToPlatformId: 'm_0',
      attachments: [
        { type: 'audio', url: 'https://cdn/a.mp4' },
        { type: 'video', url: 'https://cdn/v.mp4' },
        { type: 'file', url: 'https://cdn/f.pdf' },
        { type: 'sticker', url: 'https://cdn/s.png' },
        { type: 'sticker', url: 'https://cdn/like.png' },
        { type: 'location', latitude: -31.4167, longitude: -64.1833, title: 'Pinned' },
        { type: 'fallback', url: 'https://example.com', title: 'Example' },
        { type: 'fallback' },
      ],
    });
  });

  it('maps standby events like messaging events, flagged as standby (another app controls the thread)', () => {
    const body = { object: 'page', entry: [{ id: PAGE, time: 1, standby: [from({ message: { mid: 'm_4', text: 'hi' } })], messaging: [from({ message: { mid: 'm_5', text: 'us' } })] }] };
    const { events, errors } = mapMessengerWebhook(body);
    expect(errors).toEqual([]);
    expect(events.map((e) => e.event)).toEqual([
      expect.objectContaining({ type: 'message', platformMessageId: 'm_5', text: 'us' }),
      expect.objectContaining({ type: 'message', platformMessageId: 'm_4', text: 'hi', standby: true }),
    ]);
    expect(events[0].event).not.toHaveProperty('standby');
  });

  it('rejects one event with a timestamp after the year 9999 or a 10,000-character id, keeping the rest', () => {
    const result = mapMessengerWebhook(page(
      from({ message: { mid: 'm_ok', text: 'fine' } }),
      { ...from({ message: { mid: 'm_far', text: 'far' } }), timestamp: Date.UTC(10000, 0, 1) },
      from({ message: { mid: 'x'.repeat(10_000), text: 'long' } }),
    ));
    expect(result.events.map((e) => e.event)).toEqual([expect.objectContaining({ platformMessageId: 'm_ok' })]);
    expect(result.errors).toEqual([
      { index: 'entry[0].messaging[1]', reason: 'timestamp is after the year 9999' },
      { index: 'entry[0].messaging[2]', reason: 'an id is 10000 characters long (at most 1000)' },
    ]);
  });

  it('reports referral, optin and unknown kinds as unsupported instead of throwing', () => {
    const result = mapMessengerWebhook(page(from({ referral: { ref: 'ad' } }), from({ optin: {} }), from({})));
    expect(result.events).toEqual([]);
    expect(result.errors).toEqual([
      { index: 'entry[0].messaging[0]', reason: 'unsupported event kind: referral' },
      { index: 'entry[0].messaging[1]', reason: 'unsupported event kind: optin' },
      { index: 'entry[0].messaging[2]', reason: 'unsupported event kind: empty' },
    ]);
  });
});

describe('mapMessengerWebhook: malformed input', () => {
  it('maps the rest of a batch when one event (or entry) is malformed', () => {
    const body = page(
      from({ message: { mid: 'm_a', text: 'first' } }),
      from({ message: { text: 'no mid' } }),
      { recipient: { id: PAGE }, timestamp: 1, message: { mid: 'm_x', text: 'no sender' } },
      'not an object',
      from({ message: { mid: 'm_b' } }),
      from({ message: { mid: 'm_c', text: 'last' } }),
    );
    body.entry.push({ id: '', time: 1, messaging: [] }, { id: PAGE, time: 1, messaging: 'nope' });
    const result = mapMessengerWebhook(body);
    expect(result.events.map((e) => e.event.type === 'message' && e.event.text)).toEqual(['first', 'last']);
    expect(result.errors).toEqual([
      { index: 'entry[0].messaging[1]', reason: 'message.mid is missing or not a string' },
      { index: 'entry[0].messaging[2]', reason: 'sender is missing or not an object' },
      { index: 'entry[0].messaging[3]', reason: 'event is missing or not an object' },
      { index: 'entry[0].messaging[4]', reason: 'message has neither text nor attachments' },
      { index: 'entry[1]', reason: 'entry is not an object with an id' },
      { index: 'entry[2].messaging', reason: 'messaging is not an array' },
    ]);
  });

  it('refuses attachment URLs that are not http(s), keeping the rest of the batch', () => {
    const body = page(
      from({ message: { mid: 'm_js', attachments: [{ type: 'file', payload: { url: 'javascript:alert(document.cookie)' } }] } }),
      from({ message: { mid: 'm_data', attachments: [{ type: 'image', payload: { url: 'data:text/html;base64,PHNjcmlwdD4=' } }] } }),
      from({ message: { mid: 'm_story', text: 'nice', reply_to: { story: { id: 's1', url: 'file:///etc/passwd' } } } }),
      from({ message: { mid: 'm_ok', attachments: [{ type: 'image', payload: { url: 'https://cdn.example/a.jpg' } }] } }),
    );
    const result = mapMessengerWebhook(body);
    expect(result.events.map((e) => e.event.type === 'message' && e.event.platformMessageId)).toEqual(['m_ok']);
    expect(result.errors).toEqual([
      { index: 'entry[0].messaging[0]', reason: 'message.attachments[0].payload.url must be an http(s) URL, not javascript:' },
      { index: 'entry[0].messaging[1]', reason: 'message.attachments[0].payload.url must be an http(s) URL, not data:' },
      { index: 'entry[0].messaging[2]', reason: 'message.reply_to.story.url must be an http(s) URL, not file:' },
    ]);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'page'],
    ['another object', { object: 'instagram', entry: [] }],
    ['no entry array', { object: 'page', entry: {} }],
  ])('throws WebhookPayloadError for %s', (_label, body) => {
    expect(() => mapMessengerWebhook(body)).toThrow(WebhookPayloadError);
  });
});
