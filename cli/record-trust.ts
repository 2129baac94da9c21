import type { Bundle } from '../shared/bundle/format.ts';
import { type KeyRing, pinnedKeysOf, ringWith, type TrustedKey } from '../shared/bundle/key-ring.ts';
import { checkAuthenticity } from '../shared/bundle/record-authenticity.ts';
import { recordSigningPayload } from '../shared/bundle/record-signature.ts';
import { keyFingerprint, type SignatureCheck, type SignatureCrypto } from '../shared/bundle/signature.ts';
import { versionClashes } from '../shared/merge/version-clashes.ts';
import type { RecordId } from '../shared/schema/ids.ts';
import type { PublicKeyJwk } from '../shared/schema/public-key.ts';
import type { RegionRecord } from '../shared/schema/record.ts';
import { listSome, someOf } from '../shared/wording/list-some.ts';
import { partnerNames } from './describe-conflict.ts';
import type { Messages } from './messages/index.ts';

/** What the coordinator said on the command line about keys and unsigned versions. */
export interface TrustOptions {
  /** Partner ids whose new key replaces the one in the ring. */
  readonly acceptKeys: ReadonlySet<string>;
  /** Versions without a signature are let in (and marked as such in the report). */
  readonly acceptUnsigned: boolean;
}

/** One file as read: where each of its versions sits in the run's list. */
export interface ReadFile {
  readonly file: string;
  readonly header: Omit<Bundle, 'records'>;
  readonly signature: Exclude<SignatureCheck, 'invalid'>;
}

export interface RunVersions {
  readonly files: readonly ReadFile[];
  /** Every distinct version of the run, each once. */
  readonly versions: readonly RegionRecord[];
  /** The index in `files` of the first file that holds each version. */
  readonly fileOf: readonly number[];
}

export interface TrustVerdict {
  /** Versions to merge, by index in `versions`. */
  readonly kept: ReadonlySet<number>;
  /** Files whose own claim (producer, bundle signature) is not trusted: their kept versions merge, they count as no contributor. */
  readonly untrustedFiles: ReadonlySet<number>;
  /** Files of which a version was left out or whose claim is not trusted, by index, in order. */
  readonly partlyRefused: readonly number[];
  /** Lines to print as errors: each names the file, the record and the partner. */
  readonly problems: readonly string[];
  /** Lines to print as warnings: unsigned versions let in. */
  readonly warnings: readonly string[];
  /** Lines to print as results: the keys this run trusts from now on. */
  readonly trusted: readonly string[];
  /** The ring with the keys trusted in this run, or undefined when it stays as it was. */
  readonly ring: KeyRing | undefined;
}

/** Of the unsigned versions at `unsigned`, those whose content is that of a signed version not refused. */
function copiesOfSigned(versions: readonly RegionRecord[], unsigned: readonly number[], refused: ReadonlySet<number>): Set<number> {
  const ids = new Set(unsigned.map((index) => (versions[index] as RegionRecord).id));
  const signed = new Set<string>();
  versions.forEach((record, index) => {
    if (record.signature !== undefined && ids.has(record.id) && !refused.has(index)) signed.add(recordSigningPayload(record));
  });
  return new Set(unsigned.filter((index) => signed.has(recordSigningPayload(versions[index] as RegionRecord))));
}

/** A partner as the lines name it: by the name its partner record gives, always with its id. */
export function partnerWords(names: ReadonlyMap<string, string>, origin: string, texts: Messages): string {
  const name = names.get(origin);
  return name === undefined ? texts.installation(origin) : `"${name}" (${origin})`;
}

/**
 * The lines naming versions that do not hold up, per file (by index in the run): a heading with
 * the count, then one line per version with its type, id, partner and reason, the first of them.
 */
export function versionLinesPerFile(
  found: ReadonlyArray<{ readonly index: number; readonly reason: string }>,
  run: { readonly versions: readonly RegionRecord[]; readonly fileOf: readonly number[]; readonly fileNames: readonly string[] },
  names: ReadonlyMap<string, string>,
  heading: (file: string, count: number) => string,
  texts: Messages,
): Map<number, string[]> {
  const byFile = new Map<number, Array<{ index: number; reason: string }>>();
  for (const problem of found) {
    const fileIndex = run.fileOf[problem.index] as number;
    const entry = byFile.get(fileIndex);
    if (entry === undefined) byFile.set(fileIndex, [problem]);
    else entry.push(problem);
  }
  const lines = new Map<number, string[]>();
  for (const [fileIndex, problems] of [...byFile].sort(([a], [b]) => a - b)) {
    const listed = someOf(problems);
    lines.set(fileIndex, [
      heading(run.fileNames[fileIndex] as string, problems.length),
      ...listed.shown.map(({ index, reason }) => {
        const record = run.versions[index] as RegionRecord;
        return texts.versionLine(texts.recordType(record.type), record.id, partnerWords(names, record.origin, texts), reason);
      }),
      ...(listed.more > 0 ? [`  ${texts.moreItems(listed.more)}`] : []),
    ]);
  }
  return lines;
}

/**
 * Judges every version of a run by its own signature against the ring (see `checkAuthenticity`)
 * and for clashes with the other versions, and each file's bundle signature against the key its
 * producer is known by. Nothing here is decided by the order of the files: the verdict on a
 * version depends only on the set of versions and the ring.
 */
