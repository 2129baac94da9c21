import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { encodeBundle } from '../shared/bundle/encode.ts';
import { exampleFiles } from './generator/story.ts';

/** `tsx examples/generate.ts [FOLDER]`: writes the example bundles, by default beside this file. */
const folder = resolve(process.argv[2] ?? import.meta.dirname);
await mkdir(folder, { recursive: true });
const files = exampleFiles();
for (const { fileName, bundle } of files) await writeFile(join(folder, fileName), encodeBundle(bundle));
console.log(`wrote ${files.length} example bundles to ${folder}`);
