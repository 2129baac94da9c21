import type { SyncDirectory, SyncFileHandle } from '../../../extension/services/sync-directory.ts';

/**
 * A folder in memory with the File System Access calls folder sync makes; jsdom has no file
 * system. The e2e test syncs through a real folder handle in Chromium.
 */
export interface MemoryFolder extends SyncDirectory {
  readonly files: Map<string, string>;
  permission: PermissionState;
  /** What `requestPermission` answers: the partner's choice in the browser's prompt. */
  grantOnRequest: boolean;
  /** Makes the next write fail after it started, as a drive going offline does. */
  failNextWrite: boolean;
}

export function memoryFolder(name = 'Regiobeeld Helmond-De Peel'): MemoryFolder {
  const files = new Map<string, string>();
  const fileHandle = (fileName: string): SyncFileHandle => ({
    kind: 'file',
    name: fileName,
    getFile: async () => new File([files.get(fileName) ?? ''], fileName, { type: 'application/json' }),
    createWritable: async () => {
      let pending = '';
      return {
        write: async (data: string) => {
          if (folder.failNextWrite) {
            folder.failNextWrite = false;
            throw new DOMException('the drive went away', 'NotReadableError');
          }
          pending += data;
        },
        close: async () => {
          files.set(fileName, pending);
        },
        abort: async () => undefined,
      };
    },
  });
  const folder: MemoryFolder = {
    kind: 'directory',
    name,
    files,
    permission: 'granted',
    grantOnRequest: true,
    failNextWrite: false,
    getFileHandle: async (fileName, options) => {
      if (!files.has(fileName)) {
        if (options?.create !== true) throw new DOMException(`${fileName} not found`, 'NotFoundError');
        files.set(fileName, '');
      }
      return fileHandle(fileName);
    },
    async *values() {
      for (const fileName of [...files.keys()]) yield fileHandle(fileName);
      yield { kind: 'directory', name: 'archief' } as const;
    },
    queryPermission: async () => folder.permission,
    requestPermission: async () => {
      if (folder.grantOnRequest) folder.permission = 'granted';
      return folder.permission;
    },
  };
  return folder;
}
