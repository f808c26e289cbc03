import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';

/**
 * The global validation: unknown fields refused, every problem listed. A DTO instance has every declared
 * field as an own property (class fields), undefined when the request left it out; those are dropped, so a
 * PATCH that sends one field cannot overwrite the others with undefined (→ NULL) when a service spreads it.
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true, stopAtFirstError: false });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body' || metadata.type === 'query') dropUndefined(result);
    return result;
  }
}

function dropUndefined(value: unknown): void {
  if (Array.isArray(value)) value.forEach(dropUndefined);
  else if (value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined) delete (value as Record<string, unknown>)[key];
      else dropUndefined(field);
    }
  }
}
