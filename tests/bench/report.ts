import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';

export interface Measurement {
  readonly name: string;
  /** What one sample is, in words a reader of docs/benchmarks.md understands. */
  readonly what: string;
  readonly samples: readonly number[];
  readonly baseline: { readonly what: string; readonly samples: readonly number[] };
  /** The target for the median, in milliseconds. */
  readonly targetMs?: number;
  readonly notes?: readonly string[];
}

export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A ratio far below 1 would print as 0.0×: then it also says how many times as long the baseline takes. */
function ratioText(ratio: number): string {
  return ratio >= 0.1
    ? `**${ratio.toFixed(1)}×** the baseline.`
    : `**${ratio.toFixed(3)}×** the baseline (the baseline takes ${(1 / ratio).toFixed(0)}× as long).`;
}

/**
 * Writes the measurements as docs/benchmarks.md: numbers, the baseline of the same run, the ratio.
 * With `keepOthers` (a run of some benchmarks only), the sections of benchmarks not run this time
 * stay as they were, so the page keeps every number.
 */
export async function writeReport(path: string, measurements: readonly Measurement[], keepOthers = false): Promise<string> {
  const lines = [
    '# Benchmarks',
    '',
    `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
    'Every number comes with a baseline measured in the same run on the same machine, so the ratio',
    'says more than the milliseconds on a busy or slow machine. Not run in CI.',
    '',
  ];
  const fresh = new Map<string, string[]>();
  for (const m of measurements) {
    const section: string[] = [];
    fresh.set(m.name, section);
    const median = quantile(m.samples, 0.5);
    const baseline = quantile(m.baseline.samples, 0.5);
    section.push(
      `## ${m.name}`,
      '',
      m.what,
      '',
      '| | n | median | p90 | max |',
      '|---|---|---|---|---|',
      `| measured | ${m.samples.length} | ${ms(median)} | ${ms(quantile(m.samples, 0.9))} | ${ms(Math.max(...m.samples))} |`,
      `| baseline: ${m.baseline.what} | ${m.baseline.samples.length} | ${ms(baseline)} | ${ms(quantile(m.baseline.samples, 0.9))} | ${ms(Math.max(...m.baseline.samples))} |`,
      '',
      `Ratio of medians: ${ratioText(median / baseline)}` +
        (m.targetMs === undefined ? '' : ` Target: median under ${m.targetMs} ms — **${median < m.targetMs ? 'met' : 'not met'}**.`),
      '',
      ...(m.notes ?? []).map((note) => `- ${note}`),
      '',
    );
  }
  const earlier = keepOthers ? await readFile(path, 'utf8').catch(() => '') : '';
  for (const block of earlier.split(/^(?=## )/m).slice(1)) {
    const name = block.slice(3, block.indexOf('\n')).trim();
    const section = fresh.get(name);
    if (section === undefined) lines.push(block.trimEnd(), '');
    else {
      lines.push(...section);
      fresh.delete(name);
    }
  }
  for (const section of fresh.values()) lines.push(...section);
  const text = `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
  await writeFile(path, text);
  return text;
}
