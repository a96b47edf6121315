// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The simulator's two effects besides files, injected so tests run without a network or real waiting:
* sending one HTTP request, and time. `fetchTransport` and `systemClock` are the real ones (the
* `fetch`, `setTimeout` and `performance` globals of Node 18+ and of browsers).
*/
import type { HttpRequest } from "./delivery-headers.js";
export interface HttpResponse {
	status: number;
	/** A response header by lower-case name, or undefined. */
	header: (name: string) => string | undefined;
	body: string;
}
/** Resolves with the response, or with why there was none; never rejects. */
export type Transport = (request: HttpRequest) => Promise<HttpResponse | {
	error: "timeout" | "network";
	message: string;
}>;
export interface Clock {
	/** Milliseconds on a monotonic clock. */
	now: () => number;
	sleep: (ms: number) => Promise<void>;
}
export declare const systemClock: Clock;
/** A transport over `fetch`, giving up after `timeoutMs` (Event Grid waits 30 s). */
export declare function fetchTransport(timeoutMs: number): Transport;
