import { exampleOf, resolve, type OpenApiDocument, type SchemaObject } from './openapi.js';

/** One hostile variant of a valid request: what was changed, and the body or query to send (`raw`: JSON text as is). */
export interface Mutation { what: string; value: unknown; raw?: string }

// Longer than any limit (the longest is a 10,000-character note), short enough to keep the pass fast.
const HUGE = 'x'.repeat(20_000);
const NUL = 'a\u0000b';
const NOT_AN_ID = 'not-an-id';
const GHOST = '00000000-0000-4000-8000-000000000000';

/** [[[[...]]]] nested `depth` deep, built without recursion. */
export function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: [value] };
  return value;
}

/** Wrong types, missing fields, huge strings, NUL, out-of-range numbers and bad ids for one field's schema. */
function badValues(doc: OpenApiDocument, schema: SchemaObject): [string, unknown][] {
  const s = resolve(doc, schema) ?? {};
  const out: [string, unknown][] = [['null', null], ['object', { x: 1 }], ['deeply nested', nested(40)]];
  if (s.type === 'string' || s.enum) {
    out.push(['number', 12345], ['huge string', HUGE], ['NUL', NUL]);
    if (s.format === 'uuid') out.push(['bad id', NOT_AN_ID], ['unknown id', GHOST]);
    if (s.format === 'date-time') out.push(['year 275760', '+275760-09-13T00:00:00Z'], ['month 13', '2026-13-45T99:99:99']);
  } else if (s.type === 'integer' || s.type === 'number') {
    out.push(['string', '12'], ['fraction', 1.5], ['huge', 1e308], ['above max', (s.maximum ?? 2 ** 31) + 1], ['below min', (s.minimum ?? -(2 ** 31)) - 1]);
  } else if (s.type === 'boolean') {
    out.push(['string', 'true'], ['number', 1]);
  } else if (s.type === 'array') {
    out.push(['string', 'a'], ['huge', Array.from({ length: 1_100 }, () => GHOST)], ['bad items', [NOT_AN_ID, 7, {}, null, NUL]]);
  } else {
    out.push(['string', 'a'], ['array', [1]]);
  }
  return out;
}

/** Every hostile variant of a JSON body: the whole body replaced, then each field broken or left out in turn. */
export function bodyMutations(doc: OpenApiDocument, schema: SchemaObject, valid: Record<string, unknown>): Mutation[] {
  const s = resolve(doc, schema) ?? {};
  const out: Mutation[] = [
    { what: 'body null', value: null }, { what: 'body array', value: [valid] }, { what: 'body string', value: 'text' },
    { what: 'body number', value: 42 }, { what: 'body {}', value: {} },
    // Built as text: serializing it would overflow this process's stack first.
    { what: 'body nested 100,000 deep', value: null, raw: `${'{"a":['.repeat(100_000)}1${']}'.repeat(100_000)}` },
    { what: 'body nested 40 deep', value: { ...valid, extra: nested(40) } }, { what: 'unknown field', value: { ...valid, isRoot: true } },
  ];
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    const without = { ...valid };
    delete without[name];
    out.push({ what: `${name} missing`, value: without });
    for (const [kind, bad] of badValues(doc, prop)) out.push({ what: `${name} ${kind}`, value: { ...valid, [name]: bad } });
    const inner = resolve(doc, prop.type === 'array' ? prop.items : prop);
    if (inner?.properties && valid[name] !== undefined) {
      const nestedValid = (Array.isArray(valid[name]) ? (valid[name] as unknown[])[0] : valid[name]) as Record<string, unknown>;
      for (const m of bodyMutations(doc, inner, nestedValid ?? (exampleOf(doc, inner) as Record<string, unknown>)).slice(4)) {
        out.push({ what: `${name}.${m.what}`, value: { ...valid, [name]: Array.isArray(valid[name]) ? [m.value] : m.value } });
      }
    }
  }
  return out;
}

/** Query strings carry text only: hostile texts for each parameter, and the parameter repeated. */
export function queryMutations(params: { name: string; schema?: SchemaObject }[], valid: Record<string, string>): Mutation[] {
  return params.flatMap(({ name }) => [
    ['huge', HUGE.slice(0, 6_000)], ['NUL', NUL], ['number', '1e308'], ['date far away', '+275760-09-13T00:00:00Z'],
    ['repeated', ['1', '2']], ['object', { a: '1' }],
  ].map(([kind, bad]) => ({ what: `?${name} ${kind as string}`, value: { ...valid, [name]: bad } })));
}
