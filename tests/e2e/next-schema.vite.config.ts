// The build of "the next release" for schema-upgrade-tabs.spec.ts: the app exactly as it is,
// but with one more schema version, which adds nothing. Nothing in src/ knows of it: this
// config wraps the real one and hands every import of src/db/schema.ts (the page's and the
// workers') a module that re-exports it with that version appended.
//
//   npx vite build -c tests/e2e/next-schema.vite.config.ts --outDir <folder> --emptyOutDir
import path from 'node:path';
import { mergeConfig, type Plugin } from 'vite';
import shippedConfig from '../../vite.config';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '..', '..', 'src', 'db', 'schema.ts');
const NEXT_SCHEMA_ID = '\0ties-next-schema';

function oneMoreSchemaVersion(): Plugin {
  return {
    name: 'ties-e2e-one-more-schema-version',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === NEXT_SCHEMA_ID || !/schema(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === SCHEMA_FILE ? NEXT_SCHEMA_ID : null;
    },
    load(id) {
      if (id !== NEXT_SCHEMA_ID) return null;
      const shipped = JSON.stringify(SCHEMA_FILE);
      return [
        `import { SCHEMA_VERSIONS as shipped } from ${shipped};`,
        `export * from ${shipped};`,
        'const next = shipped[shipped.length - 1].version + 1;',
        'export const SCHEMA_VERSIONS = [...shipped, { version: next, stores: {} }];',
        'export const LATEST_VERSION = next;',
      ].join('\n');
    },
  };
}

export default mergeConfig(shippedConfig, {
  plugins: [oneMoreSchemaVersion()],
  worker: { plugins: () => [oneMoreSchemaVersion()] },
});