export async function judgeVersions(
  run: RunVersions,
  ring: KeyRing,
  options: TrustOptions,
  crypto: SignatureCrypto,
  now: string,
  texts: Messages,
): Promise<TrustVerdict> {
  const { versions, fileOf, files } = run;
  const authenticity = await checkAuthenticity(versions, crypto, {
    pinned: pinnedKeysOf(ring),
    acceptKeyOf: (partnerId) => options.acceptKeys.has(partnerId),
    acceptUnsigned: options.acceptUnsigned,
  });
  // An unsigned copy of a version that is also here signed, and verified, is that version as a file
  // from before signatures holds it: not a problem, whether let in or refused as unsigned, and the
  // signed one is what the merge keeps.
  const refusedSet = new Set(authenticity.refused.map((r) => r.index));
  const refusedUnsigned = authenticity.refused.filter((r) => r.code === 'unsigned').map((r) => r.index);
  const copies = copiesOfSigned(versions, [...authenticity.unsigned, ...refusedUnsigned], refusedSet);
  const refusals = authenticity.refused.filter((r) => !copies.has(r.index));
  const refusedCodes = new Map(refusals.map((r) => [r.index, r.code] as const));
  const authentic = versions.map((_, index) => index).filter((index) => !refusedCodes.has(index) && !copies.has(index));
  const clashes = versionClashes(authentic.map((index) => versions[index] as RegionRecord));
  const clashing = new Map(clashes.map((clash) => [authentic[clash.index] as number, clash.code] as const));
  const kept = new Set(authentic.filter((index) => !clashing.has(index)));
  const names = partnerNames([...kept].map((index) => versions[index] as RegionRecord));

  const nameOf = (origin: RecordId) => partnerWords(names, origin, texts);
  const list = (items: readonly string[], separator?: string) =>
    listSome(items, { language: texts.language, ...(separator === undefined ? {} : { separator }) });
  const found = [
    ...refusals.map((refusal) => ({ index: refusal.index, reason: texts.authenticity(refusal.code, nameOf(refusal.origin)) })),
    ...[...clashing].map(([index, code]) => ({ index, reason: texts.clash(code) })),
  ];
  const perFile = versionLinesPerFile(found, { versions, fileOf, fileNames: files.map((f) => f.file) }, names, texts.mergeHeading, texts);
  const problems: string[] = [...perFile.values()].flat();
  if (refusals.some((r) => r.code === 'unsigned')) problems.push(texts.unsignedHint);
  const keyChanged = [...new Set(authenticity.refused.filter((r) => r.code === 'key-changed').map((r) => r.origin))];
  if (keyChanged.length > 0) problems.push(texts.keyChangedHint(list(keyChanged.map(nameOf))));

  const trusted = new Map<RecordId, PublicKeyJwk>(pinnedKeysOf(ring));
  for (const [partnerId, key] of authenticity.firstUse) trusted.set(partnerId, key);
  for (const [partnerId, { now: key }] of authenticity.changed) trusted.set(partnerId, key);
  const untrustedFiles = new Set<number>();
  files.forEach(({ file, header, signature }, index) => {
    if (header.producer.kind !== 'partner') return;
    const { partnerId } = header.producer;
    const key = trusted.get(partnerId);
    if (key === undefined) return;
    if (signature === 'unsigned' && !options.acceptUnsigned) {
      untrustedFiles.add(index);
      problems.push(texts.unsignedBundle(file, nameOf(partnerId)));
    } else if (header.producer.publicKey !== undefined && keyFingerprint(header.producer.publicKey) !== keyFingerprint(key)) {
      untrustedFiles.add(index);
      problems.push(texts.otherKeyBundle(file, nameOf(partnerId)));
    }
  });

  const warnings: string[] = [];
  const trustedLines: string[] = [];
  const newKeys: TrustedKey[] = [...authenticity.firstUse, ...[...authenticity.changed].map(([id, { now: key }]) => [id, key] as const)].map(
    ([partnerId, key]) => ({
      partnerId,
      organisation: names.get(partnerId) ?? '',
      key,
    }),
  );
  if (authenticity.firstUse.size > 0) {
    // The file named is the first of the run that holds the partner record: a partner known only
    // through some other partner's file shows as such.
    const partnerAt = new Map<RecordId, number>();
    versions.forEach((record, at) => {
      if (record.type === 'partner' && kept.has(at) && !partnerAt.has(record.id)) partnerAt.set(record.id, at);
    });
    const firstFile = (partnerId: RecordId) => {
      const index = partnerAt.get(partnerId);
      return index === undefined ? undefined : (files[fileOf[index] as number] as ReadFile).file;
    };
    trustedLines.push(
      texts.firstUse(
        list(
          [...authenticity.firstUse].map(([id, key]) => texts.firstUseKey(nameOf(id), keyFingerprint(key).slice(0, 16), firstFile(id))),
          '; ',
        ),
      ),
    );
  }
  if (authenticity.changed.size > 0) trustedLines.push(texts.keyReplaced(list([...authenticity.changed.keys()].map(nameOf))));
  const unsigned = authenticity.unsigned.filter((index) => kept.has(index));
  if (unsigned.length > 0) {
    const perPartner = new Map<RecordId, number>();
    for (const index of unsigned) {
      const origin = (versions[index] as RegionRecord).origin;
      perPartner.set(origin, (perPartner.get(origin) ?? 0) + 1);
    }
    warnings.push(
      texts.unsignedLetIn(
        unsigned.length,
        list(
          [...perPartner].map(([origin, count]) => texts.unsignedCount(nameOf(origin), count)),
          '; ',
        ),
      ),
    );
  }
  const partlyRefused = [...new Set([...perFile.keys(), ...untrustedFiles])].sort((a, b) => a - b);
  return {
    kept,
    untrustedFiles,
    partlyRefused,
    problems,
    warnings,
    trusted: trustedLines,
    ring: newKeys.length === 0 ? undefined : ringWith(ring, newKeys, now),
  };
}
