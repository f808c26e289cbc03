import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, IsUrl, IsUUID,
  Matches, Max, MaxLength, Min, MinLength, NotContains, ValidateIf, ValidateNested,
} from 'class-validator';

/**
 * One decorator per request field: the class-validator rules and the OpenAPI schema come from the same
 * options, so the documentation cannot promise what validation refuses (or the reverse).
 */
export interface FieldOptions {
  /** may be left out; unless also nullable, an explicit null is refused (a PATCH must not null a required value) */
  optional?: boolean;
  /** null is a meaningful value (unassign, remove, turn off) */
  nullable?: boolean;
  example: unknown;
  description?: string;
  /** replaces the validation message of the field's main rule (a text's pattern, or its type) */
  message?: string;
}

type Schema = ApiPropertyOptions & Record<string, unknown>;

function field(o: FieldOptions, schema: Schema, rules: PropertyDecorator[]): PropertyDecorator {
  const { optional, nullable, example, description } = o;
  const presence = optional && nullable ? [IsOptional()]
    : optional ? [ValidateIf((_: unknown, v: unknown) => v !== undefined)]
      : nullable ? [ValidateIf((_: unknown, v: unknown) => v !== null)] : [];
  const doc = { ...schema, required: !optional, example, ...(nullable ? { nullable: true } : {}), ...(description ? { description } : {}) };
  return applyDecorators(ApiProperty(doc as ApiPropertyOptions), ...presence, ...rules);
}

const msg = (o: FieldOptions) => (o.message ? { message: o.message } : {});
// PostgreSQL cannot store U+0000: refused here with a message rather than failing deep in a transaction.
const noNul = (each = false) => NotContains('\u0000', { each, message: '$property must not contain NUL characters (\\u0000)' });

export function Text(o: FieldOptions & { max: number; min?: number; pattern?: RegExp; maxMessage?: string }): PropertyDecorator {
  const min = o.min ?? 1;
  const minMessage = min > 1 ? { message: `$property must be at least ${min} characters long` } : {};
  const rules = [IsString(o.pattern ? {} : msg(o)), MinLength(min, minMessage), MaxLength(o.max, o.maxMessage ? { message: o.maxMessage } : {}), noNul()];
  if (o.pattern) rules.push(Matches(o.pattern, msg(o)));
  return field(o, { type: String, minLength: min, maxLength: o.max, ...(o.pattern ? { pattern: o.pattern.source } : {}) }, rules);
}

export function Email(o: FieldOptions & { max: number }): PropertyDecorator {
  return field(o, { type: String, format: 'email', maxLength: o.max }, [IsEmail({}, msg(o)), MaxLength(o.max)]);
}

export function HttpUrl(o: FieldOptions): PropertyDecorator {
  return field(o, { type: String, format: 'uri' }, [IsUrl({ protocols: ['http', 'https'], require_protocol: true }, msg(o)), noNul()]);
}

export function Id(o: FieldOptions): PropertyDecorator {
  return field(o, { type: String, format: 'uuid' }, [IsUUID('all', msg(o))]);
}

export function IdList(o: FieldOptions & { max: number; min?: number; maxMessage?: string }): PropertyDecorator {
  const min = o.min ?? 0;
  return field(o, { type: 'array', items: { type: 'string', format: 'uuid' }, minItems: min, maxItems: o.max },
    [IsArray(), ArrayMinSize(min), ArrayMaxSize(o.max, o.maxMessage ? { message: o.maxMessage } : {}), IsUUID('all', { each: true, ...msg(o) })]);
}

export function TextList(o: FieldOptions & { max: number; maxLength: number }): PropertyDecorator {
  return field(o, { type: 'array', items: { type: 'string', maxLength: o.maxLength }, maxItems: o.max },
    [IsArray(), ArrayMaxSize(o.max), IsString({ each: true }), MaxLength(o.maxLength, { each: true }), noNul(true)]);
}

export function OneOf(values: readonly string[], o: FieldOptions): PropertyDecorator {
  return field(o, { type: String, enum: [...values] }, [IsIn(values, { message: o.message ?? `$property must be one of ${values.join(', ')}` })]);
}

export function OneOfList(values: readonly string[], o: FieldOptions): PropertyDecorator {
  return field(o, { type: 'array', items: { type: 'string', enum: [...values] }, maxItems: values.length * 2 },
    [IsArray(), ArrayMaxSize(values.length * 2), IsIn(values, { each: true, message: o.message ?? `$property lists values, each one of ${values.join(', ')}` })]);
}

export function Int(o: FieldOptions & { min: number; max: number; maxMessage?: string }): PropertyDecorator {
  return field(o, { type: 'integer', minimum: o.min, maximum: o.max },
    // A field's own message names its whole range, so it serves the bounds too unless maxMessage says otherwise.
    [IsInt(msg(o)), Min(o.min, msg(o)), Max(o.max, o.maxMessage ? { message: o.maxMessage } : msg(o))]);
}

export function Bool(o: FieldOptions): PropertyDecorator {
  return field(o, { type: Boolean }, [IsBoolean(msg(o))]);
}

export function DateTime(o: FieldOptions & { strict?: boolean }): PropertyDecorator {
  return field(o, { type: String, format: 'date-time' }, [IsDateString({ strict: o.strict ?? false }, msg(o))]);
}

/** A free-form JSON object checked elsewhere (e.g. a schedule whose every problem is named with its path). */
export function JsonObject(o: FieldOptions & { type?: () => new () => object }): PropertyDecorator {
  const of = o.type;
  // @nestjs/swagger recognises a lazy type by its function name, `type`.
  return field(o, of ? { type: () => of() } : { type: 'object', additionalProperties: true }, [IsObject(msg(o))]);
}

export function Nested(of: () => new () => object, o: FieldOptions & { each?: { max: number } }): PropertyDecorator {
  const shape = o.each ? [IsArray(), ArrayMaxSize(o.each.max), ValidateNested({ each: true })] : [IsObject(msg(o)), ValidateNested()];
  return field(o, { type: () => of(), isArray: !!o.each, ...(o.each ? { maxItems: o.each.max } : {}) }, [...shape, Type(of)]);
}

// Query strings carry text: these read numbers and booleans from it, then validate as above.
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

export function QueryInt(o: FieldOptions & { min: number; max: number; maxMessage?: string }): PropertyDecorator {
  return applyDecorators(Transform(toNumber), Int(o));
}

export function QueryBool(o: FieldOptions): PropertyDecorator {
  return applyDecorators(Transform(toBool), Bool(o));
}
