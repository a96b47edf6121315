/**
 * The sizes a catalog may reach. Each is far above what the real catalog needs (its largest file is
 * 40 KB, its longest text 2.7 K characters, its deepest value 10 levels), and each keeps a hostile
 * file from exhausting memory or the stack: every diagnostic that reports a limit states it.
 */

/** Bytes per catalog file. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Characters per text (every string and every key). */
export const MAX_TEXT_LENGTH = 64 * 1024;

/** Nesting levels of a YAML value (mappings and sequences) and of a sample's JSON. */
export const MAX_NESTING = 64;

export const FILE_LIMIT_TEXT = `${MAX_FILE_BYTES} bytes (1 MiB)`;
