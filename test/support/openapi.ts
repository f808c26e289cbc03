/** Reading the api's own OpenAPI document: the docs test and the generated security suite walk it. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | SchemaObject;
}

interface MediaType { schema?: SchemaObject; example?: unknown }
export interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: SchemaObject; example?: unknown }[];
  requestBody?: { content?: Record<string, MediaType> };
  responses: Record<string, { description?: string; content?: Record<string, MediaType> }>;
  security?: unknown[];
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, SchemaObject> };
}

export interface Route { method: string; path: string; op: Operation }

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function routesOf(doc: OpenApiDocument): Route[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([method, op]) => ({ method, path, op })));
}

/** Follows `$ref`s (and one-member allOf wrappers) to the schema itself. */
export function resolve(doc: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolve(doc, doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf?.length === 1) return resolve(doc, schema.allOf[0]);
  return schema;
}

export function jsonBodySchema(doc: OpenApiDocument, op: Operation): SchemaObject | undefined {
  return resolve(doc, op.requestBody?.content?.['application/json']?.schema);
}

/** A body built from the documented examples: every field (or only the required ones), as an integrator would copy it. */
export function exampleOf(doc: OpenApiDocument, schema: SchemaObject | undefined, onlyRequired = false): unknown {
  const s = resolve(doc, schema);
  if (!s) return undefined;
  if (s.example !== undefined) return s.example;
  if (s.oneOf?.length) return exampleOf(doc, s.oneOf[0], onlyRequired);
  if (s.type === 'array' && s.items) return [exampleOf(doc, s.items, onlyRequired)];
  if (s.properties) {
    return Object.fromEntries(Object.entries(s.properties)
      .filter(([name]) => !onlyRequired || s.required?.includes(name))
      .map(([name, p]) => [name, exampleOf(doc, p, onlyRequired)]));
  }
  return undefined;
}

/** The path with its parameters filled in, e.g. /api/conversations/{id} → /api/conversations/<uuid>. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for path parameter ${name} in ${path}`);
    return values[name];
  });
}
