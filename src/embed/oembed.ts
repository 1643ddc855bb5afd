import { PRESETS, presetPath, type Preset } from '../domain/presets.ts';
import { embedCode } from './snippet.ts';

/** An oEmbed 1.0 "rich" response for one view. */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  width: number;
  height: number;
  html: string;
}

const DEFAULT_VIEW: Preset = {
  id: 'default',
  title: 'Critical Minerals Atlas',
  caption: 'Where critical minerals are mined and refined, and who controls them.',
  query: 'v=1',
  hash: '',
};

/**
 * oEmbed files for the default view and every preset, so pasting a link into a CMS can embed it.
 * `publicUrl` is where the app is hosted (set `ATLAS_PUBLIC_URL` at build time); without it the
 * iframe `src` is relative to the oEmbed file's own folder.
 */
export function oembedFiles(publicUrl: string | undefined): { name: string; body: string }[] {
  const base = publicUrl ? publicUrl.replace(/\/?$/, '/') : 'https://atlas.invalid/';
  return [DEFAULT_VIEW, ...PRESETS].map((preset) => {
    const url = new URL(`${presetPath(preset).replace('?v=1', '?v=1&embed=1')}`, base).href;
    let html = embedCode(url, `Critical Minerals Atlas: ${preset.title}`);
    if (!publicUrl) html = html.replaceAll('https://atlas.invalid/', '../');
    const response: OEmbed = {
      version: '1.0',
      type: 'rich',
      title: `${preset.title}: ${preset.caption}`,
      provider_name: 'Critical Minerals Atlas',
      width: 700,
      height: 520,
      html,
    };
    return { name: `oembed/${preset.id}.json`, body: `${JSON.stringify(response, null, 2)}\n` };
  });
}
