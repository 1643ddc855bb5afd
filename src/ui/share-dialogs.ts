import type { AtlasStore } from '../store/store';
import { linkOf } from '../url/links';
import { embedCode } from '../embed/snippet';
import { element } from './dom';

function dialog(title: string, body: Node[]): HTMLDialogElement {
  const close = element('button', {
    text: 'Close',
    attributes: { type: 'button', class: 'dialog-close' },
  });
  const node = element('dialog', { className: 'dialog', attributes: { 'aria-label': title } }, [
    element('h2', { text: title }),
    ...body,
    close,
  ]);
  close.addEventListener('click', () => node.close());
  return node;
}

async function copy(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement,
  status: HTMLElement,
): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    field.select();
    status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
}

/**
 * "Share" and "Embed" buttons with their dialogs: the link of the current view in a textbox named
 * "Link" with "Copy link" (and the native share sheet where there is one); the embed code in a
 * textbox named "Embed code". Native `<dialog>`: Escape closes, focus returns to the button.
 */
export function mountShareDialogs(node: HTMLElement, store: AtlasStore): void {
  const link = element('input', { attributes: { type: 'text', readonly: '', id: 'share-link' } });
  const linkStatus = element('p', { className: 'dialog-status', attributes: { role: 'status' } });
  const copyLink = element('button', { text: 'Copy link', attributes: { type: 'button' } });
  copyLink.addEventListener('click', () => void copy(link.value, link, linkStatus));
  const nativeShare = element('button', { text: 'Share via…', attributes: { type: 'button' } });
  nativeShare.hidden = typeof navigator.share !== 'function';
  nativeShare.addEventListener('click', () => {
    void navigator.share({ title: document.title, url: link.value }).catch(() => undefined);
  });
  const shareDialog = dialog('Share this view', [
    element('label', { text: 'Link', attributes: { for: 'share-link' } }),
    link,
    element('div', { className: 'dialog-actions' }, [copyLink, nativeShare]),
    linkStatus,
  ]);

  const code = element('textarea', { attributes: { readonly: '', id: 'embed-code', rows: '7' } });
  const codeStatus = element('p', { className: 'dialog-status', attributes: { role: 'status' } });
  const copyCode = element('button', { text: 'Copy embed code', attributes: { type: 'button' } });
  copyCode.addEventListener('click', () => void copy(code.value, code, codeStatus));
  const embedDialog = dialog('Embed this view', [
    element('p', {
      className: 'dialog-note',
      text: 'Paste this into an article. The map opens on this view, with a legend, sources and an “Open full map” link; the optional script lets it resize itself.',
    }),
    element('label', { text: 'Embed code', attributes: { for: 'embed-code' } }),
    code,
    element('div', { className: 'dialog-actions' }, [copyCode]),
    codeStatus,
  ]);

  const shareButton = element('button', { text: 'Share', attributes: { type: 'button' } });
  shareButton.addEventListener('click', () => {
    link.value = linkOf(store.getState(), location.href, { embed: false });
    linkStatus.textContent = '';
    shareDialog.showModal();
    link.select();
  });
  const embedButton = element('button', { text: 'Embed', attributes: { type: 'button' } });
  embedButton.addEventListener('click', () => {
    const url = linkOf(store.getState(), location.href, { embed: true });
    code.value = embedCode(url, `Critical Minerals Atlas: ${document.title}`);
    codeStatus.textContent = '';
    embedDialog.showModal();
  });
  node.replaceChildren(shareButton, embedButton, shareDialog, embedDialog);
}
