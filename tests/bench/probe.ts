/**
 * The in-page half of the harness, installed with `addInitScript` before any page script runs.
 * Plain JavaScript in a string so no bundler or transpiler helper leaks into the page.
 *
 * - Records every WebGL context created; `readback()` reads one pixel from each (forcing the GPU,
 *   SwiftShader here, to finish) plus a tiny WebGL canvas of its own, which serialises the GPU
 *   process behind 2D canvases (Leaflet) without turning them into CPU canvases.
 * - With `?cpu=1` every 2D context is created with `willReadFrequently: true` (a CPU canvas).
 * - Sets `__bench.firstIdle` (ms since navigation) once the page drew everything and the GPU
 *   finished: for the app, `#map[data-render-state=idle]` with its sites loaded and no JSON fetch
 *   left unparsed (the deposits layer, on by default, loads after the sites); for a peer, its
 *   `peer-ready` event.
 * - `__bench.time(action, ...args)`: runs one action, waits for the drawn signal, one animation
 *   frame and the read-back, and returns the elapsed ms.
 */
export const PROBE_SCRIPT = String.raw`(() => {
  const contexts = [];
  const cpu = new URLSearchParams(location.search).get('cpu') === '1';
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attributes) {
    if (cpu && type === '2d') attributes = Object.assign({}, attributes, { willReadFrequently: true });
    const context = original.call(this, type, attributes);
    if (context && (type === 'webgl' || type === 'webgl2') && !contexts.includes(context)) contexts.push(context);
    return context;
  };
  // Data files in flight (fetched and not yet parsed): first idle waits for all of them, so data
  // a page fetches after start-up (the app's deposits layer) counts as part of "drawn".
  let pendingData = 0;
  const originalFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = String(input instanceof Request ? input.url : input);
    if (!/\.(geo)?json(\?|$)/.test(url)) return originalFetch.call(this, input, init);
    pendingData += 1;
    return originalFetch.call(this, input, init).then((response) => {
      const json = response.json;
      response.json = () => json.call(response).finally(() => { pendingData -= 1; });
      return response;
    }, (error) => { pendingData -= 1; throw error; });
  };
  let barrier = null;
  const pixel = new Uint8Array(4);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const readback = () => {
    for (const gl of contexts) {
      if (gl.canvas && gl.canvas.isConnected && !gl.isContextLost()) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    }
    if (!barrier) {
      const canvas = document.createElement('canvas');
      canvas.width = 1; canvas.height = 1;
      barrier = original.call(canvas, 'webgl2');
    }
    if (barrier) {
      barrier.clear(barrier.COLOR_BUFFER_BIT);
      barrier.readPixels(0, 0, 1, 1, barrier.RGBA, barrier.UNSIGNED_BYTE, pixel);
    }
  };
  const isApp = () => Boolean(document.getElementById('summary'));
  const appState = () => document.getElementById('map')?.dataset.renderState;
  const appIdle = () => new Promise((resolve) => {
    const map = document.getElementById('map');
    const check = () => {
      if (map.dataset.renderState === 'idle') { observer.disconnect(); resolve(); }
    };
    const observer = new MutationObserver(check);
    observer.observe(map, { attributes: true, attributeFilter: ['data-render-state'] });
    check();
  });
  const actions = {
    async filter(on, method) {
      if (!isApp()) return window.__peer.filter(on, method);
      const box = document.querySelector('#filters input[type="checkbox"][value="lithium"]');
      if (!box) throw new Error('no Lithium checkbox');
      if (box.checked !== on) box.click();
      if (appState() !== 'busy') throw new Error('the filter did not make the map busy');
      return appIdle();
    },
    async jump(longitude, latitude, zoom) {
      if (!isApp()) return window.__peer.jump(longitude, latitude, zoom);
      window.atlasMap.jumpTo(longitude, latitude, zoom);
      return appIdle();
    },
  };
  const bench = (window.__bench = { firstIdle: undefined, error: undefined, readback });
  bench.time = async (name, ...args) => {
    const start = performance.now();
    await actions[name](...args);
    await frame();
    readback();
    return performance.now() - start;
  };
  const finish = async () => { await frame(); readback(); bench.firstIdle = performance.now(); };
  const watchApp = () => {
    const map = document.getElementById('map');
    const summary = document.getElementById('summary');
    let done = false;
    const check = () => {
      if (done || map.dataset.renderState !== 'idle' || pendingData > 0) return;
      if (!/sites shown/.test(summary.textContent || '')) return;
      done = true; observer.disconnect(); void finish();
    };
    const observer = new MutationObserver(check);
    observer.observe(map, { attributes: true, attributeFilter: ['data-render-state'] });
    observer.observe(summary, { childList: true, characterData: true, subtree: true });
    check();
  };
  window.addEventListener('peer-ready', () => void finish());
  window.addEventListener('error', (event) => { bench.error = String(event.message); });
  document.addEventListener('DOMContentLoaded', () => { if (isApp()) watchApp(); });
})();`;
