/**
 * Why a file could not be read or written, as data: the reading and writing run before anyone
 * asks which language to say it in, so the messages word it (`Messages.fileProblem`).
 */
export type FileProblem =
  | { readonly kind: 'no-such-file' | 'is-folder' | 'not-a-folder' | 'permission' | 'disk-full' | 'read-only' | 'folder-not-bundle' | 'not-regular' }
  | { readonly kind: 'too-large'; readonly size: number; readonly maxBytes: number }
  /** Any other failure keeps Node's message and code, for whoever helps the user. */
  | { readonly kind: 'other'; readonly message: string; readonly code: string | undefined };

/** Node's code of a file-system failure ("ENOENT"), when it has one. */
export function fsErrorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** A file-system failure as one of the problems the messages know. */
export function fsProblem(error: unknown): FileProblem {
  const code = fsErrorCode(error);
  switch (code) {
    case 'ENOENT':
      return { kind: 'no-such-file' };
    case 'EISDIR':
      return { kind: 'is-folder' };
    // EEXIST is what creating a folder meets when a file of that name is in the way.
    case 'ENOTDIR':
    case 'EEXIST':
      return { kind: 'not-a-folder' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'permission' };
    case 'ENOSPC':
      return { kind: 'disk-full' };
    case 'EROFS':
      return { kind: 'read-only' };
    default:
      return { kind: 'other', message: error instanceof Error ? error.message : String(error), code };
  }
}
