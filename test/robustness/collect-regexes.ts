// Run as its own process (see redos.test.ts): records every pattern built at run time with `new RegExp`
// or `RegExp(…)` from a string while the whole engine is loaded and every fixture is linted, rendered and
// fixed, then prints them as JSON. Regex literals never pass through the constructor; the source scan
// reads those.

const Original = RegExp;
const seen = new Map<string, { source: string; flags: string }>();
const record = (args: unknown[]) => {
  if (typeof args[0] !== 'string') return;
  const flags = typeof args[1] === 'string' ? args[1] : '';
  seen.set(`${flags}/${args[0]}`, { source: args[0], flags });
};
globalThis.RegExp = new Proxy(Original, {
  construct(target, args, newTarget) { record(args); return Reflect.construct(target, args, newTarget); },
  apply(target, thisArg, args) { record(args); return Reflect.apply(target, thisArg, args); },
});

async function main() {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const engine = await import('../../server/src/engine');
  const render = await import('../../server/src/engine/render');
  const fixtures = join(__dirname, '..', 'fixtures', 'rules');
  for (const rule of readdirSync(fixtures)) {
    for (const name of readdirSync(join(fixtures, rule))) {
      const text = readFileSync(join(fixtures, rule, name), 'utf8');
      const result = engine.lintModel(engine.parse(text), {});
      engine.fixAll(text, {});
      render.renderPreview(result.model, result.diagnostics);
    }
  }
  process.stdout.write(JSON.stringify([...seen.values()]));
}

void main();
