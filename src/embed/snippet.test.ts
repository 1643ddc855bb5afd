import { describe, expect, it } from 'vitest';
import { embedCode } from './snippet';

describe('embedCode', () => {
  const code = embedCode(
    'https://atlas.example/map/?v=1&embed=1&mineral=lithium#map=2.00/0/0',
    'Lithium "sites" <map>',
  );

  it('writes a titled, lazy, sandboxed, full-width iframe with escaped attributes', () => {
    expect(code).toMatch(
      /<iframe id="cma-[a-z0-9]+" src="https:\/\/atlas\.example\/map\/\?v=1&amp;embed=1&amp;mineral=lithium#map=2\.00\/0\/0"/,
    );
    expect(code).toContain('title="Lithium &quot;sites&quot; &lt;map&gt;"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(code).toContain('width:100%');
  });

  it('resizes only from its own iframe and origin, and only to a sane integer', () => {
    expect(code).toContain('e.source!==f.contentWindow');
    expect(code).toContain('e.origin!=="https://atlas.example"');
    expect(code).toContain('Number.isInteger(h)&&h>=200&&h<=3000');
    expect(embedCode('https://atlas.example/', 't', 400, false)).not.toContain('<script>');
  });
});
