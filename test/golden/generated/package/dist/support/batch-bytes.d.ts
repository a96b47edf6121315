// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* A large batch parsed event by event straight from its bytes. Decoding a body of hundreds of KB
* builds one string as large, which lives in V8's large-object space and costs several µs per event
* (young-generation collections that must scan it, then a major one to free it); JSON.parse of it
* does again. Here a byte scanner finds the span of each element of the top-level array (jumping
* over strings, counting nesting), and each span is decoded and parsed alone: no string much larger
* than an event is built. Anything unusual (a byte-order mark, a body that is not an array, a limit
* broken, malformed JSON, bytes that are not UTF-8) gives undefined, and the caller reads the body
* as text, which reports it: the result and the errors are those of the text path. Shipped in the package.
*/
/** From this size a batch body is parsed element by element (smaller ones cost no more as one string). */
export declare const BATCH_BYTES_FROM: number;
/**
* The elements of the JSON array `bytes` holds, each parsed from its own bytes; undefined for any
* body the text path should read instead (see above). `decode` is strict UTF-8 and throws on bad bytes.
*/
export declare function parseBatchBytes(body: Uint8Array, decode: (bytes: Uint8Array) => string, limits: {
	maxDepth: number;
	maxEvents: number;
}): unknown[] | undefined;
