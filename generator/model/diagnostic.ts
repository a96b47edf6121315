/**
 * The one shape of every problem the toolkit reports (the checker on catalog files, the importer on
 * docs pages), located precisely enough to jump to it from a terminal. Positions are 1-based; a
 * problem with a whole file is at 1:1.
 */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /**
   * Where inside a catalog file, as a JSONPath-like string: `samples[2].source.line`, `(yaml)`,
   * `(file)`. Absent for a place in a source document (a docs page), which has no such structure.
   */
  path?: string;
  message: string;
  severity: 'error' | 'warning';
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const whole of path) {
    // A key too long to read (the text limit is 64 K characters) is shown by its start and length.
    const segment =
      typeof whole === 'string' && whole.length > 80
        ? `${whole.slice(0, 40)}… (${whole.length} characters)`
        : whole;
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(root)' : out;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const level = d.severity === 'warning' ? 'warning: ' : '';
  const path = d.path === undefined ? '' : `${d.path}: `;
  return `${where}: ${level}${path}${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `found` rendering shared by every "expected X, found Y" message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `string ${JSON.stringify(shown)}`;
  }
  return `${typeof value} ${String(value)}`;
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.message.localeCompare(b.message),
  );
}
