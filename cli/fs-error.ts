/** Node's code of a file-system failure ("ENOENT"), when it has one. */
export function fsErrorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Known file-system failures in plain words; any other keeps Node's message and code, for whoever helps the user. */
export function fsErrorReason(error: unknown): string {
  const code = fsErrorCode(error);
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    // EEXIST is what creating a folder meets when a file of that name is in the way.
    case 'ENOTDIR':
    case 'EEXIST':
      return 'part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return code === undefined ? message : `${message} (${code})`;
    }
  }
}
