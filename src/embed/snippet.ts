import { EMBED_NAME, HEIGHT_RANGE } from './policy.ts';

/** Escapes text for an HTML attribute value in generated embed code. */
function attribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The embed code a newsroom pastes: an iframe with a title, lazy loading, a sandbox that allows
 * only what the map needs (scripts, its own origin for fetches, opening sources in new tabs), full
 * width and a starting height; plus an optional snippet that resizes the iframe from the embed's
 * height messages, accepting them only from that iframe, from its origin, as a sane integer.
 */
export function embedCode(embedUrl: string, title: string, height = 520, resize = true): string {
  const id = `cma-${Math.abs(hash(embedUrl)).toString(36)}`;
  const origin = new URL(embedUrl).origin;
  const iframe =
    `<iframe id="${id}" src="${attribute(embedUrl)}" title="${attribute(title)}" loading="lazy" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" ` +
    `style="width:100%;height:${height}px;border:0"></iframe>`;
  if (!resize) return iframe;
  const script =
    `<script>(function(){var f=document.getElementById(${JSON.stringify(id)});` +
    `window.addEventListener("message",function(e){if(e.source!==f.contentWindow||e.origin!==${JSON.stringify(origin)})return;` +
    `var d=e.data||{},h=d["datawrapper-height"]&&d["datawrapper-height"][${JSON.stringify(EMBED_NAME)}];` +
    `if(h===undefined&&d.sentinel==="amp"&&d.type==="embed-size")h=d.height;h=Number(h);` +
    `if(Number.isInteger(h)&&h>=${HEIGHT_RANGE.min}&&h<=${HEIGHT_RANGE.max})f.style.height=h+"px";});})();</script>`;
  return `${iframe}\n${script}`;
}

function hash(text: string): number {
  let value = 0;
  for (let index = 0; index < text.length; index += 1)
    value = (value * 31 + text.charCodeAt(index)) | 0;
  return value;
}
