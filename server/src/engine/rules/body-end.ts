// The body's last sentence ends `./.` in a Party document under HD 36; HD 05 reportedly ends it with `.`
// (UNVERIFIED), so the option `end` decides: './.' (the dang-hd36 preset), '.', or 'either' (the lenient
// default, which only asks for one of the two).

import { msg } from '../l10n/localize';
import { columns, rangeOf } from '../ranges';
import { defineRule } from './rule';
import { bodySegments } from './support/text';

export default defineRule({
  id: 'body-end',
  regimes: ['dang'],
  severity: 'warning',
  cheap: true,
  description: 'A Party document’s body ends with ./. (HD 36) or . (HD 05), per the profile.',
  basis: { dang: 'HD 36-HD/VPTW (mẫu trình bày); HD 05-HD/VPTW (CHƯA KIỂM CHỨNG)' },
  options: {
    end: { type: 'enum', values: ['./.', '.', 'either'], default: 'either', description: 'The mark that ends a Party document’s body: ./. (HD 36), . (HD 05, UNVERIFIED), or either of them.' },
  },
  check({ model, options, shared, report }) {
    if (!model.recipients && !model.signature) return; // no closing blocks: the end of the body is not known
    const segments = bodySegments(model, shared);
    const last = segments[segments.length - 1];
    if (!last) return;
    const text = last.text;
    if (/(\.\.\.|…)$/u.test(text)) return; // an example or a placeholder left open: nothing to judge
    const endsFull = /\.\/\.$/u.test(text);
    const endsDot = !endsFull && /[^.]\.$|^\.$/u.test(text);
    const wanted = options.end;
    if (wanted === './.' && endsFull || wanted === '.' && endsDot || wanted === 'either' && (endsFull || endsDot)) return;
    const replaceFrom = endsFull ? last.end - 3 : endsDot ? last.end - 1 : /[;,:]$/.test(text) ? last.end - 1 : last.end;
    const newText = wanted === 'either' ? './.' : wanted;
    const range = columns(last.line, replaceFrom, last.end);
    report({
      range: replaceFrom === last.end ? rangeOf(last) : range,
      message: wanted === 'either'
        ? msg('The body of a Party document ends with {0} (HD 36) or {1} (HD 05)', './.', '.')
        : msg('The body ends with {0} under this profile', wanted),
      fix: { title: msg('End the body with {0}', newText), safety: 'safe', edits: [{ range, newText }] },
    });
  },
});
