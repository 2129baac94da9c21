/** 0 all well; 1 a file was refused or could not be read or written; 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
