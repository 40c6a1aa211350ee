// Node entry: the transport (node IPC when started by the VS Code client, `--stdio` for other editors)
// is chosen by vscode-languageserver from the command line.

import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { ConfigStore } from './config';
import { startServer } from './setup';
import { WorkspaceRecipients } from './workspaceRecipients';

/**
 * Over stdio the server reads framed messages itself, so a frame it cannot read ends it: after a header
 * without a numeric Content-Length the stream is out of step for good, and the reader would otherwise stay
 * silent while the server lives on deaf. The process exits with status 1 and says why on
 * standard error; the client sees the server stop and reports it (and VS Code restarts it).
 */
function stdioConnection() {
  // The reader waits for as many bytes as a header announces: `Content-Length: 99999999999` left the
  // server alive and deaf. The frames are watched on their way in, and one no message can
  // need ends the server with the reason.
  process.stdin.on('data', frameGuard((reason) => {
    process.stderr.write(`vanban: unreadable message from the client, stopping: ${reason}\n`);
    process.exit(1);
  }));
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  reader.onError((error) => {
    process.stderr.write(`vanban: unreadable message from the client, stopping: ${error.message}\n`);
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, writer);
}

/** More than any message an editor sends (a whole draft is at most 64 MB, JSON-escaped): a frame beyond it is refused. */
const MAX_FRAME_BYTES = 256 * 1024 * 1024;

/**
 * Follows the framing of the bytes read (headers up to a blank line, then Content-Length bytes of body)
 * and calls `refuse` on a header block that grows past 8 KB or announces a body above MAX_FRAME_BYTES.
 * It only watches: the message reader still parses every frame itself.
 */
function frameGuard(refuse: (reason: string) => void): (chunk: Buffer) => void {
  let header = '';
  let body = 0;
  return (chunk) => {
    let at = 0;
    while (at < chunk.length) {
      if (body > 0) {
        const taken = Math.min(body, chunk.length - at);
        body -= taken;
        at += taken;
        continue;
      }
      const end = chunk.indexOf(0x0a, at);
      const piece = chunk.toString('latin1', at, end < 0 ? chunk.length : end + 1);
      at = end < 0 ? chunk.length : end + 1;
      header += piece;
      if (header.length > 8192) return refuse('a header block longer than 8 KB');
      if (!header.endsWith('\r\n\r\n')) continue;
      const length = /(?:^|\n)content-length: *(\d{1,20}) *\r?\n/i.exec(header);
      header = '';
      if (!length) continue; // the message reader reports a missing length itself
      const size = Number(length[1]);
      if (!(size <= MAX_FRAME_BYTES)) return refuse(`a frame announcing ${length[1]} bytes, above the limit of ${MAX_FRAME_BYTES}`);
      body = size;
    }
  };
}

/** Starts the language server on the transport the command line names (`dist/server.js` calls it). */
export function startLanguageServer(): void {
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  // Nothing a document contains may take the server down: log and carry on.
  process.on('uncaughtException', (error) => connection.console.error(`vanban: uncaught ${error.stack ?? error}`));
  startServer(connection, {
    workspaceRecipients: (folders) => new WorkspaceRecipients(folders),
    configFiles: (conn) => new ConfigStore(conn),
  });
}
