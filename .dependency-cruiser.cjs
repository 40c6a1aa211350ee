// The import graph of server/src, checked by `npm test` (`npm run cycles`): no module reaches itself
// through its imports, so every layer can be read, tested and moved from the bottom up.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A cycle in the import graph: break it by moving the shared piece down a layer.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // The graph as written, type-only imports included: a type that two layers name each other through ties
    // them as surely as code does (neither can be read or moved alone), so its type moves down a layer too.
    tsPreCompilationDeps: true,
  },
};
