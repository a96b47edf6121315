// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/** RFC 3339 date-time, agreeing with ajv-formats' "date-time" (full mode). */
export declare function $dateTime(s: string): boolean;
export declare function $duration(s: string): boolean;
/** ajv-formats' "int32": an integer in [-2^31, 2^31 - 1]. */
export declare function $int32(n: number): boolean;
/** ajv-formats' "int64": any integer; ajv-formats checks no bound (a JSON number past 2^53 is not exact anyway). */
export declare function $int64(n: number): boolean;
