import type { LoadResult } from './browser';
import { summarise, type Summary } from './stats';

/** Every load's result, by size id and peer id. */
export type Measured = Record<string, Record<string, LoadResult[]>>;

/** Read-only queries over the measured loads (pooled samples; min and max across them). */
export class Figures {
  constructor(private readonly measured: Measured) {}

  private loads(size: string, peer: string): LoadResult[] {
    return this.measured[size]?.[peer] ?? [];
  }

  /** Navigation to first finished frame, one sample per load. */
  firstIdle(size: string, peer: string): Summary | null {
    const values = this.loads(size, peer).map((load) => load.firstIdle);
    return summarise(values.filter((value): value is number => value !== null));
  }

  /** Pan frames, every step of every load. */
  pan(size: string, peer: string): Summary | null {
    return summarise(this.loads(size, peer).flatMap((load) => load.pan));
  }

  /** Filter latencies (apply and clear), every toggle of every load. */
  filter(size: string, peer: string, method: string): Summary | null {
    return summarise(this.loads(size, peer).flatMap((load) => load.filters[method] ?? []));
  }

  /** JS heap after load and a garbage collection, MB. */
  heapMb(size: string, peer: string): Summary | null {
    const values = this.loads(size, peer).map((load) => load.heapBytes);
    return summarise(values.filter((v): v is number => v !== null).map((v) => v / 1048576));
  }

  /** Sizes whose rounds included the floor: `size` itself when it did, else every size. */
  private floorSizes(size: string): string[] {
    return this.has(size, 'floor') ? [size] : Object.keys(this.measured);
  }

  /**
   * The floor's first idle: from the same size's rounds (same time window, so the same machine
   * load), or pooled over every size when the floor was not in that size's rounds (it draws no
   * sites, so size does not change it).
   */
  floorIdle(size: string): Summary | null {
    return summarise(
      this.floorSizes(size).flatMap((s) =>
        this.loads(s, 'floor').flatMap((load) => (load.firstIdle === null ? [] : [load.firstIdle])),
      ),
    );
  }

  /** The floor's pan frames, chosen like {@link Figures.floorIdle}. */
  floorPan(size: string): Summary | null {
    return summarise(
      this.floorSizes(size).flatMap((s) => this.loads(s, 'floor').flatMap((l) => l.pan)),
    );
  }

  /** Distinct errors of a peer at a size ("did not finish", crashes, page errors). */
  errors(size: string, peer: string): string[] {
    return [...new Set(this.loads(size, peer).flatMap((load) => load.errors))];
  }

  /** True when the peer was scheduled at this size. */
  has(size: string, peer: string): boolean {
    return this.loads(size, peer).length > 0;
  }
}
