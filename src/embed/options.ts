/**
 * What an embed shows, and its defaults: the embed's own vocabulary, read by the link codec,
 * the store and the embed policy. Pure.
 */

/** Embed themes. */
export const THEMES = ['auto', 'light', 'dark'] as const;

/** An embed theme. */
export type ThemeName = (typeof THEMES)[number];

/** What an embed shows. */
export interface EmbedOptions {
  legend: boolean;
  list: boolean;
  controls: boolean;
  theme: ThemeName;
}

/** Embed options when a link names none. */
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  legend: true,
  list: false,
  controls: true,
  theme: 'auto',
};
