import { describe, it, expect } from '@jest/globals';
import { buildTemplateVars, renderTemplate, templateVariables } from './template.js';

describe('renderTemplate', () => {
  it('fills variables, tolerating whitespace inside the braces', () => {
    const vars = { 'contact.first_name': 'Ana', 'agent.name': 'Luis Pérez' };
    expect(renderTemplate('Hi {{contact.first_name}}, {{  agent.name\t}} here. {{ contact.first_name }}!', vars)).toEqual({
      text: 'Hi Ana, Luis Pérez here. Ana!',
      missing: [],
    });
  });

  it('leaves unknown, null and blank variables as {{name}} and lists each once, in order', () => {
    const vars = { 'contact.first_name': null, 'inbox.name': '  ', 'agent.name': 'Luis' };
    expect(renderTemplate('{{ inbox.name }} {{contact.first_name}} {{order.id}} {{ contact.first_name }} {{agent.name}}', vars)).toEqual({
      text: '{{inbox.name}} {{contact.first_name}} {{order.id}} {{contact.first_name}} Luis',
      missing: ['inbox.name', 'contact.first_name', 'order.id'],
    });
  });

  it('uses a default when the variable has no value, and the value when it has one', () => {
    const body = 'Hello {{ contact.first_name | default: "there" }}{{x|default:\'!\'}}';
    expect(renderTemplate(body, {})).toEqual({ text: 'Hello there!', missing: [] });
    expect(renderTemplate(body, { 'contact.first_name': 'Zoë', x: '?' })).toEqual({ text: 'Hello Zoë?', missing: [] });
    expect(renderTemplate('[{{ x | default: "" }}]', {}).text).toBe('[]');
  });

  it('keeps emoji and non-Latin text intact around and inside values', () => {
    const vars = { 'contact.first_name': '美咲 🌸', 'agent.name': 'Дмитрий' };
    expect(renderTemplate('👋 こんにちは {{contact.first_name}} — {{agent.name}} 🙂', vars).text).toBe(
      '👋 こんにちは 美咲 🌸 — Дмитрий 🙂',
    );
  });

  it('never expands placeholders found inside values, and never evaluates code', () => {
    const vars = { 'contact.name': '{{agent.secret}}', 'agent.secret': 'leak' };
    expect(renderTemplate('Hi {{contact.name}}', vars)).toEqual({ text: 'Hi {{agent.secret}}', missing: [] });
    expect(renderTemplate('{{ constructor.constructor("return 1")() }} {{ 1+1 }}', {})).toEqual({
      text: '{{ constructor.constructor("return 1")() }} {{ 1+1 }}',
      missing: [],
    });
  });

  it('does not read inherited properties as variables', () => {
    expect(renderTemplate('{{toString}} {{__proto__}}', {})).toEqual({
      text: '{{toString}} {{__proto__}}',
      missing: ['toString', '__proto__'],
    });
  });

  it('leaves text without placeholders and unbalanced braces alone', () => {
    expect(renderTemplate('Price: {5} {{ } }} {{', {})).toEqual({ text: 'Price: {5} {{ } }} {{', missing: [] });
  });
});

describe('templateVariables', () => {
  it('lists each name once, in order of first appearance, defaults included', () => {
    expect(templateVariables('{{ b }} {{a|default:"x"}} {{b}} {{ c.d }} {{ not valid }}')).toEqual(['b', 'a', 'c.d']);
  });

  it('is empty for a body without placeholders', () => {
    expect(templateVariables('Thanks!')).toEqual([]);
  });
});

describe('buildTemplateVars', () => {
  const base = { agent: { name: 'Luis Pérez' }, inbox: { name: 'Support ES' }, conversation: { id: 42 } };

  it('splits a Spanish compound name on the first word', () => {
    expect(buildTemplateVars({ ...base, contact: { name: '  José Ángel  Núñez ' } })).toEqual({
      'contact.name': 'José Ángel Núñez',
      'contact.first_name': 'José',
      'contact.last_name': 'Ángel Núñez',
      'agent.name': 'Luis Pérez',
      'agent.first_name': 'Luis',
      'inbox.name': 'Support ES',
      'conversation.id': '42',
    });
  });

  it('keeps a name without spaces whole and splits on Unicode spaces', () => {
    const vars = buildTemplateVars({ ...base, contact: { name: '王小明' }, agent: { name: '李\u3000娜' } });
    expect(vars['contact.first_name']).toBe('王小明');
    expect(vars['contact.last_name']).toBeNull();
    expect(vars['agent.first_name']).toBe('李');
  });

  it('keeps emoji and Arabic script in names', () => {
    const vars = buildTemplateVars({ ...base, contact: { name: '🦄 Sparkle' }, agent: { name: 'محمد علي' } });
    expect(vars['contact.first_name']).toBe('🦄');
    expect(vars['agent.first_name']).toBe('محمد');
  });

  it('normalizes decomposed accents so they render like composed ones', () => {
    const vars = buildTemplateVars({ ...base, contact: { name: 'Jose\u0301 Nu\u0303n\u0303ez' } });
    expect(vars['contact.first_name']).toBe('José');
  });

  it('makes the variables of a null or blank name missing when rendered', () => {
    const vars = buildTemplateVars({ ...base, contact: { name: null }, inbox: { name: ' ' } });
    expect(renderTemplate('Hi {{contact.first_name}} from {{inbox.name}}, ref {{conversation.id}}', vars)).toEqual({
      text: 'Hi {{contact.first_name}} from {{inbox.name}}, ref 42',
      missing: ['contact.first_name', 'inbox.name'],
    });
  });
});
