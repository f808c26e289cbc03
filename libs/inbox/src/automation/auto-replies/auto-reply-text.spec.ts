import { describe, expect, it } from '@jest/globals';
import { renderAutoReply } from './auto-reply-text.js';

const ctx = (name: string | null) => ({ contact: { name }, agent: { name: null }, inbox: { name: 'Tienda' }, conversation: { id: 'c1' } });

describe('renderAutoReply', () => {
  it('fills the quick-reply variables', () => {
    expect(renderAutoReply('Hola {{contact.first_name}}, gracias por escribir a {{inbox.name}}.', ctx('Lucía Fernández')))
      .toBe('Hola Lucía, gracias por escribir a Tienda.');
  });

  it('drops a missing variable instead of sending the placeholder', () => {
    expect(renderAutoReply('Hola {{contact.first_name}}! Volvemos a las 9.', ctx(null))).toBe('Hola! Volvemos a las 9.');
  });
});
