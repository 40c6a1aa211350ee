// Web worker entry (vscode.dev, github.dev): the same server setup as the Node entry, over postMessage.

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './setup';

// The worker's global scope is both the message source and sink.
const scope = self as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection);
