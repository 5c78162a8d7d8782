/** A growing array of numbers indexed from 0, read as 0 where never set (the entity index's per-handle fields). */
abstract class Column<T extends Int32Array | Uint32Array | Uint8Array> {
  protected data: T;

  constructor(
    private readonly make: (length: number) => T,
    capacity = 1024,
  ) {
    this.data = make(capacity);
  }

  get(index: number): number {
    return index < this.data.length ? (this.data[index] as number) : 0;
  }

  set(index: number, value: number): void {
    if (index >= this.data.length) {
      let length = this.data.length * 2;
      while (length <= index) length *= 2;
      const bigger = this.make(length);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[index] = value;
  }
}

export class Int32Column extends Column<Int32Array> {
  constructor(capacity?: number) {
    super((n) => new Int32Array(n), capacity);
  }
}

export class Uint32Column extends Column<Uint32Array> {
  constructor(capacity?: number) {
    super((n) => new Uint32Array(n), capacity);
  }
}

export class Uint8Column extends Column<Uint8Array> {
  constructor(capacity?: number) {
    super((n) => new Uint8Array(n), capacity);
  }
}
