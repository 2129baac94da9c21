/**
 * The part of the File System Access API that folder sync uses. Declared here because TypeScript's
 * DOM library leaves out the permission calls (Chromium has them; Firefox has no such API), and
 * so DOM tests can hand in a folder of their own.
 */
export interface SyncFileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
}

export interface SyncDirectory {
  readonly kind: 'directory';
  readonly name: string;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<SyncFileHandle>;
  values(): AsyncIterable<SyncFileHandle | { readonly kind: 'directory'; readonly name: string }>;
  queryPermission(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}

export function isSyncDirectory(value: unknown): value is SyncDirectory {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof SyncDirectory, unknown>>;
  return (
    candidate.kind === 'directory' &&
    typeof candidate.name === 'string' &&
    typeof candidate.getFileHandle === 'function' &&
    typeof candidate.queryPermission === 'function'
  );
}

/** `window.showDirectoryPicker`, where the browser has it (Chrome, Edge; not Firefox). */
export function directoryPicker(scope: object): (() => Promise<SyncDirectory>) | undefined {
  const picker = (scope as { showDirectoryPicker?: (options: { id: string; mode: 'readwrite' }) => Promise<SyncDirectory> }).showDirectoryPicker;
  return typeof picker === 'function' ? () => picker.call(scope, { id: 'regiobeeld-sync', mode: 'readwrite' }) : undefined;
}
