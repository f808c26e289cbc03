import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type TestApi } from '../support/api.js';
import { jsonBodySchema, resolve, routesOf, type OpenApiDocument, type SchemaObject } from '../support/openapi.js';

/** Every schema an integrator reads has fields, each with an example (nested objects carry their own). */
function undocumentedFields(doc: OpenApiDocument, schema: SchemaObject, where: string): string[] {
  const s = resolve(doc, schema)!;
  if (s.oneOf) return s.oneOf.flatMap((member, i) => undocumentedFields(doc, member, `${where} (oneOf ${i})`));
  if (!s.properties || Object.keys(s.properties).length === 0) return [`${where}: no properties`];
  return Object.entries(s.properties).flatMap(([name, p]) => {
    if (p.example !== undefined) return [];
    const target = resolve(doc, p.type === 'array' && p.items ? p.items : p);
    if (!target) return [`${where}.${name}: unresolvable schema`];
    if (target.properties || target.oneOf) return undocumentedFields(doc, target, `${where}.${name}`);
    return [`${where}.${name}: no example`];
  });
}

describe('OpenAPI: every route documents what it takes and answers', () => {
  let api: TestApi;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    api = await startApi();
    doc = (await api.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => api.close());

  it('gives every JSON request body its properties, each with an example', () => {
    const problems = routesOf(doc).flatMap(({ method, path, op }) => {
      if (!op.requestBody) return [];
      const schema = jsonBodySchema(doc, op);
      return schema ? undocumentedFields(doc, schema, `${method.toUpperCase()} ${path} body`) : [`${method.toUpperCase()} ${path}: body is not JSON`];
    });
    expect(problems).toEqual([]);
    // The routes that take a body all say so (31 when this test was written).
    expect(routesOf(doc).filter((r) => r.op.requestBody).length).toBeGreaterThanOrEqual(31);
  });

  it('gives every 2xx answer with content a schema, and JSON answers documented fields with examples', () => {
    const problems = routesOf(doc).flatMap(({ method, path, op }) => {
      const name = `${method.toUpperCase()} ${path}`;
      const ok = Object.entries(op.responses).filter(([code]) => code.startsWith('2'));
      if (ok.length === 0) return [`${name}: no 2xx response`];
      return ok.flatMap(([code, res]) => {
        if (code === '204') return res.content ? [`${name} ${code}: 204 with content`] : [];
        const media = Object.entries(res.content ?? {});
        if (media.length === 0) return [`${name} ${code}: no schema`];
        return media.flatMap(([type, m]) => {
          if (!m.schema) return [`${name} ${code} ${type}: no schema`];
          if (type !== 'application/json') return m.schema.example === undefined ? [`${name} ${code} ${type}: no example`] : [];
          const s = resolve(doc, m.schema)!;
          return undocumentedFields(doc, s.type === 'array' ? s.items! : s, `${name} ${code}`);
        });
      });
    });
    expect(problems).toEqual([]);
  });

  it('documents query parameters with their types', () => {
    const untyped = routesOf(doc).flatMap(({ method, path, op }) => (op.parameters ?? [])
      .filter((p) => p.in === 'query' && !p.schema?.type && !(p as { type?: string }).type && !p.schema?.$ref && !p.schema?.enum)
      .map((p) => `${method.toUpperCase()} ${path} ?${p.name}`));
    expect(untyped).toEqual([]);
  });
});
