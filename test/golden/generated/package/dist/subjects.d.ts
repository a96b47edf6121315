// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/** Named parameters of each event's subject, by event type. */
export interface AcsSubjectParameters {
	/** `thread/{threadId}/sender/{senderId}/recipient/{recipientId}` */
	"Microsoft.Communication.ChatMessageReceived": {
		/** The chat thread id. */
		threadId: string;
		/** The raw id of the message sender. */
		senderId: string;
		/** The raw id of the user the event was published for. */
		recipientId: string;
	};
	/** `/phonenumber/{phoneNumber}` */
	"Microsoft.Communication.SMSReceived": {
		/** The resource phone number that received the SMS: E.164 digits without "+". */
		phoneNumber: string;
	};
}
export type AcsSubjectEventType = keyof AcsSubjectParameters;
/** Each event's subject patterns as the catalog records them (`{name}` marks a parameter). */
export declare const subjectPatterns: { readonly [K in AcsSubjectEventType]: readonly string[] };
/**
* The named parameters of `subject` for an event type, or undefined when it does not fit any of the
* type's patterns. Literal segments compare case-insensitively (as Event Grid filters do) and a
* leading "/" is optional (the SMS samples carry one, the documented prefixes do not).
*/
export declare function parseSubject<T extends AcsSubjectEventType>(eventType: T, subject: string): AcsSubjectParameters[T] | undefined;
/**
* The subject an event of this type carries for these parameters (its first pattern), each written as
* the service writes it: a phone number of an SMS subject as its digits, without "+".
*/
export declare function formatSubject<T extends AcsSubjectEventType>(eventType: T, parameters: AcsSubjectParameters[T]): string;
