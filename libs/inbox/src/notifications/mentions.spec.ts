import { describe, expect, it } from '@jest/globals';
import { findMentions } from './mentions.js';

const users = [
  { id: 'ana', name: 'Ana Pérez' }, { id: 'ana2', name: 'Ana Gómez' }, { id: 'lucia', name: 'Lucía' }, { id: 'bo', name: 'Bo Chen' },
];

describe('findMentions', () => {
  it('finds full names and unique first names, case and accent insensitive', () => {
    expect(findMentions('@lucia can you check? cc @Bo', users).sort()).toEqual(['bo', 'lucia']);
    expect(findMentions('ping @ana pérez please', users)).toEqual(['ana']);
  });

  it('does not guess between two users with the same first name', () => {
    expect(findMentions('@Ana help', users)).toEqual([]);
  });

  it('needs the @ and a word boundary after the name', () => {
    expect(findMentions('Lucía knows, mail lucia@x.com or @Bob', users)).toEqual([]);
  });
});
