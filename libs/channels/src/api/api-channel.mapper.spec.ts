import { describe, expect, it } from '@jest/globals';
import { ApiChannelPayloadError } from './api-channel.types.js';
import { mapApiWebhook } from './api-channel.mapper.js';

const NOW = 1_750_000_000_000;
const options = { accountId: 'inbox_api_1', now: () => NOW };

/** Runs the mapper and returns the problems it reports (or [] when it accepts the body). */
function problemsOf(body: unknown): string[] {
  try {
    mapApiWebhook(body, options);
    return [];
  } catch (error: unknown) {
    if (error instanceof ApiChannelPayloadError) return error.problems;
    throw error;
  }
}

describe('mapApiWebhook', () => {
  it('maps a full message, with an ISO timestamp, to one incoming message', () => {
    const body = {
      contact: { id: 'tg:99', name: 'Zoë Ørsted', avatarUrl: 'https://cdn.example.com/zoe.png' },
      message: {
        id: 'tg-msg-1', text: '¿Dónde está mi pedido? 🚚', timestamp: '2025-06-15T10:30:00.000Z',
        attachments: [{ type: 'image', url: 'https://cdn.example.com/p.jpg', mime: 'image/jpeg', size: 2048, name: 'p.jpg', caption: 'foto' }],
      },
    };
    expect(mapApiWebhook(body, options)).toEqual({
      errors: [],
      events: [{
        accountId: 'inbox_api_1',
        event: {
          type: 'message', channel: 'api', timestamp: Date.parse('2025-06-15T10:30:00.000Z'), platformMessageId: 'tg-msg-1',
          contact: { platformId: 'tg:99', name: 'Zoë Ørsted', avatarUrl: 'https://cdn.example.com/zoe.png' },
          text: '¿Dónde está mi pedido? 🚚',
          attachments: [{ type: 'image', url: 'https://cdn.example.com/p.jpg', mime: 'image/jpeg', size: 2048, name: 'p.jpg', caption: 'foto' }],
        },
      }],
    });
  });

  it('accepts epoch ms and defaults a missing timestamp to now', () => {
    const withMs = mapApiWebhook({ contact: { id: 'c' }, message: { id: 'm', text: 'hi', timestamp: 1749416900123 } }, options);
    expect(withMs.events[0].event.timestamp).toBe(1749416900123);
    const without = mapApiWebhook({ contact: { id: 'c' }, message: { id: 'm', text: 'hi' } }, options);
    expect(without.events[0]).toEqual({
      accountId: 'inbox_api_1',
      event: { type: 'message', channel: 'api', timestamp: NOW, platformMessageId: 'm', contact: { platformId: 'c' }, text: 'hi', attachments: [] },
    });
  });

  it('lists every problem at once', () => {
    expect(problemsOf({
      contact: { name: 42, avatar_url: 'x' },
      message: { text: '  ', timestamp: 1749416900, attachments: [{ type: 'pdf', url: 'ftp://x', size: -1 }, 'x'] },
      extra: true,
    })).toEqual([
      'extra is not a known field',
      'contact.avatar_url is not a known field',
      'contact.id is required and must be a non-empty string',
      'contact.name must be a string',
      'message.id is required and must be a non-empty string',
      'message.attachments[0].type must be one of image, audio, video, file, sticker',
      'message.attachments[0].url is required and must be an http(s) URL',
      'message.attachments[0].size must be a non-negative integer (bytes)',
      'message.attachments[1] must be an object',
      'message.timestamp looks like epoch seconds; send epoch milliseconds',
    ]);
  });

  it.each([
    [null, ['body must be a JSON object']],
    [[], ['body must be a JSON object']],
    [{}, ['contact is required and must be an object', 'message is required and must be an object']],
    [{ contact: { id: 'c' }, message: { id: 'm' } }, ['message.text or message.attachments is required']],
    [{ contact: { id: 'c' }, message: { id: 'm', text: 'x', timestamp: 'yesterday' } },
      ['message.timestamp must be an ISO 8601 date-time string or epoch milliseconds']],
    [{ contact: { id: 'c', avatarUrl: 'javascript:alert(1)' }, message: { id: 'm', attachments: 'x' } },
      ['contact.avatarUrl must be an http(s) URL', 'message.attachments must be an array', 'message.text or message.attachments is required']],
    [{ contact: { id: 'c' }, message: { id: 'm', text: 'x', timestamp: 253_402_300_800_000 } }, ['message.timestamp is after the year 9999']],
    [{ contact: { id: 'c' }, message: { id: 'm', text: 'x', timestamp: 8.64e15 } }, ['message.timestamp is after the year 9999']],
    [{ contact: { id: 'c', avatarUrl: 'https://x.test/a\u0000.png' }, message: { id: 'm', attachments: [{ type: 'image', url: 'https://x.test/\u0000' }] } },
      ['contact.avatarUrl must not contain NUL characters (\\u0000)', 'message.attachments[0].url must not contain NUL characters (\\u0000)']],
  ])('rejects %j', (body, problems) => {
    expect(problemsOf(body)).toEqual(problems);
  });

  it('names the problems in the error message too', () => {
    expect(() => mapApiWebhook({ contact: { id: 'c' }, message: { text: 'hi' } })).toThrow(
      'Invalid API channel payload: message.id is required and must be a non-empty string',
    );
  });
});
