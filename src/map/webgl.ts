/**
 * True when the browser can create a WebGL2 context. MapLibre 6 asks for WebGL2 only (a browser
 * with just WebGL1 makes its constructor throw), so WebGL1 does not count here.
 */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
