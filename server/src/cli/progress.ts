// A progress bar on a terminal when many files are checked; nothing when the output is piped.

const PROGRESS_MIN_FILES = 20;

export interface Progress {
  update(done: number): void;
  finish(): void;
}

const SILENT: Progress = { update: () => undefined, finish: () => undefined };
const WIDTH = 30;

export function createProgress(total: number, stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY || total < PROGRESS_MIN_FILES) return SILENT;
  let last = -1;
  let shown = false;
  const draw = (done: number) => {
    const filled = Math.round((done / total) * WIDTH);
    if (filled === last && done !== total) return; // redraw only when the bar moves
    last = filled;
    shown = true;
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${total}`);
  };
  draw(0);
  return {
    update: draw,
    finish: () => { if (shown) stream.write('\r\x1b[K'); },
  };
}
