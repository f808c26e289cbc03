import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A simulated clock for the demo seed. The services stamp replies, notes, status changes and reply-window
 * checks with `new Date()`; to give the demo a realistic past (an agent answering a customer 20 minutes
 * after their message, ten days ago) the seed runs each step inside `atTime(t, step)`, where `new Date()`
 * and `Date.now()` read t (plus the time the step has taken). The time lives in an AsyncLocalStorage, so
 * several conversations can be played at once, each on its own clock; outside a step the clock is real.
 *
 * Import this module before any other (ESM evaluates imports in order), so every Date is created by it.
 */
const RealDate = globalThis.Date;
const offset = new AsyncLocalStorage<number>();

class SimulatedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(SimulatedDate.now());
    else super(...(args as [string | number | Date]));
  }

  static override now(): number {
    return RealDate.now() + (offset.getStore() ?? 0);
  }

  /** Dates made by the real constructor (there should be none) still pass `instanceof Date`. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof RealDate;
  }
}

globalThis.Date = SimulatedDate as unknown as DateConstructor;

/** Runs `step` with the clock reading `at` when it starts. */
export function atTime<T>(at: number, step: () => Promise<T>): Promise<T> {
  return offset.run(at - RealDate.now(), step);
}

/** The real time, whatever the simulated clock says. */
export const realNow = (): number => RealDate.now();
