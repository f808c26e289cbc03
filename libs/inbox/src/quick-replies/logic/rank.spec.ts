import { describe, it, expect } from '@jest/globals';
import { foldForSearch, rankQuickReplies, type QuickReplyCandidate } from './rank.js';

const reply = (id: string, shortcut: string, title: string, body: string, usageCount = 0): QuickReplyCandidate => ({
  id,
  shortcut,
  title,
  body,
  usageCount,
});

const items = [
  reply('1', 'greet', 'Greeting', 'Hello {{contact.first_name}}!', 50),
  reply('2', 'regreet', 'Greeting again', 'Hello again', 5),
  reply('3', 'hours', 'Opening hours', 'We are open 9–17 in Córdoba', 80),
  reply('4', 'ship', 'Shipping to Córdoba', 'Delivery takes 3 days', 10),
  reply('5', 'greetings-es', 'Saludo', 'Hola', 3),
  reply('6', 'bye', 'Farewell', 'Thanks for writing to us', 20),
];
const ids = (list: QuickReplyCandidate[]) => list.map((i) => i.id);

describe('rankQuickReplies', () => {
  it('puts shortcut prefix matches first, then shortcut substrings, then text matches', () => {
    // '5' and '1' start with 'greet'; '2' contains it; nothing else mentions it.
    expect(ids(rankQuickReplies(items, 'greet'))).toEqual(['1', '5', '2']);
  });

  it('puts title matches before body matches', () => {
    expect(ids(rankQuickReplies(items, 'cordoba'))).toEqual(['4', '3']);
  });

  it('ignores case and accents both ways', () => {
    expect(ids(rankQuickReplies(items, 'CÓRDOBA'))).toEqual(['4', '3']);
    expect(ids(rankQuickReplies([reply('x', 'cafe', 'Café', '')], 'CAFÉ'))).toEqual(['x']);
  });

  it('accepts a leading slash as typed in the composer', () => {
    expect(ids(rankQuickReplies(items, '/bye'))).toEqual(['6']);
    expect(ids(rankQuickReplies([reply('x', '/bye', 'Bye', '')], 'by'))).toEqual(['x']);
  });

  it('matches title and body words in any order', () => {
    expect(ids(rankQuickReplies(items, 'hours opening'))).toEqual(['3']);
    expect(ids(rankQuickReplies(items, 'thanks writing'))).toEqual(['6']);
  });

  it('breaks ties by usage, then by shortcut', () => {
    const tied = [reply('a', 'zeta', 'Promo', '', 1), reply('b', 'alpha', 'Promo', '', 1), reply('c', 'mid', 'Promo', '', 9)];
    expect(ids(rankQuickReplies(tied, 'promo'))).toEqual(['c', 'b', 'a']);
  });

  it('returns every item, most used first, for an empty or blank query', () => {
    expect(ids(rankQuickReplies(items, ''))).toEqual(['3', '1', '6', '4', '2', '5']);
    expect(ids(rankQuickReplies(items, '   '))).toEqual(['3', '1', '6', '4', '2', '5']);
  });

  it('returns nothing when nothing matches, and does not reorder its input', () => {
    const input = [...items];
    expect(rankQuickReplies(input, 'zzz')).toEqual([]);
    rankQuickReplies(input, '');
    expect(input).toEqual(items);
  });

  it('keeps the caller’s item type', () => {
    const extended = [{ ...items[0], teamId: 't1' }];
    expect(rankQuickReplies(extended, 'gr')[0].teamId).toBe('t1');
  });
});

describe('foldForSearch', () => {
  it('strips accents and case from Latin, keeps other scripts', () => {
    expect(foldForSearch('Núñez ÀÉÎÕÜ')).toBe('nunez aeiou');
    expect(foldForSearch('Москва 東京')).toBe('москва 東京');
    expect(foldForSearch('がっこう 한국어')).toBe('がっこう 한국어');
  });
});
