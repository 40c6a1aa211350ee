// A part's relationships (its .rels part): each internal one's type and target, the target resolved to a
// zip entry name against the part's folder. External targets (links) are left out.

import { attr, children, type XmlElement } from './xml';

export interface Relationship {
  readonly type: string;
  readonly target: string;
}

export function relationships(root: XmlElement | undefined, base: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  for (const rel of children(root, 'pr:Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id === undefined || target === undefined || attr(rel, 'TargetMode') === 'External') continue;
    out.set(id, { type: attr(rel, 'Type') ?? '', target: resolvePath(base, target) });
  }
  return out;
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
