import type { AtlasState } from '../store/store';
import { serializeUrl } from './codec';
import { urlStateOf } from './state-bridge';

/** The full link of a state, on the page's own address (any sub-path it is hosted under). */
export function linkOf(
  state: AtlasState,
  base: string,
  overrides: { embed?: boolean } = {},
): string {
  const url = new URL(base);
  const { search, hash } = serializeUrl({ ...urlStateOf(state), ...overrides });
  return `${url.origin}${url.pathname}${search}${hash}`;
}
