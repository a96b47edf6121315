// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { type EventValidators } from "./support/event-parsing.js";
import { type ValidateOptions } from "./validators.js";
/** The envelope validators, and the data check of each event type, events are classified with. */
export declare const eventValidators: EventValidators<ValidateOptions>;
