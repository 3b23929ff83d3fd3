import path from 'node:path';

// The smallest Next app the product could be: a baseline for `npm run bench`, not part of the product.
export default {
  poweredByHeader: false,
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
  outputFileTracingRoot: path.resolve(import.meta.dirname, '../..'),
};
