/**
 * `fn` over an async source with at most `limit` calls in flight, yielding results in the
 * source's order. The source is read only as fast as results are taken (backpressure): a slow
 * consumer holds at most `limit` pending results and pulls nothing more.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R> | R,
  limit: number,
): AsyncGenerator<R> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`mapOrdered: limit must be 1 or more, not ${limit}`);
  const iterator = toAsyncIterator(source);
  const window: Promise<R>[] = [];
  let done = false;
  try {
    for (;;) {
      while (!done && window.length < limit) {
        const next = await iterator.next();
        if (next.done) done = true;
        else {
          const result = Promise.resolve().then(() => fn(next.value));
          result.catch(() => {}); // surfaced when its turn comes; never an unhandled rejection meanwhile
          window.push(result);
        }
      }
      const head = window.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!done) await iterator.return?.();
  }
}

/** The source in arrays of `size` (the last may be shorter), read lazily. */
export async function* inChunks<T>(source: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`inChunks: size must be 1 or more, not ${size}`);
  let chunk: T[] = [];
  for await (const item of source) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

function toAsyncIterator<T>(source: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  const sync = source[Symbol.iterator]();
  return {
    next: async () => sync.next(),
    return: async () => sync.return?.() ?? { done: true, value: undefined },
  };
}
