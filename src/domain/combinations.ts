/** Smallest number of hash slots a table starts with (a power of two). */
const INITIAL_SLOTS = 1024;

/** Mixes one 32-bit word into a running hash (multiply-xorshift, as in MurmurHash3). */
function mix(hash: number, word: number): number {
  let value = Math.imul(word, 0xcc9e2d51);
  value = Math.imul((value << 15) | (value >>> 17), 0x1b873593);
  const next = (hash ^ value) >>> 0;
  return (Math.imul((next << 13) | (next >>> 19), 5) + 0xe6546b64) >>> 0;
}

/** Hash of the `width` words of `source` from `start`, spread so that its low bits pick a slot. */
function hashOf(source: Uint32Array, start: number, width: number): number {
  let hash = width;
  for (let word = 0; word < width; word += 1) hash = mix(hash, source[start + word] ?? 0);
  let value = hash ^ (hash >>> 16);
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  return (value ^ (value >>> 16)) >>> 0;
}

/**
 * Interns fixed-width keys of 32-bit words: each distinct key gets a small id (0, 1, 2, ... in
 * order of first appearance), and equal keys get the same id. An open-addressing hash table, so
 * interning costs no allocation per key and about one word comparison per key word.
 */
export class CombinationTable {
  /** Words per key. */
  readonly width: number;
  private count = 0;
  private keys: Uint32Array;
  /** Per hash slot, the id of the key in it plus one (0 for an empty slot). */
  private slots: Int32Array;

  constructor(width: number) {
    this.width = width;
    this.keys = new Uint32Array(Math.max(1, width) * (INITIAL_SLOTS >>> 1));
    this.slots = new Int32Array(INITIAL_SLOTS);
  }

  /** Number of distinct keys interned so far; ids run from 0 to `size - 1`. */
  get size(): number {
    return this.count;
  }

  /** The id of a key (its first `width` words), adding the key when it is new. */
  intern(key: Uint32Array): number {
    const { width } = this;
    const mask = this.slots.length - 1;
    let slot = hashOf(key, 0, width) & mask;
    for (;;) {
      const stored = this.slots[slot] ?? 0;
      if (stored === 0) break;
      if (this.matches(stored - 1, key)) return stored - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.count;
    if ((id + 1) * width > this.keys.length) this.growKeys();
    this.keys.set(key.subarray(0, width), id * width);
    this.slots[slot] = id + 1;
    this.count = id + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** Word `position` of the key with id `id`. */
  word(id: number, position: number): number {
    return this.keys[id * this.width + position] ?? 0;
  }

  private matches(id: number, key: Uint32Array): boolean {
    const start = id * this.width;
    for (let word = 0; word < this.width; word += 1) {
      if (this.keys[start + word] !== key[word]) return false;
    }
    return true;
  }

  private growKeys(): void {
    const grown = new Uint32Array(this.keys.length * 2);
    grown.set(this.keys);
    this.keys = grown;
  }

  /** Doubles the slots and places every key again, keeping the table at most half full. */
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.count; id += 1) {
      let slot = hashOf(this.keys, id * this.width, this.width) & mask;
      while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }
}
