// The messages of the network and of the Your data screen load with their screens
// (catalogue.ts): a file that writes one of their keys must import the module that asks for
// them, or its screen could render before they are there and show the bare key. This reads the
// source: every key written as a literal (or the fixed start of one built in a template,
// `yourData.reason.${code}`) counts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { network } from './messages/en/network';
import { yourData } from './messages/en/your-data';
import { goals } from './messages/en/goals';
import { share } from './messages/en/share';

const SOURCE = fileURLToPath(new URL('..', import.meta.url));
const MESSAGES = path.join(SOURCE, 'i18n', 'messages');

const LATER_AREAS = [
  { name: 'network', keys: Object.keys(network), module: 'network-messages' },
  { name: 'yourData', keys: Object.keys(yourData), module: 'your-data-messages' },
  { name: 'goals', keys: Object.keys(goals), module: 'goals-messages' },
  { name: 'share', keys: Object.keys(share), module: 'share-messages' },
];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return full === MESSAGES ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Dotted names at the start of a string or template literal: keys, or a key's fixed start. */
function keyLiterals(text: string): string[] {
  return [...text.matchAll(/['"`]((?:[a-z]\w*\.)+\w*)/g)].map((match) => match[1] ?? '');
}

const files = sourceFiles(SOURCE).map((file) => ({
  file: path.relative(SOURCE, file),
  text: readFileSync(file, 'utf8'),
}));

describe.each(LATER_AREAS)('the $name messages, which load with their screen', (area) => {
  const keys = new Set(area.keys);
  const isAreaKey = (literal: string) =>
    keys.has(literal) ||
    (literal.endsWith('.') && area.keys.some((key) => key.startsWith(literal)));
  const users = files.filter(
    ({ file, text }) =>
      path.basename(file, '.ts') !== area.module && keyLiterals(text).some(isAreaKey),
  );
  // An import of the module, by any relative path: import './network-messages';
  const adder = new RegExp(`^import (?:.+ from )?'[./\\w-]*/${area.module}';$`, 'm');

  it('are used by the files this test looks at', () => {
    expect(users.length).toBeGreaterThan(3);
  });

  it.each(users.map(({ file }) => file))('%s imports the module that adds them', (file) => {
    const text = files.find((entry) => entry.file === file)?.text ?? '';
    expect(adder.test(text), `${file} uses ${area.name} keys`).toBe(true);
  });
});
