// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The request and response as the webhook core sees them, whatever the framework: each adapter
 * (node:http, Express, Fetch, Azure Functions) builds a `WebhookRequest` from its own request and
 * writes the `WebhookResponse` back. Structural types only, so the package needs no Node, DOM,
 * Express or Azure type definitions. Shipped in the package.
 */
export {};
