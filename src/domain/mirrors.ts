/**
 * Hosts (and host/path prefixes) of known mirrors, copies and blogs. A record may name them as
 * where a text was read (`readVia`), never as the source: the citation goes to the publisher.
 */
export const MIRROR_PREFIXES: readonly string[] = [
  'hessslslslsls.azureedge.net',
  'wiki.x.io',
  'en-academic.com',
  'paperai.life',
  'wikiwand.com',
  'scribd.com',
  'docslib.org',
  'rssing.com',
  'jmedia.wiki',
  'wikimili.com',
  'piglix.com',
  'streetwisereports.com',
  'blogspot.com',
  'substack.com',
  'rareearthexchanges.com',
  'miningdataonline.com',
  'metalnomist.com',
  'github.com/tth4vb/',
  'github.com/muratk5n/',
];

/** The mirror prefix `url` falls under, or null (also null for a URL that does not parse). */
export function mirrorHostOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const hostPath = `${host}${u.pathname}`;
  for (const p of MIRROR_PREFIXES) {
    if (p.includes('/')) {
      if (hostPath.startsWith(p)) return p;
    } else if (host === p || host.endsWith(`.${p}`)) return p;
  }
  return null;
}
