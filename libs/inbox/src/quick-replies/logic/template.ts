export type TemplateVars = Record<string, string | null | undefined>;

export interface RenderedTemplate {
  text: string;
  missing: string[];
}

// {{ name }} or {{ name | default: "fallback" }} (single quotes too). Names are dotted identifiers;
// anything else between braces is plain text. Matching is a single pass over the body and a value is
// never scanned again, so a customer name containing '{{agent.name}}' stays literal: no injection,
// and nothing is ever evaluated.
const PLACEHOLDER =
  /\{\{\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*(?:\|\s*default\s*:\s*(?:"([^"]*)"|'([^']*)')\s*)?\}\}/g;

const isBlank = (v: string | null | undefined): v is null | undefined | '' => v == null || v.trim() === '';

/**
 * Fills the placeholders of a quick reply. A variable with no value (unknown, null or blank) and no
 * default stays in the text as `{{name}}`, so the agent sees what to fill in, and is listed once in
 * `missing`, in order of first appearance.
 */
export function renderTemplate(body: string, vars: TemplateVars): RenderedTemplate {
  const missing: string[] = [];
  const text = body.replace(PLACEHOLDER, (_match, name: string, dq?: string, sq?: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined; // never read the prototype
    if (!isBlank(value)) return value;
    const fallback = dq ?? sq;
    if (fallback !== undefined) return fallback;
    if (!missing.includes(name)) missing.push(name);
    return `{{${name}}}`;
  });
  return { text, missing };
}

/** The variable names a body uses, once each, in order of first appearance. */
export function templateVariables(body: string): string[] {
  const names = [...body.matchAll(PLACEHOLDER)].map((m) => m[1]);
  return [...new Set(names)];
}

export interface TemplateContext {
  contact: { name: string | null | undefined };
  agent: { name: string | null | undefined };
  inbox: { name: string | null | undefined };
  conversation: { id: string | number };
}

/** Splits a display name on any Unicode whitespace; NFC so composed and decomposed accents render alike. */
function nameParts(name: string | null | undefined): { full: string | null; first: string | null; last: string | null } {
  const words = (name ?? '').normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return { full: null, first: null, last: null };
  // Everything after the first word is the last name: 'José Ángel Núñez' → 'Ángel Núñez'. Names with no
  // spaces (many CJK names) are a first name only; we do not guess where a family name ends.
  return { full: words.join(' '), first: words[0], last: words.length > 1 ? words.slice(1).join(' ') : null };
}

/** The flat variable map quick replies render with; a null name makes its variables missing. */
export function buildTemplateVars(ctx: TemplateContext): TemplateVars {
  const contact = nameParts(ctx.contact.name);
  const agent = nameParts(ctx.agent.name);
  return {
    'contact.name': contact.full,
    'contact.first_name': contact.first,
    'contact.last_name': contact.last,
    'agent.name': agent.full,
    'agent.first_name': agent.first,
    'inbox.name': ctx.inbox.name?.trim() || null,
    'conversation.id': String(ctx.conversation.id),
  };
}
