// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
export declare class HandledIds {
	private readonly bySource;
	private last;
	/** The remembered ids in a ring with their source's set, oldest at `next` once full. */
	private readonly ringIds;
	private readonly ringSources;
	private next;
	private readonly capacity;
	constructor(capacity: number);
	has(source: string | undefined, id: string): boolean;
	/** Remembers the event, forgetting the oldest once at capacity. */
	add(source: string | undefined, id: string): void;
	private find;
}
