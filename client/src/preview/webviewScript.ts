// The one script of the preview webview. It runs inside the page (serialised with Function#toString and
// loaded with the page's nonce), so it must not refer to anything outside its own body.
//
// The sheet keeps its A4 size in CSS and is zoomed to fit a narrow panel, as a PDF viewer fits width.
//
// Messages in:  { type: 'update', markup, css? }  replace the page (and its style sheet when the
//                                           regime changed), keeping the scroll position;
//               { type: 'cursor', line }    mark the block of the editor's cursor and bring it into view;
//               { type: 'scrollTo', line }  align the block of the editor's first visible line to the top.
// Messages out: { type: 'reveal', line }    the user clicked a block: show its source line;
//               { type: 'scrolled', line }  the user scrolled the page: the first block in view.

declare function acquireVsCodeApi(): {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
};

export function webviewMain(): void {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('vb-root') as HTMLElement;
  let programmaticUntil = 0;

  const blocks = () => Array.from(root.querySelectorAll<HTMLElement>('[data-line]'));
  const lineOf = (el: Element) => Number((el as HTMLElement).dataset.line);
  /** The block of the nearest source line at or before `line` (header columns are not in line order). */
  const blockAt = (line: number): HTMLElement | undefined => {
    let found: HTMLElement | undefined;
    for (const el of blocks()) {
      const at = lineOf(el);
      if (at <= line && (!found || at > lineOf(found))) found = el;
    }
    return found ?? blocks()[0];
  };
  const firstLine = () => Math.min(...blocks().map(lineOf));
  const GUTTER = 24;
  const fitWidth = () => {
    root.style.zoom = '1';
    const sheet = root.querySelector('.vb-page');
    if (!sheet) return;
    const natural = sheet.getBoundingClientRect().width;
    const scale = Math.min(1, (document.documentElement.clientWidth - GUTTER) / natural);
    root.style.zoom = String(Math.max(0.2, scale));
  };
  fitWidth();
  window.addEventListener('resize', fitWidth);
  const scrollProgrammatically = (top: number) => {
    programmaticUntil = Date.now() + 250;
    window.scrollTo(0, Math.max(0, top));
  };

  const saved = vscode.getState() as { scrollY?: number } | undefined;
  if (saved && typeof saved.scrollY === 'number') scrollProgrammatically(saved.scrollY);

  window.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as { type?: string; markup?: string; css?: string; line?: number };
    if (message.type === 'update' && typeof message.markup === 'string') {
      const sheet = document.getElementById('vb-page-style');
      // The style element keeps its nonce, so the CSP lets its new text apply.
      if (sheet && typeof message.css === 'string' && sheet.textContent !== message.css) sheet.textContent = message.css;
      const y = window.scrollY;
      const current = root.querySelector('.vb-current');
      const currentLine = current ? lineOf(current) : -1;
      // The markup is the engine's, with every document text escaped; the CSP forbids inline handlers.
      root.innerHTML = message.markup;
      fitWidth();
      if (currentLine >= 0) blockAt(currentLine)?.classList.add('vb-current');
      scrollProgrammatically(y);
    } else if (message.type === 'cursor' && typeof message.line === 'number') {
      root.querySelectorAll('.vb-current').forEach((el) => el.classList.remove('vb-current'));
      const el = blockAt(message.line);
      if (!el) return;
      el.classList.add('vb-current');
      const box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) scrollProgrammatically(window.scrollY + box.top - window.innerHeight / 3);
    } else if (message.type === 'scrollTo' && typeof message.line === 'number') {
      if (message.line <= firstLine()) {
        scrollProgrammatically(0); // the editor shows the top: show the whole top of the sheet
        return;
      }
      const el = blockAt(message.line);
      if (el) scrollProgrammatically(window.scrollY + el.getBoundingClientRect().top - 8);
    }
  });

  root.addEventListener('click', (event) => {
    const el = (event.target as Element).closest('[data-line]');
    if (el) vscode.postMessage({ type: 'reveal', line: lineOf(el) });
  });

  let pending = false;
  window.addEventListener('scroll', () => {
    vscode.setState({ scrollY: window.scrollY });
    if (Date.now() < programmaticUntil || pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const first = blocks().find((el) => el.getBoundingClientRect().bottom > 0);
      if (first) vscode.postMessage({ type: 'scrolled', line: lineOf(first) });
    });
  });
}
