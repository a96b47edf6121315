/**
 * The two shapes of the catalog: `Raw*` is what the YAML files under catalog/ hold (checked against
 * catalog/schema/*.schema.json), `Catalog` is the normalized, frozen model every emitter reads.
 */
import type { WireDecision, WireForm } from './wire-forms.ts';

/** A place in a source document: `document` is an id from catalog/sources.yaml, `line` is 1-based. */
export interface DocRef {
  document: string;
  line: number;
}

export type ErratumKind =
  | 'invalid-json'
  | 'name'
  | 'subject'
  | 'placeholder'
  | 'casing'
  | 'description'
  | 'type'
  | 'value'
  | 'encoding'
  | 'link'
  | 'typo'
  | 'leaked-identifier'
  /** Sources disagree (docs vs spec, table vs sample, spec vs itself). */
  | 'disagreement'
  /** One source lacks a field another has. */
  | 'missing-field'
  /** Sources disagree on whether a field is required. */
  | 'required'
  | 'enum-value'
  | 'format';

/** RFC 6902 subset used to turn a published sample into its corrected form. */
export type PatchOperation =
  | { op: 'replace' | 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move'; from: string; path: string };

export interface Erratum {
  id: string;
  kind: ErratumKind;
  source: DocRef;
  /** What the docs say, and why it is wrong. */
  wrong: string;
  /** What is right instead. */
  correction: string;
  /** Sample errata only: how the published payload becomes the corrected one. */
  patch?: PatchOperation[];
  /**
   * Sample errata only: the decision about the wire form the patch corrects (model/wire-forms.ts):
   * `variant` (documented, accepted and normalized) or `doc-error` (rejected, naming this erratum).
   */
  wire?: WireDecision;
}

/** A mechanical fix that makes published text parse as JSON; positions are seed coordinates. */
export interface Repair {
  kind: 'trailing-comma' | 'wrap-object';
  line: number;
  column: number;
}

/** Damaged characters replaced in catalogued prose (e.g. mojibake); positions are seed coordinates. */
export interface TextCleanup {
  line: number;
  column: number;
  found: string;
  replacement: string;
}

// ---------------------------------------------------------------------------------------------
// On-disk (raw) shapes

/** Where a copy under catalog/sources/ was taken from (catalog/sources/SOURCES.tsv). */
export interface DocumentOrigin {
  repository: string;
  path: string;
  commit: string;
}

export interface RawDocument {
  id: string;
  /** Path relative to catalog/sources/: `seeds/003_73f1e4a02f44594b.txt`. */
  file: string;
  origin?: DocumentOrigin;
  title: string;
  date: string;
  /** `front-matter` when the page states ms.date, `inferred` when taken from its latest sample. */
  dateSource: 'front-matter' | 'inferred';
  format: 'markdown' | 'text' | 'swagger';
  summary?: string;
  cleanups?: TextCleanup[];
  errata?: Erratum[];
}

export interface RawSourcesFile {
  documents: RawDocument[];
}

export interface RawCategory {
  id: string;
  title: string;
  description: string;
  /** Each event of a scoped category states its `scope` (chat: per user or per thread). */
  scoped?: boolean;
  /** The lifecycles its events describe (a Job Router job, a worker, a call): see lifecycles.ts. */
  lifecycles?: RawLifecycle[];
}

/**
 * What the service does in order, which no sample shows: for the events about one entity (those
 * whose subjects fall under `prefix`), the events each can follow (by short name; `[]` for one
 * that starts the lifecycle), and the events after which the entity is gone.
 */
export interface RawLifecycle {
  entity: string;
  prefix: string;
  follows: Record<string, string[]>;
  ends: string[];
}

export interface RawCategoriesFile {
  categories: RawCategory[];
}

/** Where the REST API spec (document `rest-api-spec`) defines a shape. */
export interface SpecRef {
  /** The Swagger definition's name: `AcsSmsReceivedEventData`. */
  definition: string;
  /** 1-based line of the definition's key in the JSON file. */
  line: number;
}

/** A docs attribute-table row as published, for reconciliation with the schema. */
export interface Attribute extends DocRef {
  name: string;
  /** The type as printed: `string`, `Dictionary<string, object>`, `List<WorkerSelector>`, `enum`. */
  type: string;
  nullable?: boolean;
  /** Absent when the row's description cell is empty. */
  description?: string;
}

export interface RawListing extends DocRef {
  /** The description exactly as that version of the docs gives it. */
  description: string;
  /** The event type name as that table row spells it, when it differs from the catalog's. */
  publishedType?: string;
}

export interface RawSubjectPrefix {
  prefix: string;
  entity: string;
  listings: (DocRef & { published: string })[];
  errata?: Erratum[];
}

export interface RawSubjectsFile {
  prefixes: RawSubjectPrefix[];
}

export interface RawFilterExample {
  id: string;
  source: DocRef;
  description: string;
  published: string;
  repairs?: Repair[];
  errata?: Erratum[];
  /** The filter as it should have been published. */
  corrected: SubscriptionFilter;
}

/** An Event Grid event subscription filter, as the docs' examples write it. */
export interface SubscriptionFilter {
  includedEventTypes?: string[];
  subjectBeginsWith?: string;
  subjectEndsWith?: string;
  isSubjectCaseSensitive?: boolean;
  advancedFilters?: Record<string, unknown>[];
}

export interface RawFiltersFile {
  filters: RawFilterExample[];
}

export interface RawDefinition {
  description: string;
  schema: JsonSchema;
  spec?: SpecRef;
  attributes?: Attribute[];
}

export interface RawDefinitionsFile {
  definitions: Record<string, RawDefinition>;
}

export interface RawSubjectParameter {
  description: string;
  /**
   * JSON Pointer into `data` whose value the parameter carries (factories build subjects from it);
   * absent when no data field carries it (RecordingFileStatusUpdated's call and recording ids).
   */
  from?: string;
  /** How the subject writes the value at `from`, when not as is: `digits` keeps only its digits (an E.164 number without "+"). */
  transform?: 'digits';
}

export interface RawSubjectPattern {
  pattern: string;
  prefix: string;
  parameters: Record<string, RawSubjectParameter>;
}

export interface RawSample {
  source: DocRef;
  /** The docs' heading of the example: "Text message received". */
  title?: string;
  published: string;
  repairs?: Repair[];
  errata?: Erratum[];
}

export interface RawEvent {
  type: string;
  category: string;
  scope?: 'user' | 'thread';
  description: string;
  status: 'current' | 'retired';
  replacedBy?: string;
  dataVersion: string;
  subjects: RawSubjectPattern[];
  listings: RawListing[];
  schema: JsonSchema;
  spec?: SpecRef;
  attributes?: Attribute[];
  samples: RawSample[];
  errata?: Erratum[];
}

/** A JSON Schema node as written out: catalog schemas plus the keywords the emitted files add. */
export type SchemaNode = { [keyword: string]: unknown };

/** A JSON type name as the catalog's schemas use it. */
export type JsonTypeName = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** The `format`s the catalog's schemas may carry; each is checked exactly as ajv-formats checks it. */
export type SchemaFormat = 'date-time' | 'duration' | 'int32' | 'int64' | 'double';

/**
 * The subset of JSON Schema 2020-12 the catalog allows for data schemas (catalog/schema/common.schema.json
 * is the same list for the YAML files). Idioms the emitters recognise, read through model/schema-shapes.ts:
 * - nullable: `type: [string, 'null']` (one JSON type plus `null`), or `anyOf: [{ $ref }, { type: 'null' }]`;
 * - documented enum: `oneOf` whose every branch is `{ const, description? }` (closed), or `anyOf` of such
 *   branches plus one bare `{ type: string }` branch (open: the service may add values later);
 * - inheritance: `allOf: [{ $ref: '#/$defs/Base' }, { type: object, properties, required }]`;
 * - discriminated union: `oneOf` whose every branch is an object (or `$ref` to one) requiring the same
 *   property with a different `const`.
 */
export interface JsonSchema {
  type?: JsonTypeName | JsonTypeName[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: (string | number | boolean | null)[];
  const?: string | number | boolean | null;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: SchemaFormat;
  $ref?: string;
  examples?: unknown[];
  deprecated?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Normalized model

export interface SourceDocument extends Omit<RawDocument, 'errata' | 'cleanups'> {
  errata: Erratum[];
  cleanups: TextCleanup[];
}

export interface SubjectPrefix extends Omit<RawSubjectPrefix, 'errata'> {
  errata: Erratum[];
}

export interface FilterExample extends Omit<RawFilterExample, 'errata' | 'repairs'> {
  repairs: Repair[];
  errata: Erratum[];
  /** The published text after its repairs, parsed. */
  parsed: Record<string, unknown>;
}

export interface Definition {
  name: string;
  description: string;
  schema: JsonSchema;
  spec?: SpecRef;
  attributes?: Attribute[];
  /** Definitions this one refers to, directly or not. */
  uses: string[];
}

export type SubjectSegment = { literal: string } | { parameter: string };

export interface SubjectParameter extends RawSubjectParameter {
  name: string;
}

export interface SubjectPattern {
  pattern: string;
  prefix: string;
  segments: SubjectSegment[];
  parameters: SubjectParameter[];
}

export interface Sample {
  /** Stable, unique within its event: the document id, suffixed when a page has several. */
  id: string;
  source: DocRef;
  title?: string;
  published: string;
  repairs: Repair[];
  errata: Erratum[];
  /** The published event after repairs only. */
  asPublished: EventGridEventJson;
  /** The published event with every erratum's patch applied. */
  corrected: EventGridEventJson;
}

export interface EventGridEventJson {
  id: string;
  topic?: string;
  subject: string;
  data: Record<string, unknown>;
  eventType: string;
  dataVersion: string;
  metadataVersion?: string;
  eventTime: string;
  [key: string]: unknown;
}

export interface EventNames {
  /** `ChatMessageReceived` */
  short: string;
  /** `AcsChatMessageReceivedEventData` */
  dataType: string;
  /** `AcsChatMessageReceivedEvent`, the Event Grid envelope type */
  eventType: string;
  /** `AcsChatMessageReceivedCloudEvent` */
  cloudEventType: string;
  /** `validateAcsChatMessageReceivedEventData` */
  validator: string;
  /** `isAcsChatMessageReceivedEventData` */
  guard: string;
  /** `makeAcsChatMessageReceivedEvent`, the fixtures' factory */
  factory: string;
  /** `chat-message-received`: file names and anchors */
  slug: string;
}

export interface EventHistory {
  listedIn: string[];
  sampledIn: string[];
}

export interface EventType extends Omit<RawEvent, 'subjects' | 'samples' | 'errata'> {
  subjects: SubjectPattern[];
  samples: Sample[];
  errata: Erratum[];
  history: EventHistory;
  names: EventNames;
  /** Shared definitions the data schema uses, directly or not, sorted. */
  uses: string[];
  /** The documented wire forms of its data that differ from the schema's, from its samples' errata. */
  wireForms: WireForm[];
}

export interface Category extends Omit<RawCategory, 'scoped' | 'lifecycles'> {
  scoped: boolean;
  lifecycles: RawLifecycle[];
  /** Sorted by type; empty for a category no event has been catalogued in yet. */
  events: EventType[];
}

export interface Catalog {
  documents: SourceDocument[];
  prefixes: SubjectPrefix[];
  filters: FilterExample[];
  definitions: Definition[];
  categories: Category[];
  events: EventType[];
}

/** What every emitter returns: a path relative to generated/ and its full contents. */
export interface OutputFile {
  path: string;
  contents: string;
  /**
   * 'final': emitted in prettier's layout. Every TypeScript source must be (nothing formats them on
   * the generate path); test/prettier-layout.test.ts checks each one marked so against prettier.
   */
  layout?: 'final';
}
