// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { type Clock, type Transport } from "./delivery-transport.js";
export interface SimulatorHost {
	readText: (path: string) => Promise<string>;
	/** Writes a file, creating its folder. */
	writeText: (path: string, text: string) => Promise<void>;
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	stderrIsTerminal: boolean;
	/** Defaults: `fetch` with the `--timeout`, the system clock, the current time. */
	transport?: Transport;
	clock?: Clock;
	wallTime?: () => string;
}
/** What the catalog gives the simulator: its factories, and which types are current. */
export interface SimulatorCatalog {
	/** The command name in the usage text. */
	command: string;
	factories: Readonly<Record<string, (overrides?: undefined, options?: {
		seed?: number;
	}) => object>>;
	currentTypes: readonly string[];
}
/** Runs the simulator; resolves with the exit code (0 all delivered, 1 handshake failed or dead letters, 2 bad input); never rejects. */
export declare function runSimulator(argv: readonly string[], host: SimulatorHost, catalog: SimulatorCatalog): Promise<number>;
