// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* Event Grid subscription filter emulation: does this event reach a subscription with this filter?
*
* Self-contained on purpose (no imports): the generator copies this file verbatim into the
* generated package. Semantics follow Azure Event Grid's documented filtering rules; where the
* docs are silent, the choice made here is written next to the code that makes it.
*
* - One event at a time, Event Grid schema (`eventType`) or CloudEvents 1.0 (`type`), told apart
*   by a string `specversion`. Anything that is not a JSON object never matches.
* - The three filter parts are AND'ed: event types, subject, advanced filters.
* - Never throws: only own data properties are read (getters are never invoked, prototypes are
*   never followed), and a final try/catch turns any exotic failure (a throwing Proxy…) into
*   "no match".
* - A malformed filter (wrong field types, unknown operator, invalid key, missing or mistyped
*   operands) never matches: the emulator fails closed, where Azure would have refused to create
*   the subscription. Azure's quotas (25 filters, 25 values, 512-char strings) are not enforced.
*/
export type AdvancedFilterOperator = "NumberIn" | "NumberNotIn" | "NumberLessThan" | "NumberGreaterThan" | "NumberLessThanOrEquals" | "NumberGreaterThanOrEquals" | "NumberInRange" | "NumberNotInRange" | "BoolEquals" | "StringContains" | "StringNotContains" | "StringBeginsWith" | "StringNotBeginsWith" | "StringEndsWith" | "StringNotEndsWith" | "StringIn" | "StringNotIn" | "IsNullOrUndefined" | "IsNotNull";
export interface AdvancedFilter {
	/**
	* Matched exactly (case-sensitive). A filter read from JSON may hold any string: an unknown one
	* never matches here (Azure refuses the subscription), and {@link validateFilter} names it.
	*/
	operatorType: AdvancedFilterOperator;
	/** Dotted path: an envelope key (`subject`, `eventType`, `id`…) or `data.a.b`. */
	key: string;
	/** Single operand (NumberLessThan, BoolEquals…). */
	value?: unknown;
	/** Several operands, OR'ed (for the Not operators: the value must match none of them). */
	values?: readonly unknown[];
}
/**
* A subscription's filter. `TEventType` narrows `includedEventTypes` (the package's
* `AcsEventSubscriptionFilter` binds it to the catalog's event types); the default takes any string.
*/
export interface EventSubscriptionFilter<TEventType extends string = string> {
	includedEventTypes?: readonly TEventType[];
	subjectBeginsWith?: string;
	subjectEndsWith?: string;
	isSubjectCaseSensitive?: boolean;
	advancedFilters?: readonly AdvancedFilter[];
	enableAdvancedFilteringOnArrays?: boolean;
}
export declare function matchesFilter<TEventType extends string>(event: unknown, filter: EventSubscriptionFilter<TEventType>): boolean;
/** One problem of a filter: where (`advancedFilters[0].operatorType`) and what. */
export interface FilterProblem {
	path: string;
	message: string;
}
export type FilterCheck = {
	ok: true;
	filter: EventSubscriptionFilter;
} | {
	ok: false;
	problems: FilterProblem[];
};
/**
* Checks a filter of unknown origin (a JSON file, a request body) before it is used: every problem
* that would make {@link matchesFilter} silently match nothing (an unknown operator type, a bad key,
* missing or mistyped operands, a field of the wrong type) is reported, where Azure would refuse to
* create the subscription. Never throws.
*/
export declare function validateFilter(value: unknown): FilterCheck;
