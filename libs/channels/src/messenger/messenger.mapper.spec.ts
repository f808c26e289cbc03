import { describe, expect, it } from '@jest/globals';
import { fixtureJson } from '../testing/fixture.loader.js';
import { mapMessengerWebhook } from './messenger.mapper.js';

const PAGE = '104823458934776';
const PSID = '7064853926613482';
const ECHO_MID = 'm_Qw8eR5tY2uI9oP6aS3dF0gH7jK4lZ1xC8vB5nM2qW9eR6tY3uI0oP7aS4dF1gH8jK5lZ2xC9vB6nM3qW0eR7tY4uI';

describe('mapMessengerWebhook: fixtures', () => {
  it('maps text with accents and emoji byte-exactly', () => {
    expect(mapMessengerWebhook(fixtureJson('messenger-text.json'))).toEqual({
      errors: [],
      events: [{
        accountId: PAGE,
        event: {
          type: 'message', channel: 'messenger', timestamp: 1747391234567, contact: { platformId: PSID },
          platformMessageId: 'm_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P',
          text: 'Hola, ¿tienen envío a Córdoba? Mi pedido #4821 no llegó 📦', attachments: [],
        },
      }],
    });
  });

  it('maps a batch with entries of two Pages, each event under the Page that it names', () => {
    expect(mapMessengerWebhook(fixtureJson('messenger-two-pages-batch.json'))).toEqual({
      errors: [],
      events: [
        {
          accountId: PAGE,
          event: {
            type: 'message', channel: 'messenger', timestamp: 1747391300567, contact: { platformId: PSID },
            platformMessageId: 'm_2pg_A_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fp', text: '¿Siguen abiertos hoy?', attachments: [],
          },
        },
        {
          accountId: '231857392018465',
          event: {
            type: 'message', channel: 'messenger', timestamp: 1747391300601, contact: { platformId: '5928374650192837' },
            platformMessageId: 'm_2pg_B_Qx7Lm2Pp0ZaT4sYb9KcDfGhJkLmNoPqRsTuVwXyZ0123456789abcdefABCDEF',
            text: 'Bonjour, ma commande est arrivée cassée 😞', attachments: [],
          },
        },
      ],
    });
  });

  it('maps the standby sample (handover protocol) with both events flagged standby, the echo naming its app', () => {
    expect(mapMessengerWebhook(fixtureJson('messenger-standby.json'))).toEqual({
      errors: [],
      events: [
        {
          accountId: PAGE,
          event: {
            type: 'message', channel: 'messenger', timestamp: 1747391400100, contact: { platformId: '7064853926699001' },
            platformMessageId: 'm_standby_1_ZaT4sYb9KcDfGhJkLmNoPqRsTuVwXyZ0123456789abcdefAB', text: 'I want to talk to a human', attachments: [], standby: true,
          },
        },
        {
          accountId: PAGE,
          event: {
            type: 'echo', channel: 'messenger', timestamp: 1747391400300, contact: { platformId: '7064853926699001' },
            platformMessageId: 'm_standby_2_ZaT4sYb9KcDfGhJkLmNoPqRsTuVwXyZ0123456789abcdefAB', text: 'Our bot is on it: what is your order number?',
            attachments: [], appId: '263902037430900', standby: true,
          },
        },
      ],
    });
  });

  it('keeps the quick reply payload', () => {
    const [mapped] = mapMessengerWebhook(fixtureJson('messenger-quick-reply.json')).events;
    expect(mapped.event).toEqual({
      type: 'message', channel: 'messenger', timestamp: 1747391301998, contact: { platformId: PSID },
      platformMessageId: 'm_9jLwQ1cV4tYbE0sHkR2uN7pA3dF6gI8mO5qS1vX4zB7eH0kN3rU6wZ9cF2iL5oR8uX1aD4gJ7mP0sV3yB6eH9kN2',
      text: 'Track my order', attachments: [], payload: 'TRACK_ORDER',
    });
  });

  it('maps an image attachment with its full CDN url', () => {
    const [mapped] = mapMessengerWebhook(fixtureJson('messenger-image.json')).events;
    expect(mapped.event).toEqual({
      type: 'message', channel: 'messenger', timestamp: 1747391410203, contact: { platformId: PSID },
      platformMessageId: 'm_Tk3pXv9Qm2LrB6nC8dW1yE4hJ7aS0fG5kN2qR9tU3xZ6bD8eH1jL4oP7sV0wY3cF6iK9mO2rT5uX8zA1dG4hJ7lN',
      attachments: [{
        type: 'image',
        url: 'https://scontent.xx.fbcdn.net/v/t1.15752-9/495512345_1872345678901234_5123456789012345678_n.jpg?_nc_cat=104&ccb=1-7&_nc_sid=fc17b8&_nc_ohc=kQ3x7Yh2LmQQ7kNvgF&_nc_ad=z-m&_nc_cid=0&_nc_ht=scontent.xx&oh=03_Q7cD1QHq2fA&oe=6850A1B2',
      }],
    });
  });

  it('maps an echo to the customer (recipient), with metadata and app id', () => {
    expect(mapMessengerWebhook(fixtureJson('messenger-echo.json'))).toEqual({
      errors: [],
      events: [{
        accountId: PAGE,
        event: {
          type: 'echo', channel: 'messenger', timestamp: 1747391455011, contact: { platformId: PSID },
          platformMessageId: ECHO_MID, text: 'Thanks! Your order #4821 shipped today, tracking: 1Z999AA10123456784',
          attachments: [], metadata: 'inbox:msg_01HXYZ8K3Q2W', appId: '1517776481860111',
        },
      }],
    });
  });

  it('maps a postback to a message whose text is the button title', () => {
    const [mapped] = mapMessengerWebhook(fixtureJson('messenger-postback.json')).events;
    expect(mapped.event).toEqual({
      type: 'message', channel: 'messenger', timestamp: 1747391520612, contact: { platformId: '6123984402178635' },
      platformMessageId: 'm_Lp4oK7iJ0uH3yG6tF9rD2eS5wA8qZ1xC4vB7nM0kL3jH6gF9dS2aQ5wE8rT1yU4iO7pL0kJ3hG6fD9sA2qW5eR8tY',
      text: 'Talk to a human', attachments: [], payload: 'HANDOFF_TO_AGENT',
    });
  });

  it('maps a delivery with mids and watermark', () => {
    expect(mapMessengerWebhook(fixtureJson('messenger-delivery.json')).events).toEqual([{
      accountId: PAGE,
      event: {
        type: 'status', status: 'delivered', channel: 'messenger', timestamp: 1747391460102, contactPlatformId: PSID,
        platformMessageIds: [ECHO_MID], watermark: 1747391455011,
      },
    }]);
  });
});
