import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * OpenAPI schema of response fields. Response classes `implements` the contracts' DTO interfaces, so the
 * compiler keeps the documented shape and the one the dashboard reads the same.
 */
type Extra = { nullable?: boolean; description?: string; optional?: boolean };
type Class = () => new () => object;

const prop = (schema: Record<string, unknown>, o: Extra = {}): PropertyDecorator => {
  const { optional, ...rest } = o;
  return ApiProperty({ ...schema, ...rest, required: !optional } as ApiPropertyOptions);
};

export const EXAMPLE_ID = '9b2f4a1e-3c5d-4e6f-8a7b-1c2d3e4f5a6b';
export const EXAMPLE_TIME = '2026-03-26T14:05:00.000Z';

export const StrProp = (example: string | null, o?: Extra) => prop({ type: String, example }, o);
export const IntProp = (example: number | null, o?: Extra) => prop({ type: 'integer', example }, o);
export const NumProp = (example: number | null, o?: Extra) => prop({ type: Number, example }, o);
export const BoolProp = (example: boolean, o?: Extra) => prop({ type: Boolean, example }, o);
export const IdProp = (o?: Extra) => prop({ type: String, format: 'uuid', example: EXAMPLE_ID }, o);
export const IdsProp = (o?: Extra) => prop({ type: 'array', items: { type: 'string', format: 'uuid' }, example: [EXAMPLE_ID] }, o);
export const TimeProp = (o?: Extra & { example?: string }) => prop({ type: String, format: 'date-time', example: o?.example ?? EXAMPLE_TIME }, o);
export const EnumProp = (values: readonly string[], example: string | null, o?: Extra) => prop({ type: String, enum: [...values], example }, o);
export const StrListProp = (example: string[], o?: Extra) => prop({ type: 'array', items: { type: 'string' }, example }, o);
// @nestjs/swagger recognises a lazy type by its function name, `type`: hence the inline arrows below.
/** A nested object: its own schema class documents its fields and examples. */
export const ObjProp = (of: Class, o?: Extra) => prop({ type: () => of() }, o);
export const ListProp = (of: Class, o?: Extra) => prop({ type: () => of(), isArray: true }, o);
/** Free-form JSON (custom attributes, event data): documented by an example. */
export const JsonProp = (example: Record<string, unknown>, o?: Extra) => prop({ type: 'object', additionalProperties: true, example }, o);
