import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../generator/model/diagnostic.ts';

/**
 * Runs a CLI body; anything thrown ends the process with a one-line message and `errorExitCode`,
 * never a stack trace.
 */
export function runCli(main: () => Promise<number>, errorExitCode = 2): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = errorExitCode;
    },
  );
}

/** Prints diagnostics sorted by place; returns how many are errors. */
export function printDiagnostics(diagnostics: readonly Diagnostic[]): number {
  for (const diagnostic of sortDiagnostics(diagnostics)) console.error(formatDiagnostic(diagnostic));
  return diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
}
