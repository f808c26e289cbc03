type Waiter<T> = { resolve: (row: T | undefined) => void; reject: (error: unknown) => void };

/**
 * Coalesces the reads that concurrent jobs ask for in the same turn of the event loop into one statement
 * (`... WHERE id = ANY($1)`). Under load the worker starts many jobs per turn, and each statement costs it
 * a socket write and a reply to parse whatever its size: at 333 SLA steps/s those per-statement costs, not
 * the rows, kept the worker's CPU busy. A lone read still goes out in the next turn, so it waits ~nothing.
 * Every read asked for after a batch went out is in a later batch: a caller that re-reads gets fresh rows.
 */
export class BatchedRead<T> {
  private pending = new Map<string, Waiter<T>[]>();
  private scheduled = false;

  constructor(
    private readonly read: (keys: string[]) => Promise<T[]>,
    private readonly keyOf: (row: T) => string,
    private readonly maxBatch = 100,
  ) {}

  load(key: string): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.pending.set(key, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = new Map();
    const keys = [...batch.keys()];
    for (let i = 0; i < keys.length; i += this.maxBatch) {
      const chunk = keys.slice(i, i + this.maxBatch);
      this.read(chunk).then((rows) => {
        const byKey = new Map(rows.map((row) => [this.keyOf(row), row]));
        for (const key of chunk) for (const w of batch.get(key)!) w.resolve(byKey.get(key));
      }, (error: unknown) => {
        for (const key of chunk) for (const w of batch.get(key)!) w.reject(error);
      });
    }
  }
}
