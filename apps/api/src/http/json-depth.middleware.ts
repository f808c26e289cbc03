import type { NextFunction, Request, Response } from 'express';

/** Deeper than any request or platform payload Parley reads (Meta's are under 10); well under what recursion survives. */
export const MAX_JSON_DEPTH = 32;

/**
 * Refuses a JSON body nested deeper than MAX_JSON_DEPTH before anything recursive (class-transformer,
 * class-validator, the channel mappers) walks it: a body of 100,000 nested arrays otherwise overflows the
 * stack and answers 500. The walk itself is iterative.
 */
export function jsonDepthLimit(req: Request, res: Response, next: NextFunction): void {
  if (nestedDeeperThan(req.body, MAX_JSON_DEPTH)) {
    res.status(400).json({ statusCode: 400, message: `The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`, error: 'Bad Request' });
    return;
  }
  next();
}

export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    // A raw webhook body (a Buffer) is bytes, not nesting.
    if (item === null || typeof item !== 'object' || ArrayBuffer.isView(item)) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
