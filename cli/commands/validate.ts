import { acceptedLine } from '../describe-bundle.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import type { Output } from '../output.ts';
import { plural } from '../plural.ts';
import { bundleReader, type ReadBundleDeps } from '../read-bundle-files.ts';

export interface ValidateDeps extends ReadBundleDeps {
  readonly output: Output;
}

/** Checks every file and names every problem, so one run lists all there is to fix. */
export async function validate(files: readonly string[], deps: ValidateDeps): Promise<ExitCode> {
  let refused = 0;
  await bundleReader(deps)(files, (result) => {
    if (result.ok) deps.output.out(acceptedLine(result.file, result.header, result.recordCount, result.signature));
    else {
      refused += 1;
      result.problems.forEach((line) => deps.output.err(line));
    }
  });
  if (refused === 0) return EXIT.ok;
  deps.output.err(`${refused} of ${plural(files.length, 'file', 'files')} refused`);
  return EXIT.failed;
}
