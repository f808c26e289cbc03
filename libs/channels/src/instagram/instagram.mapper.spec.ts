import { describe, expect, it } from '@jest/globals';
import { fixtureJson } from '../testing/fixture.loader.js';
import { WebhookPayloadError } from '../mapper.types.js';
import { mapInstagramWebhook } from './instagram.mapper.js';

const ACCOUNT = '17841405822304914';
const IGSID = '6473920185527431';
const mid = (n: string) => `aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDA1ODIyMzA0OTE0OjM0MDI4MjM2Njg0NDQ1NzY1OTYwMDMzNzYwMDI4NzQ5NjA2MzQ1NjYz${n}`;
const ig = (...items: object[]) => ({ object: 'instagram', entry: [{ id: ACCOUNT, time: 1747392200000, messaging: items }] });
const from = (extra: object) => ({ sender: { id: IGSID }, recipient: { id: ACCOUNT }, timestamp: 1747392200111, ...extra });

describe('mapInstagramWebhook: fixtures', () => {
  it('maps a text message', () => {
    expect(mapInstagramWebhook(fixtureJson('instagram-text.json'))).toEqual({
      errors: [],
      events: [{
        accountId: ACCOUNT,
        event: {
          type: 'message', channel: 'instagram', timestamp: 1747392010213, contact: { platformId: IGSID },
          platformMessageId: mid('NzU5MgZDZD'), text: 'hi! do you ship to Canada?', attachments: [],
        },
      }],
    });
  });

  it('maps the story reply sample as a reply to that story, not a mention', () => {
    const [mapped] = mapInstagramWebhook(fixtureJson('instagram-story-reply.json')).events;
    expect(mapped).toEqual({
      accountId: ACCOUNT,
      event: {
        type: 'message', channel: 'instagram', timestamp: 1747392200655, contact: { platformId: IGSID },
        platformMessageId: mid('OTgwMgZDZD'), text: 'Is this jacket still available in M?', replyToPlatformId: '17990432167054999',
        attachments: [{
          type: 'story_reply', storyId: '17990432167054999', title: 'Replied to your story',
          url: 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17990432167054999&signature=AbxQ3k9r_7Z2mY5uW8pLq1sT4vN6bC0eD3fG5hJ7kL9m',
        }],
      },
    });
  });

  it('maps a story mention with its expiring CDN url', () => {
    const [mapped] = mapInstagramWebhook(fixtureJson('instagram-story-mention.json')).events;
    expect(mapped).toEqual({
      accountId: ACCOUNT,
      event: {
        type: 'message', channel: 'instagram', timestamp: 1747392100655, contact: { platformId: IGSID },
        platformMessageId: mid('OTgwMQZDZD'),
        attachments: [{
          type: 'story_mention',
          url: 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17990432167054321&signature=AbxQ3k9r_7Z2mY5uW8pLq1sT4vN6bC0eD3fG5hJ7kL9mN1pQ3rS5tU7vW9xY1zA3bC5dE7fG9hI1jK3lM5nO7pQ9rS',
        }],
      },
    });
  });

  it('maps an echo to the customer, who is the recipient', () => {
    const [mapped] = mapInstagramWebhook(fixtureJson('instagram-echo.json')).events;
    expect(mapped.event).toEqual({
      type: 'echo', channel: 'instagram', timestamp: 1747392060544, contact: { platformId: IGSID },
      platformMessageId: mid('ODEyNAZDZD'), text: 'Yes! We ship to Canada, 5-7 business days.', attachments: [],
    });
  });

  it('maps an unsend to a delete of the original mid', () => {
    const [mapped] = mapInstagramWebhook(fixtureJson('instagram-unsend.json')).events;
    expect(mapped.event).toEqual({
      type: 'delete', channel: 'instagram', timestamp: 1747392029876, contactPlatformId: IGSID,
      platformMessageId: mid('NzU5MgZDZD'),
    });
  });
});

describe('mapInstagramWebhook: other documented kinds', () => {
  const one = (item: object) => mapInstagramWebhook(ig(from(item))).events[0].event;

  it('maps read {mid} to a read status on that message', () => {
    expect(one({ read: { mid: 'ig_mid_1' } })).toEqual({
      type: 'status', status: 'read', channel: 'instagram', timestamp: 1747392200111, contactPlatformId: IGSID,
      platformMessageIds: ['ig_mid_1'],
    });
  });

  it('maps a story reply as a reply to the story (not a mention), keeping the story id', () => {
    const story = { url: 'https://lookaside.fbsbx.com/story.jpg', id: '18012345678901234' };
    expect(one({ message: { mid: 'ig_mid_2', text: 'Love this 😍', reply_to: { story } } })).toEqual({
      type: 'message', channel: 'instagram', timestamp: 1747392200111, contact: { platformId: IGSID },
      platformMessageId: 'ig_mid_2', text: 'Love this 😍', replyToPlatformId: '18012345678901234',
      attachments: [{ type: 'story_reply', url: 'https://lookaside.fbsbx.com/story.jpg', storyId: '18012345678901234', title: 'Replied to your story' }],
    });
  });

  it('maps shared posts and reels', () => {
    const attachments = [
      { type: 'share', payload: { url: 'https://cdn/post.jpg' } },
      { type: 'ig_reel', payload: { url: 'https://cdn/reel.mp4', title: 'Summer drop ☀️', reel_video_id: '1' } },
      { type: 'reel', payload: { url: 'https://cdn/reel2.mp4' } },
    ];
    expect(one({ message: { mid: 'ig_mid_3', attachments } })).toMatchObject({
      attachments: [
        { type: 'share', url: 'https://cdn/post.jpg' },
        { type: 'reel', url: 'https://cdn/reel.mp4', title: 'Summer drop ☀️' },
        { type: 'reel', url: 'https://cdn/reel2.mp4' },
      ],
    });
  });

  it('keeps an unsupported message visible as a fallback attachment', () => {
    expect(one({ message: { mid: 'ig_mid_4', is_unsupported: true } })).toEqual({
      type: 'message', channel: 'instagram', timestamp: 1747392200111, contact: { platformId: IGSID },
      platformMessageId: 'ig_mid_4',
      attachments: [{ type: 'fallback', title: 'Unsupported message: open the native app to see it.' }],
    });
  });

  it('maps reactions on Instagram too', () => {
    expect(one({ reaction: { mid: 'ig_mid_5', action: 'react', reaction: 'love', emoji: '❤' } })).toMatchObject({
      type: 'reaction', platformMessageId: 'ig_mid_5', emoji: '❤',
    });
  });

  it('rejects a Messenger body and reports comment changes as unsupported', () => {
    expect(() => mapInstagramWebhook({ object: 'page', entry: [] })).toThrow(WebhookPayloadError);
    const comments = { object: 'instagram', entry: [{ id: ACCOUNT, time: 1, changes: [{ field: 'comments' }] }] };
    expect(mapInstagramWebhook(comments)).toEqual({
      events: [], errors: [{ index: 'entry[0].changes', reason: 'unsupported event kind: changes' }],
    });
  });
});
