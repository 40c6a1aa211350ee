import { readFileSync } from 'node:fs';
import { parse } from './server/src/engine';
const m = parse(readFileSync(process.argv[2],'utf8'));
console.log('recipients', m.recipients?.label.line, m.recipients?.items.map(i=>i.line+':'+i.text));
console.log('signature', JSON.stringify({a:m.signature?.authorities.map(a=>a.line+':'+a.text), t:m.signature?.titles.map(a=>a.line+':'+a.text), n:m.signature?.name?.line+':'+m.signature?.name?.text}));
console.log('attachments', JSON.stringify(m.attachments?.map(a=>[a.kind,a.firstLine,a.lastLine])));
console.log('body', m.body.firstLine, m.body.lastLine, 'noise', JSON.stringify(m.noise?.map(n=>n.line+':'+n.kind)));
