// DO NOT EDIT: generated from catalog/schema/*.schema.json by `node scripts/run-typescript.mjs scripts/precompile-catalog-format.ts`.
// @ts-nocheck
/* eslint-disable */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const SCHEMAS_HASH = 'c278a32721349f38c8d712e7be00756e514af7c4d883bc76162d29c1799c0d28';
export const sources = validate20;
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://acs-events.dev/catalog/sources.schema.json',
  title: 'catalog/sources.yaml: the documents the catalog cites (docs pages and the REST API spec)',
  type: 'object',
  properties: {
    documents: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { $ref: 'common.schema.json#/$defs/documentId' },
          file: {
            description: 'Path relative to catalog/sources/, e.g. seeds/003_73f1e4a02f44594b.txt.',
            type: 'string',
            pattern: '^(seeds|docs|rest-api-spec)/[A-Za-z0-9_.-]+$',
          },
          origin: {
            description:
              'Where the copy under catalog/sources/ was taken from (catalog/sources/SOURCES.tsv).',
            type: 'object',
            properties: {
              repository: { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' },
              path: { type: 'string', minLength: 1 },
              commit: { type: 'string', pattern: '^[0-9a-f]{40}$' },
            },
            required: ['repository', 'path', 'commit'],
            additionalProperties: false,
          },
          title: { type: 'string' },
          date: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
          dateSource: { enum: ['front-matter', 'inferred'] },
          format: { enum: ['markdown', 'text', 'swagger'] },
          summary: { type: 'string' },
          cleanups: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                line: { type: 'integer', minimum: 1 },
                column: { type: 'integer', minimum: 1 },
                found: { type: 'string', minLength: 1 },
                replacement: { type: 'string' },
              },
              required: ['line', 'column', 'found', 'replacement'],
              additionalProperties: false,
            },
          },
          errata: { $ref: 'common.schema.json#/$defs/errata' },
        },
        required: ['id', 'file', 'title', 'date', 'dateSource', 'format'],
        additionalProperties: false,
      },
    },
  },
  required: ['documents'],
  additionalProperties: false,
};
const schema33 = {
  description:
    'Id of a source document in sources.yaml: a docs version (2021-02; 2021-10-chat for another page of the same date) or rest-api-spec (the Swagger file).',
  type: 'string',
  pattern: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$',
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require('ajv/dist/runtime/ucs2length').default;
const pattern4 = new RegExp('^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$', 'u');
const pattern5 = new RegExp('^(seeds|docs|rest-api-spec)/[A-Za-z0-9_.-]+$', 'u');
const pattern6 = new RegExp('^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$', 'u');
const pattern7 = new RegExp('^[0-9a-f]{40}$', 'u');
const pattern8 = new RegExp('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'u');
const schema34 = { type: 'array', items: { $ref: '#/$defs/erratum' } };
const schema35 = {
  description: 'An error in the docs, where it is, and its correction.',
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    kind: {
      enum: [
        'invalid-json',
        'name',
        'subject',
        'placeholder',
        'casing',
        'description',
        'type',
        'value',
        'encoding',
        'link',
        'typo',
        'leaked-identifier',
        'disagreement',
        'missing-field',
        'required',
        'enum-value',
        'format',
      ],
    },
    source: { $ref: '#/$defs/docRef' },
    wrong: { type: 'string', minLength: 1 },
    correction: { type: 'string', minLength: 1 },
    patch: { type: 'array', items: { $ref: '#/$defs/patchOperation' }, minItems: 1 },
    wire: {
      description:
        'Sample errata only: the decision about the wire form the patch corrects. variant: both forms are documented and the catalog cannot prove which the service sends, so validators accept the published form and normalize it (strict mode rejects it); doc-error: the published form is known wrong, so validators reject it naming this erratum and the fix. The form is read from the patch: a move within one object (a name) or a digit string replaced by its number.',
      enum: ['variant', 'doc-error'],
    },
  },
  required: ['id', 'kind', 'source', 'wrong', 'correction'],
  additionalProperties: false,
};
const pattern9 = new RegExp('^[a-z0-9]+(-[a-z0-9]+)*$', 'u');
const schema36 = {
  description: 'A line in one of the source documents (1-based).',
  type: 'object',
  properties: { document: { $ref: '#/$defs/documentId' }, line: { type: 'integer', minimum: 1 } },
  required: ['document', 'line'],
  additionalProperties: false,
};
function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.document === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'document' },
        message: "must have required property '" + 'document' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.line === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'line' },
        message: "must have required property '" + 'line' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'document' || key0 === 'line')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema36,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.document !== undefined) {
      let data0 = data.document;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/document',
            schemaPath: '#/$defs/documentId/pattern',
            keyword: 'pattern',
            params: { pattern: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' },
            message: 'must match pattern "' + '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' + '"',
            schema: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$',
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/document',
          schemaPath: '#/$defs/documentId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.line !== undefined) {
      let data1 = data.line;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err5 = {
          instancePath: instancePath + '/line',
          schemaPath: '#/properties/line/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema36.properties.line.type,
          parentSchema: schema36.properties.line,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/line',
            schemaPath: '#/properties/line/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema36.properties.line,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema36.type,
      parentSchema: schema36,
      data,
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema38 = {
  type: 'object',
  properties: {
    op: { enum: ['replace', 'add', 'remove', 'move'] },
    path: { $ref: '#/$defs/jsonPointer' },
    from: { $ref: '#/$defs/jsonPointer' },
    value: true,
  },
  required: ['op', 'path'],
  additionalProperties: false,
};
const schema39 = { type: 'string', pattern: '^(/([^~/]|~[01])*)*$' };
const pattern11 = new RegExp('^(/([^~/]|~[01])*)*$', 'u');
function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.op === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'op' },
        message: "must have required property '" + 'op' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.path === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
        message: "must have required property '" + 'path' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'op' || key0 === 'path' || key0 === 'from' || key0 === 'value')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema38,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.op !== undefined) {
      let data0 = data.op;
      if (!(data0 === 'replace' || data0 === 'add' || data0 === 'remove' || data0 === 'move')) {
        const err3 = {
          instancePath: instancePath + '/op',
          schemaPath: '#/properties/op/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.properties.op.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.properties.op.enum,
          parentSchema: schema38.properties.op,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      let data1 = data.path;
      if (typeof data1 === 'string') {
        if (!pattern11.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/$defs/jsonPointer/pattern',
            keyword: 'pattern',
            params: { pattern: '^(/([^~/]|~[01])*)*$' },
            message: 'must match pattern "' + '^(/([^~/]|~[01])*)*$' + '"',
            schema: '^(/([^~/]|~[01])*)*$',
            parentSchema: schema39,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/$defs/jsonPointer/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.from !== undefined) {
      let data2 = data.from;
      if (typeof data2 === 'string') {
        if (!pattern11.test(data2)) {
          const err6 = {
            instancePath: instancePath + '/from',
            schemaPath: '#/$defs/jsonPointer/pattern',
            keyword: 'pattern',
            params: { pattern: '^(/([^~/]|~[01])*)*$' },
            message: 'must match pattern "' + '^(/([^~/]|~[01])*)*$' + '"',
            schema: '^(/([^~/]|~[01])*)*$',
            parentSchema: schema39,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/from',
          schemaPath: '#/$defs/jsonPointer/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema38.type,
      parentSchema: schema38,
      data,
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.source === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'source' },
        message: "must have required property '" + 'source' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.wrong === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'wrong' },
        message: "must have required property '" + 'wrong' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.correction === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'correction' },
        message: "must have required property '" + 'correction' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'id' ||
        key0 === 'kind' ||
        key0 === 'source' ||
        key0 === 'wrong' ||
        key0 === 'correction' ||
        key0 === 'patch' ||
        key0 === 'wire'
      )) {
        const err5 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema35,
          data,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (!pattern9.test(data0)) {
          const err6 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
            message: 'must match pattern "' + '^[a-z0-9]+(-[a-z0-9]+)*$' + '"',
            schema: '^[a-z0-9]+(-[a-z0-9]+)*$',
            parentSchema: schema35.properties.id,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.properties.id.type,
          parentSchema: schema35.properties.id,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data1 = data.kind;
      if (!(
        data1 === 'invalid-json' ||
        data1 === 'name' ||
        data1 === 'subject' ||
        data1 === 'placeholder' ||
        data1 === 'casing' ||
        data1 === 'description' ||
        data1 === 'type' ||
        data1 === 'value' ||
        data1 === 'encoding' ||
        data1 === 'link' ||
        data1 === 'typo' ||
        data1 === 'leaked-identifier' ||
        data1 === 'disagreement' ||
        data1 === 'missing-field' ||
        data1 === 'required' ||
        data1 === 'enum-value' ||
        data1 === 'format'
      )) {
        const err8 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.properties.kind.enum,
          parentSchema: schema35.properties.kind,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.source !== undefined) {
      if (
        !validate24(data.source, {
          instancePath: instancePath + '/source',
          parentData: data,
          parentDataProperty: 'source',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.wrong !== undefined) {
      let data3 = data.wrong;
      if (typeof data3 === 'string') {
        if (func2(data3) < 1) {
          const err9 = {
            instancePath: instancePath + '/wrong',
            schemaPath: '#/properties/wrong/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema35.properties.wrong,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/wrong',
          schemaPath: '#/properties/wrong/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.properties.wrong.type,
          parentSchema: schema35.properties.wrong,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.correction !== undefined) {
      let data4 = data.correction;
      if (typeof data4 === 'string') {
        if (func2(data4) < 1) {
          const err11 = {
            instancePath: instancePath + '/correction',
            schemaPath: '#/properties/correction/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema35.properties.correction,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/correction',
          schemaPath: '#/properties/correction/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.properties.correction.type,
          parentSchema: schema35.properties.correction,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.patch !== undefined) {
      let data5 = data.patch;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err13 = {
            instancePath: instancePath + '/patch',
            schemaPath: '#/properties/patch/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema35.properties.patch,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate26(data5[i0], {
              instancePath: instancePath + '/patch/' + i0,
              parentData: data5,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/patch',
          schemaPath: '#/properties/patch/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema35.properties.patch.type,
          parentSchema: schema35.properties.patch,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.wire !== undefined) {
      let data7 = data.wire;
      if (!(data7 === 'variant' || data7 === 'doc-error')) {
        const err15 = {
          instancePath: instancePath + '/wire',
          schemaPath: '#/properties/wire/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.properties.wire.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.properties.wire.enum,
          parentSchema: schema35.properties.wire,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema35.type,
      parentSchema: schema35,
      data,
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate23(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema34.type,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://acs-events.dev/catalog/sources.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.documents === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'documents' },
        message: "must have required property '" + 'documents' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'documents')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema31,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.documents !== undefined) {
      let data0 = data.documents;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.id === undefined) {
              const err2 = {
                instancePath: instancePath + '/documents/' + i0,
                schemaPath: '#/properties/documents/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema31.properties.documents.items.required,
                parentSchema: schema31.properties.documents.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.file === undefined) {
              const err3 = {
                instancePath: instancePath + '/documents/' + i0,
                schemaPath: '#/properties/documents/items/required',
                keyword: 'required',
                params: { missingProperty: 'file' },
                message: "must have required property '" + 'file' + "'",
                schema: schema31.properties.documents.items.required,
                parentSchema: schema31.properties.documents.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.title === undefined) {
              const err4 = {
                instancePath: instancePath + '/documents/' + i0,
                schemaPath: '#/properties/documents/items/required',
                keyword: 'required',
                params: { missingProperty: 'title' },
                message: "must have required property '" + 'title' + "'",
                schema: schema31.properties.documents.items.required,
                parentSchema: schema31.properties.documents.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.date === undefined) {
              const err5 = {
                instancePath: instancePath + '/documents/' + i0,
                schemaPath: '#/properties/documents/items/required',
                keyword: 'required',
                params: { missingProperty: 'date' },
                message: "must have required property '" + 'date' + "'",
                schema: schema31.properties.documents.items.required,
                parentSchema: schema31.properties.documents.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.dateSource === undefined) {
              const err6 = {
                instancePath: instancePath + '/documents/' + i0,
                schemaPath: '#/properties/documents/items/required',
                keyword: 'required',
                params: { missingProperty: 'dateSource' },
                message: "must have required property '" + 'dateSource' + "'",
                schema: schema31.properties.documents.items.required,
                parentSchema: schema31.properties.documents.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.format === undefined) {
              const err7 = {
                instancePath: instancePath + '/documents/' + i0,
                schemaPath: '#/properties/documents/items/required',
                keyword: 'required',
                params: { missingProperty: 'format' },
                message: "must have required property '" + 'format' + "'",
                schema: schema31.properties.documents.items.required,
                parentSchema: schema31.properties.documents.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!func1.call(schema31.properties.documents.items.properties, key1)) {
                const err8 = {
                  instancePath: instancePath + '/documents/' + i0,
                  schemaPath: '#/properties/documents/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema31.properties.documents.items,
                  data: data1,
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.id !== undefined) {
              let data2 = data1.id;
              if (typeof data2 === 'string') {
                if (!pattern4.test(data2)) {
                  const err9 = {
                    instancePath: instancePath + '/documents/' + i0 + '/id',
                    schemaPath: 'common.schema.json#/$defs/documentId/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' },
                    message:
                      'must match pattern "' + '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' + '"',
                    schema: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$',
                    parentSchema: schema33,
                    data: data2,
                  };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = {
                  instancePath: instancePath + '/documents/' + i0 + '/id',
                  schemaPath: 'common.schema.json#/$defs/documentId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema33.type,
                  parentSchema: schema33,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.file !== undefined) {
              let data3 = data1.file;
              if (typeof data3 === 'string') {
                if (!pattern5.test(data3)) {
                  const err11 = {
                    instancePath: instancePath + '/documents/' + i0 + '/file',
                    schemaPath: '#/properties/documents/items/properties/file/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^(seeds|docs|rest-api-spec)/[A-Za-z0-9_.-]+$' },
                    message: 'must match pattern "' + '^(seeds|docs|rest-api-spec)/[A-Za-z0-9_.-]+$' + '"',
                    schema: '^(seeds|docs|rest-api-spec)/[A-Za-z0-9_.-]+$',
                    parentSchema: schema31.properties.documents.items.properties.file,
                    data: data3,
                  };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = {
                  instancePath: instancePath + '/documents/' + i0 + '/file',
                  schemaPath: '#/properties/documents/items/properties/file/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema31.properties.documents.items.properties.file.type,
                  parentSchema: schema31.properties.documents.items.properties.file,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data1.origin !== undefined) {
              let data4 = data1.origin;
              if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                if (data4.repository === undefined) {
                  const err13 = {
                    instancePath: instancePath + '/documents/' + i0 + '/origin',
                    schemaPath: '#/properties/documents/items/properties/origin/required',
                    keyword: 'required',
                    params: { missingProperty: 'repository' },
                    message: "must have required property '" + 'repository' + "'",
                    schema: schema31.properties.documents.items.properties.origin.required,
                    parentSchema: schema31.properties.documents.items.properties.origin,
                    data: data4,
                  };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (data4.path === undefined) {
                  const err14 = {
                    instancePath: instancePath + '/documents/' + i0 + '/origin',
                    schemaPath: '#/properties/documents/items/properties/origin/required',
                    keyword: 'required',
                    params: { missingProperty: 'path' },
                    message: "must have required property '" + 'path' + "'",
                    schema: schema31.properties.documents.items.properties.origin.required,
                    parentSchema: schema31.properties.documents.items.properties.origin,
                    data: data4,
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (data4.commit === undefined) {
                  const err15 = {
                    instancePath: instancePath + '/documents/' + i0 + '/origin',
                    schemaPath: '#/properties/documents/items/properties/origin/required',
                    keyword: 'required',
                    params: { missingProperty: 'commit' },
                    message: "must have required property '" + 'commit' + "'",
                    schema: schema31.properties.documents.items.properties.origin.required,
                    parentSchema: schema31.properties.documents.items.properties.origin,
                    data: data4,
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                for (const key2 in data4) {
                  if (!(key2 === 'repository' || key2 === 'path' || key2 === 'commit')) {
                    const err16 = {
                      instancePath: instancePath + '/documents/' + i0 + '/origin',
                      schemaPath: '#/properties/documents/items/properties/origin/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key2 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema31.properties.documents.items.properties.origin,
                      data: data4,
                    };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data4.repository !== undefined) {
                  let data5 = data4.repository;
                  if (typeof data5 === 'string') {
                    if (!pattern6.test(data5)) {
                      const err17 = {
                        instancePath: instancePath + '/documents/' + i0 + '/origin/repository',
                        schemaPath:
                          '#/properties/documents/items/properties/origin/properties/repository/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' + '"',
                        schema: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
                        parentSchema:
                          schema31.properties.documents.items.properties.origin.properties.repository,
                        data: data5,
                      };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  } else {
                    const err18 = {
                      instancePath: instancePath + '/documents/' + i0 + '/origin/repository',
                      schemaPath: '#/properties/documents/items/properties/origin/properties/repository/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema31.properties.documents.items.properties.origin.properties.repository.type,
                      parentSchema:
                        schema31.properties.documents.items.properties.origin.properties.repository,
                      data: data5,
                    };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data4.path !== undefined) {
                  let data6 = data4.path;
                  if (typeof data6 === 'string') {
                    if (func2(data6) < 1) {
                      const err19 = {
                        instancePath: instancePath + '/documents/' + i0 + '/origin/path',
                        schemaPath:
                          '#/properties/documents/items/properties/origin/properties/path/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema31.properties.documents.items.properties.origin.properties.path,
                        data: data6,
                      };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = {
                      instancePath: instancePath + '/documents/' + i0 + '/origin/path',
                      schemaPath: '#/properties/documents/items/properties/origin/properties/path/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema31.properties.documents.items.properties.origin.properties.path.type,
                      parentSchema: schema31.properties.documents.items.properties.origin.properties.path,
                      data: data6,
                    };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data4.commit !== undefined) {
                  let data7 = data4.commit;
                  if (typeof data7 === 'string') {
                    if (!pattern7.test(data7)) {
                      const err21 = {
                        instancePath: instancePath + '/documents/' + i0 + '/origin/commit',
                        schemaPath:
                          '#/properties/documents/items/properties/origin/properties/commit/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-9a-f]{40}$' },
                        message: 'must match pattern "' + '^[0-9a-f]{40}$' + '"',
                        schema: '^[0-9a-f]{40}$',
                        parentSchema: schema31.properties.documents.items.properties.origin.properties.commit,
                        data: data7,
                      };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = {
                      instancePath: instancePath + '/documents/' + i0 + '/origin/commit',
                      schemaPath: '#/properties/documents/items/properties/origin/properties/commit/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema31.properties.documents.items.properties.origin.properties.commit.type,
                      parentSchema: schema31.properties.documents.items.properties.origin.properties.commit,
                      data: data7,
                    };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = {
                  instancePath: instancePath + '/documents/' + i0 + '/origin',
                  schemaPath: '#/properties/documents/items/properties/origin/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema31.properties.documents.items.properties.origin.type,
                  parentSchema: schema31.properties.documents.items.properties.origin,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data1.title !== undefined) {
              let data8 = data1.title;
              if (typeof data8 !== 'string') {
                const err24 = {
                  instancePath: instancePath + '/documents/' + i0 + '/title',
                  schemaPath: '#/properties/documents/items/properties/title/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema31.properties.documents.items.properties.title.type,
                  parentSchema: schema31.properties.documents.items.properties.title,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data1.date !== undefined) {
              let data9 = data1.date;
              if (typeof data9 === 'string') {
                if (!pattern8.test(data9)) {
                  const err25 = {
                    instancePath: instancePath + '/documents/' + i0 + '/date',
                    schemaPath: '#/properties/documents/items/properties/date/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
                    message: 'must match pattern "' + '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' + '"',
                    schema: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
                    parentSchema: schema31.properties.documents.items.properties.date,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = {
                  instancePath: instancePath + '/documents/' + i0 + '/date',
                  schemaPath: '#/properties/documents/items/properties/date/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema31.properties.documents.items.properties.date.type,
                  parentSchema: schema31.properties.documents.items.properties.date,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data1.dateSource !== undefined) {
              let data10 = data1.dateSource;
              if (!(data10 === 'front-matter' || data10 === 'inferred')) {
                const err27 = {
                  instancePath: instancePath + '/documents/' + i0 + '/dateSource',
                  schemaPath: '#/properties/documents/items/properties/dateSource/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema31.properties.documents.items.properties.dateSource.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema31.properties.documents.items.properties.dateSource.enum,
                  parentSchema: schema31.properties.documents.items.properties.dateSource,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data1.format !== undefined) {
              let data11 = data1.format;
              if (!(data11 === 'markdown' || data11 === 'text' || data11 === 'swagger')) {
                const err28 = {
                  instancePath: instancePath + '/documents/' + i0 + '/format',
                  schemaPath: '#/properties/documents/items/properties/format/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema31.properties.documents.items.properties.format.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema31.properties.documents.items.properties.format.enum,
                  parentSchema: schema31.properties.documents.items.properties.format,
                  data: data11,
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data1.summary !== undefined) {
              let data12 = data1.summary;
              if (typeof data12 !== 'string') {
                const err29 = {
                  instancePath: instancePath + '/documents/' + i0 + '/summary',
                  schemaPath: '#/properties/documents/items/properties/summary/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema31.properties.documents.items.properties.summary.type,
                  parentSchema: schema31.properties.documents.items.properties.summary,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data1.cleanups !== undefined) {
              let data13 = data1.cleanups;
              if (Array.isArray(data13)) {
                const len1 = data13.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data14 = data13[i1];
                  if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
                    if (data14.line === undefined) {
                      const err30 = {
                        instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1,
                        schemaPath: '#/properties/documents/items/properties/cleanups/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'line' },
                        message: "must have required property '" + 'line' + "'",
                        schema: schema31.properties.documents.items.properties.cleanups.items.required,
                        parentSchema: schema31.properties.documents.items.properties.cleanups.items,
                        data: data14,
                      };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (data14.column === undefined) {
                      const err31 = {
                        instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1,
                        schemaPath: '#/properties/documents/items/properties/cleanups/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'column' },
                        message: "must have required property '" + 'column' + "'",
                        schema: schema31.properties.documents.items.properties.cleanups.items.required,
                        parentSchema: schema31.properties.documents.items.properties.cleanups.items,
                        data: data14,
                      };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                    if (data14.found === undefined) {
                      const err32 = {
                        instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1,
                        schemaPath: '#/properties/documents/items/properties/cleanups/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'found' },
                        message: "must have required property '" + 'found' + "'",
                        schema: schema31.properties.documents.items.properties.cleanups.items.required,
                        parentSchema: schema31.properties.documents.items.properties.cleanups.items,
                        data: data14,
                      };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                    if (data14.replacement === undefined) {
                      const err33 = {
                        instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1,
                        schemaPath: '#/properties/documents/items/properties/cleanups/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'replacement' },
                        message: "must have required property '" + 'replacement' + "'",
                        schema: schema31.properties.documents.items.properties.cleanups.items.required,
                        parentSchema: schema31.properties.documents.items.properties.cleanups.items,
                        data: data14,
                      };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                    for (const key3 in data14) {
                      if (!(
                        key3 === 'line' ||
                        key3 === 'column' ||
                        key3 === 'found' ||
                        key3 === 'replacement'
                      )) {
                        const err34 = {
                          instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1,
                          schemaPath:
                            '#/properties/documents/items/properties/cleanups/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key3 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema31.properties.documents.items.properties.cleanups.items,
                          data: data14,
                        };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                    if (data14.line !== undefined) {
                      let data15 = data14.line;
                      if (!(
                        typeof data15 == 'number' &&
                        !(data15 % 1) &&
                        !isNaN(data15) &&
                        isFinite(data15)
                      )) {
                        const err35 = {
                          instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1 + '/line',
                          schemaPath:
                            '#/properties/documents/items/properties/cleanups/items/properties/line/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                          schema:
                            schema31.properties.documents.items.properties.cleanups.items.properties.line
                              .type,
                          parentSchema:
                            schema31.properties.documents.items.properties.cleanups.items.properties.line,
                          data: data15,
                        };
                        if (vErrors === null) {
                          vErrors = [err35];
                        } else {
                          vErrors.push(err35);
                        }
                        errors++;
                      }
                      if (typeof data15 == 'number' && isFinite(data15)) {
                        if (data15 < 1 || isNaN(data15)) {
                          const err36 = {
                            instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1 + '/line',
                            schemaPath:
                              '#/properties/documents/items/properties/cleanups/items/properties/line/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 1 },
                            message: 'must be >= 1',
                            schema: 1,
                            parentSchema:
                              schema31.properties.documents.items.properties.cleanups.items.properties.line,
                            data: data15,
                          };
                          if (vErrors === null) {
                            vErrors = [err36];
                          } else {
                            vErrors.push(err36);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data14.column !== undefined) {
                      let data16 = data14.column;
                      if (!(
                        typeof data16 == 'number' &&
                        !(data16 % 1) &&
                        !isNaN(data16) &&
                        isFinite(data16)
                      )) {
                        const err37 = {
                          instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1 + '/column',
                          schemaPath:
                            '#/properties/documents/items/properties/cleanups/items/properties/column/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                          schema:
                            schema31.properties.documents.items.properties.cleanups.items.properties.column
                              .type,
                          parentSchema:
                            schema31.properties.documents.items.properties.cleanups.items.properties.column,
                          data: data16,
                        };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                      if (typeof data16 == 'number' && isFinite(data16)) {
                        if (data16 < 1 || isNaN(data16)) {
                          const err38 = {
                            instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1 + '/column',
                            schemaPath:
                              '#/properties/documents/items/properties/cleanups/items/properties/column/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 1 },
                            message: 'must be >= 1',
                            schema: 1,
                            parentSchema:
                              schema31.properties.documents.items.properties.cleanups.items.properties.column,
                            data: data16,
                          };
                          if (vErrors === null) {
                            vErrors = [err38];
                          } else {
                            vErrors.push(err38);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data14.found !== undefined) {
                      let data17 = data14.found;
                      if (typeof data17 === 'string') {
                        if (func2(data17) < 1) {
                          const err39 = {
                            instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1 + '/found',
                            schemaPath:
                              '#/properties/documents/items/properties/cleanups/items/properties/found/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                            schema: 1,
                            parentSchema:
                              schema31.properties.documents.items.properties.cleanups.items.properties.found,
                            data: data17,
                          };
                          if (vErrors === null) {
                            vErrors = [err39];
                          } else {
                            vErrors.push(err39);
                          }
                          errors++;
                        }
                      } else {
                        const err40 = {
                          instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1 + '/found',
                          schemaPath:
                            '#/properties/documents/items/properties/cleanups/items/properties/found/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema31.properties.documents.items.properties.cleanups.items.properties.found
                              .type,
                          parentSchema:
                            schema31.properties.documents.items.properties.cleanups.items.properties.found,
                          data: data17,
                        };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                    if (data14.replacement !== undefined) {
                      let data18 = data14.replacement;
                      if (typeof data18 !== 'string') {
                        const err41 = {
                          instancePath:
                            instancePath + '/documents/' + i0 + '/cleanups/' + i1 + '/replacement',
                          schemaPath:
                            '#/properties/documents/items/properties/cleanups/items/properties/replacement/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema31.properties.documents.items.properties.cleanups.items.properties
                              .replacement.type,
                          parentSchema:
                            schema31.properties.documents.items.properties.cleanups.items.properties
                              .replacement,
                          data: data18,
                        };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err42 = {
                      instancePath: instancePath + '/documents/' + i0 + '/cleanups/' + i1,
                      schemaPath: '#/properties/documents/items/properties/cleanups/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema31.properties.documents.items.properties.cleanups.items.type,
                      parentSchema: schema31.properties.documents.items.properties.cleanups.items,
                      data: data14,
                    };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = {
                  instancePath: instancePath + '/documents/' + i0 + '/cleanups',
                  schemaPath: '#/properties/documents/items/properties/cleanups/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema31.properties.documents.items.properties.cleanups.type,
                  parentSchema: schema31.properties.documents.items.properties.cleanups,
                  data: data13,
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data1.errata !== undefined) {
              if (
                !validate22(data1.errata, {
                  instancePath: instancePath + '/documents/' + i0 + '/errata',
                  parentData: data1,
                  parentDataProperty: 'errata',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err44 = {
              instancePath: instancePath + '/documents/' + i0,
              schemaPath: '#/properties/documents/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema31.properties.documents.items.type,
              parentSchema: schema31.properties.documents.items,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + '/documents',
          schemaPath: '#/properties/documents/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.documents.type,
          parentSchema: schema31.properties.documents,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema31.type,
      parentSchema: schema31,
      data,
    };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const categories = validate30;
const schema41 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://acs-events.dev/catalog/categories.schema.json',
  title:
    'catalog/categories.yaml: the categories events are grouped in (one folder under catalog/events/ each)',
  type: 'object',
  properties: {
    categories: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { $ref: '#/$defs/categoryId' },
          title: { type: 'string', minLength: 1 },
          description: { type: 'string', minLength: 1 },
          scoped: {
            description:
              'Each event of the category says whether it is published per user or per thread (scope: user | thread).',
            type: 'boolean',
          },
          lifecycles: {
            description:
              "The lifecycles the category's events describe, drawn as state diagrams on its docs page: what the service does in order, which no sample shows.",
            type: 'array',
            items: { $ref: '#/$defs/lifecycle' },
          },
        },
        required: ['id', 'title', 'description'],
        additionalProperties: false,
      },
    },
  },
  required: ['categories'],
  additionalProperties: false,
  $defs: {
    categoryId: { type: 'string', pattern: '^[a-z]+(-[a-z]+)*$' },
    lifecycle: {
      type: 'object',
      properties: {
        entity: {
          description: 'What goes through the lifecycle: job, worker, call.',
          type: 'string',
          pattern: '^[a-z]+$',
        },
        prefix: {
          description:
            "The subject prefix (subjects.yaml) of the events about one such entity: they are the lifecycle's events.",
          type: 'string',
          minLength: 1,
        },
        follows: {
          description:
            'For each event (short name, e.g. RouterJobQueued), the events it can follow; [] for an event that starts the lifecycle. Events under the prefix that are not listed change no state.',
          type: 'object',
          additionalProperties: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        ends: {
          description: 'The events after which the entity is gone.',
          type: 'array',
          items: { type: 'string' },
          uniqueItems: true,
        },
      },
      required: ['entity', 'prefix', 'follows', 'ends'],
      additionalProperties: false,
    },
  },
};
const schema42 = { type: 'string', pattern: '^[a-z]+(-[a-z]+)*$' };
const schema43 = {
  type: 'object',
  properties: {
    entity: {
      description: 'What goes through the lifecycle: job, worker, call.',
      type: 'string',
      pattern: '^[a-z]+$',
    },
    prefix: {
      description:
        "The subject prefix (subjects.yaml) of the events about one such entity: they are the lifecycle's events.",
      type: 'string',
      minLength: 1,
    },
    follows: {
      description:
        'For each event (short name, e.g. RouterJobQueued), the events it can follow; [] for an event that starts the lifecycle. Events under the prefix that are not listed change no state.',
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    },
    ends: {
      description: 'The events after which the entity is gone.',
      type: 'array',
      items: { type: 'string' },
      uniqueItems: true,
    },
  },
  required: ['entity', 'prefix', 'follows', 'ends'],
  additionalProperties: false,
};
const pattern13 = new RegExp('^[a-z]+(-[a-z]+)*$', 'u');
const pattern14 = new RegExp('^[a-z]+$', 'u');
function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://acs-events.dev/catalog/categories.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.categories === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'categories' },
        message: "must have required property '" + 'categories' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'categories')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema41,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.categories !== undefined) {
      let data0 = data.categories;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.id === undefined) {
              const err2 = {
                instancePath: instancePath + '/categories/' + i0,
                schemaPath: '#/properties/categories/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema41.properties.categories.items.required,
                parentSchema: schema41.properties.categories.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.title === undefined) {
              const err3 = {
                instancePath: instancePath + '/categories/' + i0,
                schemaPath: '#/properties/categories/items/required',
                keyword: 'required',
                params: { missingProperty: 'title' },
                message: "must have required property '" + 'title' + "'",
                schema: schema41.properties.categories.items.required,
                parentSchema: schema41.properties.categories.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.description === undefined) {
              const err4 = {
                instancePath: instancePath + '/categories/' + i0,
                schemaPath: '#/properties/categories/items/required',
                keyword: 'required',
                params: { missingProperty: 'description' },
                message: "must have required property '" + 'description' + "'",
                schema: schema41.properties.categories.items.required,
                parentSchema: schema41.properties.categories.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(
                key1 === 'id' ||
                key1 === 'title' ||
                key1 === 'description' ||
                key1 === 'scoped' ||
                key1 === 'lifecycles'
              )) {
                const err5 = {
                  instancePath: instancePath + '/categories/' + i0,
                  schemaPath: '#/properties/categories/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema41.properties.categories.items,
                  data: data1,
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.id !== undefined) {
              let data2 = data1.id;
              if (typeof data2 === 'string') {
                if (!pattern13.test(data2)) {
                  const err6 = {
                    instancePath: instancePath + '/categories/' + i0 + '/id',
                    schemaPath: '#/$defs/categoryId/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z]+(-[a-z]+)*$' },
                    message: 'must match pattern "' + '^[a-z]+(-[a-z]+)*$' + '"',
                    schema: '^[a-z]+(-[a-z]+)*$',
                    parentSchema: schema42,
                    data: data2,
                  };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = {
                  instancePath: instancePath + '/categories/' + i0 + '/id',
                  schemaPath: '#/$defs/categoryId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema42.type,
                  parentSchema: schema42,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.title !== undefined) {
              let data3 = data1.title;
              if (typeof data3 === 'string') {
                if (func2(data3) < 1) {
                  const err8 = {
                    instancePath: instancePath + '/categories/' + i0 + '/title',
                    schemaPath: '#/properties/categories/items/properties/title/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema41.properties.categories.items.properties.title,
                    data: data3,
                  };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = {
                  instancePath: instancePath + '/categories/' + i0 + '/title',
                  schemaPath: '#/properties/categories/items/properties/title/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema41.properties.categories.items.properties.title.type,
                  parentSchema: schema41.properties.categories.items.properties.title,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.description !== undefined) {
              let data4 = data1.description;
              if (typeof data4 === 'string') {
                if (func2(data4) < 1) {
                  const err10 = {
                    instancePath: instancePath + '/categories/' + i0 + '/description',
                    schemaPath: '#/properties/categories/items/properties/description/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema41.properties.categories.items.properties.description,
                    data: data4,
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = {
                  instancePath: instancePath + '/categories/' + i0 + '/description',
                  schemaPath: '#/properties/categories/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema41.properties.categories.items.properties.description.type,
                  parentSchema: schema41.properties.categories.items.properties.description,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.scoped !== undefined) {
              let data5 = data1.scoped;
              if (typeof data5 !== 'boolean') {
                const err12 = {
                  instancePath: instancePath + '/categories/' + i0 + '/scoped',
                  schemaPath: '#/properties/categories/items/properties/scoped/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema41.properties.categories.items.properties.scoped.type,
                  parentSchema: schema41.properties.categories.items.properties.scoped,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data1.lifecycles !== undefined) {
              let data6 = data1.lifecycles;
              if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data7 = data6[i1];
                  if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                    if (data7.entity === undefined) {
                      const err13 = {
                        instancePath: instancePath + '/categories/' + i0 + '/lifecycles/' + i1,
                        schemaPath: '#/$defs/lifecycle/required',
                        keyword: 'required',
                        params: { missingProperty: 'entity' },
                        message: "must have required property '" + 'entity' + "'",
                        schema: schema43.required,
                        parentSchema: schema43,
                        data: data7,
                      };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                    if (data7.prefix === undefined) {
                      const err14 = {
                        instancePath: instancePath + '/categories/' + i0 + '/lifecycles/' + i1,
                        schemaPath: '#/$defs/lifecycle/required',
                        keyword: 'required',
                        params: { missingProperty: 'prefix' },
                        message: "must have required property '" + 'prefix' + "'",
                        schema: schema43.required,
                        parentSchema: schema43,
                        data: data7,
                      };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                    if (data7.follows === undefined) {
                      const err15 = {
                        instancePath: instancePath + '/categories/' + i0 + '/lifecycles/' + i1,
                        schemaPath: '#/$defs/lifecycle/required',
                        keyword: 'required',
                        params: { missingProperty: 'follows' },
                        message: "must have required property '" + 'follows' + "'",
                        schema: schema43.required,
                        parentSchema: schema43,
                        data: data7,
                      };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                    if (data7.ends === undefined) {
                      const err16 = {
                        instancePath: instancePath + '/categories/' + i0 + '/lifecycles/' + i1,
                        schemaPath: '#/$defs/lifecycle/required',
                        keyword: 'required',
                        params: { missingProperty: 'ends' },
                        message: "must have required property '" + 'ends' + "'",
                        schema: schema43.required,
                        parentSchema: schema43,
                        data: data7,
                      };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                    for (const key2 in data7) {
                      if (!(
                        key2 === 'entity' ||
                        key2 === 'prefix' ||
                        key2 === 'follows' ||
                        key2 === 'ends'
                      )) {
                        const err17 = {
                          instancePath: instancePath + '/categories/' + i0 + '/lifecycles/' + i1,
                          schemaPath: '#/$defs/lifecycle/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key2 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema43,
                          data: data7,
                        };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                    }
                    if (data7.entity !== undefined) {
                      let data8 = data7.entity;
                      if (typeof data8 === 'string') {
                        if (!pattern14.test(data8)) {
                          const err18 = {
                            instancePath:
                              instancePath + '/categories/' + i0 + '/lifecycles/' + i1 + '/entity',
                            schemaPath: '#/$defs/lifecycle/properties/entity/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[a-z]+$' },
                            message: 'must match pattern "' + '^[a-z]+$' + '"',
                            schema: '^[a-z]+$',
                            parentSchema: schema43.properties.entity,
                            data: data8,
                          };
                          if (vErrors === null) {
                            vErrors = [err18];
                          } else {
                            vErrors.push(err18);
                          }
                          errors++;
                        }
                      } else {
                        const err19 = {
                          instancePath: instancePath + '/categories/' + i0 + '/lifecycles/' + i1 + '/entity',
                          schemaPath: '#/$defs/lifecycle/properties/entity/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema: schema43.properties.entity.type,
                          parentSchema: schema43.properties.entity,
                          data: data8,
                        };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                    if (data7.prefix !== undefined) {
                      let data9 = data7.prefix;
                      if (typeof data9 === 'string') {
                        if (func2(data9) < 1) {
                          const err20 = {
                            instancePath:
                              instancePath + '/categories/' + i0 + '/lifecycles/' + i1 + '/prefix',
                            schemaPath: '#/$defs/lifecycle/properties/prefix/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                            schema: 1,
                            parentSchema: schema43.properties.prefix,
                            data: data9,
                          };
                          if (vErrors === null) {
                            vErrors = [err20];
                          } else {
                            vErrors.push(err20);
                          }
                          errors++;
                        }
                      } else {
                        const err21 = {
                          instancePath: instancePath + '/categories/' + i0 + '/lifecycles/' + i1 + '/prefix',
                          schemaPath: '#/$defs/lifecycle/properties/prefix/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema: schema43.properties.prefix.type,
                          parentSchema: schema43.properties.prefix,
                          data: data9,
                        };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                    if (data7.follows !== undefined) {
                      let data10 = data7.follows;
                      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
                        for (const key3 in data10) {
                          let data11 = data10[key3];
                          if (Array.isArray(data11)) {
                            const len2 = data11.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                              let data12 = data11[i2];
                              if (typeof data12 !== 'string') {
                                const err22 = {
                                  instancePath:
                                    instancePath +
                                    '/categories/' +
                                    i0 +
                                    '/lifecycles/' +
                                    i1 +
                                    '/follows/' +
                                    key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                                    '/' +
                                    i2,
                                  schemaPath:
                                    '#/$defs/lifecycle/properties/follows/additionalProperties/items/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema: schema43.properties.follows.additionalProperties.items.type,
                                  parentSchema: schema43.properties.follows.additionalProperties.items,
                                  data: data12,
                                };
                                if (vErrors === null) {
                                  vErrors = [err22];
                                } else {
                                  vErrors.push(err22);
                                }
                                errors++;
                              }
                            }
                            let i3 = data11.length;
                            let j0;
                            if (i3 > 1) {
                              const indices0 = {};
                              for (; i3--;) {
                                let item0 = data11[i3];
                                if (typeof item0 !== 'string') {
                                  continue;
                                }
                                if (typeof indices0[item0] == 'number') {
                                  j0 = indices0[item0];
                                  const err23 = {
                                    instancePath:
                                      instancePath +
                                      '/categories/' +
                                      i0 +
                                      '/lifecycles/' +
                                      i1 +
                                      '/follows/' +
                                      key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                                    schemaPath:
                                      '#/$defs/lifecycle/properties/follows/additionalProperties/uniqueItems',
                                    keyword: 'uniqueItems',
                                    params: { i: i3, j: j0 },
                                    message:
                                      'must NOT have duplicate items (items ## ' +
                                      j0 +
                                      ' and ' +
                                      i3 +
                                      ' are identical)',
                                    schema: true,
                                    parentSchema: schema43.properties.follows.additionalProperties,
                                    data: data11,
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err23];
                                  } else {
                                    vErrors.push(err23);
                                  }
                                  errors++;
                                  break;
                                }
                                indices0[item0] = i3;
                              }
                            }
                          } else {
                            const err24 = {
                              instancePath:
                                instancePath +
                                '/categories/' +
                                i0 +
                                '/lifecycles/' +
                                i1 +
                                '/follows/' +
                                key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                              schemaPath: '#/$defs/lifecycle/properties/follows/additionalProperties/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array',
                              schema: schema43.properties.follows.additionalProperties.type,
                              parentSchema: schema43.properties.follows.additionalProperties,
                              data: data11,
                            };
                            if (vErrors === null) {
                              vErrors = [err24];
                            } else {
                              vErrors.push(err24);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err25 = {
                          instancePath: instancePath + '/categories/' + i0 + '/lifecycles/' + i1 + '/follows',
                          schemaPath: '#/$defs/lifecycle/properties/follows/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                          schema: schema43.properties.follows.type,
                          parentSchema: schema43.properties.follows,
                          data: data10,
                        };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                    if (data7.ends !== undefined) {
                      let data13 = data7.ends;
                      if (Array.isArray(data13)) {
                        const len3 = data13.length;
                        for (let i4 = 0; i4 < len3; i4++) {
                          let data14 = data13[i4];
                          if (typeof data14 !== 'string') {
                            const err26 = {
                              instancePath:
                                instancePath + '/categories/' + i0 + '/lifecycles/' + i1 + '/ends/' + i4,
                              schemaPath: '#/$defs/lifecycle/properties/ends/items/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                              schema: schema43.properties.ends.items.type,
                              parentSchema: schema43.properties.ends.items,
                              data: data14,
                            };
                            if (vErrors === null) {
                              vErrors = [err26];
                            } else {
                              vErrors.push(err26);
                            }
                            errors++;
                          }
                        }
                        let i5 = data13.length;
                        let j1;
                        if (i5 > 1) {
                          const indices1 = {};
                          for (; i5--;) {
                            let item1 = data13[i5];
                            if (typeof item1 !== 'string') {
                              continue;
                            }
                            if (typeof indices1[item1] == 'number') {
                              j1 = indices1[item1];
                              const err27 = {
                                instancePath:
                                  instancePath + '/categories/' + i0 + '/lifecycles/' + i1 + '/ends',
                                schemaPath: '#/$defs/lifecycle/properties/ends/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i5, j: j1 },
                                message:
                                  'must NOT have duplicate items (items ## ' +
                                  j1 +
                                  ' and ' +
                                  i5 +
                                  ' are identical)',
                                schema: true,
                                parentSchema: schema43.properties.ends,
                                data: data13,
                              };
                              if (vErrors === null) {
                                vErrors = [err27];
                              } else {
                                vErrors.push(err27);
                              }
                              errors++;
                              break;
                            }
                            indices1[item1] = i5;
                          }
                        }
                      } else {
                        const err28 = {
                          instancePath: instancePath + '/categories/' + i0 + '/lifecycles/' + i1 + '/ends',
                          schemaPath: '#/$defs/lifecycle/properties/ends/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                          schema: schema43.properties.ends.type,
                          parentSchema: schema43.properties.ends,
                          data: data13,
                        };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err29 = {
                      instancePath: instancePath + '/categories/' + i0 + '/lifecycles/' + i1,
                      schemaPath: '#/$defs/lifecycle/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema43.type,
                      parentSchema: schema43,
                      data: data7,
                    };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = {
                  instancePath: instancePath + '/categories/' + i0 + '/lifecycles',
                  schemaPath: '#/properties/categories/items/properties/lifecycles/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema41.properties.categories.items.properties.lifecycles.type,
                  parentSchema: schema41.properties.categories.items.properties.lifecycles,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/categories/' + i0,
              schemaPath: '#/properties/categories/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema41.properties.categories.items.type,
              parentSchema: schema41.properties.categories.items,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/categories',
          schemaPath: '#/properties/categories/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema41.properties.categories.type,
          parentSchema: schema41.properties.categories,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema41.type,
      parentSchema: schema41,
      data,
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const subjects = validate31;
const schema44 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://acs-events.dev/catalog/subjects.schema.json',
  title: 'catalog/subjects.yaml: documented subject prefixes',
  type: 'object',
  properties: {
    prefixes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          prefix: { type: 'string', pattern: '^/?[a-z][A-Za-z]*/$' },
          entity: { type: 'string', minLength: 1 },
          listings: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                document: { $ref: 'common.schema.json#/$defs/documentId' },
                line: { type: 'integer', minimum: 1 },
                published: { type: 'string' },
              },
              required: ['document', 'line', 'published'],
              additionalProperties: false,
            },
          },
          errata: { $ref: 'common.schema.json#/$defs/errata' },
        },
        required: ['prefix', 'entity', 'listings'],
        additionalProperties: false,
      },
    },
  },
  required: ['prefixes'],
  additionalProperties: false,
};
const pattern15 = new RegExp('^/?[a-z][A-Za-z]*/$', 'u');
function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate23(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema34.type,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://acs-events.dev/catalog/subjects.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.prefixes === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'prefixes' },
        message: "must have required property '" + 'prefixes' + "'",
        schema: schema44.required,
        parentSchema: schema44,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'prefixes')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema44,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.prefixes !== undefined) {
      let data0 = data.prefixes;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.prefix === undefined) {
              const err2 = {
                instancePath: instancePath + '/prefixes/' + i0,
                schemaPath: '#/properties/prefixes/items/required',
                keyword: 'required',
                params: { missingProperty: 'prefix' },
                message: "must have required property '" + 'prefix' + "'",
                schema: schema44.properties.prefixes.items.required,
                parentSchema: schema44.properties.prefixes.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.entity === undefined) {
              const err3 = {
                instancePath: instancePath + '/prefixes/' + i0,
                schemaPath: '#/properties/prefixes/items/required',
                keyword: 'required',
                params: { missingProperty: 'entity' },
                message: "must have required property '" + 'entity' + "'",
                schema: schema44.properties.prefixes.items.required,
                parentSchema: schema44.properties.prefixes.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.listings === undefined) {
              const err4 = {
                instancePath: instancePath + '/prefixes/' + i0,
                schemaPath: '#/properties/prefixes/items/required',
                keyword: 'required',
                params: { missingProperty: 'listings' },
                message: "must have required property '" + 'listings' + "'",
                schema: schema44.properties.prefixes.items.required,
                parentSchema: schema44.properties.prefixes.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === 'prefix' || key1 === 'entity' || key1 === 'listings' || key1 === 'errata')) {
                const err5 = {
                  instancePath: instancePath + '/prefixes/' + i0,
                  schemaPath: '#/properties/prefixes/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema44.properties.prefixes.items,
                  data: data1,
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.prefix !== undefined) {
              let data2 = data1.prefix;
              if (typeof data2 === 'string') {
                if (!pattern15.test(data2)) {
                  const err6 = {
                    instancePath: instancePath + '/prefixes/' + i0 + '/prefix',
                    schemaPath: '#/properties/prefixes/items/properties/prefix/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^/?[a-z][A-Za-z]*/$' },
                    message: 'must match pattern "' + '^/?[a-z][A-Za-z]*/$' + '"',
                    schema: '^/?[a-z][A-Za-z]*/$',
                    parentSchema: schema44.properties.prefixes.items.properties.prefix,
                    data: data2,
                  };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = {
                  instancePath: instancePath + '/prefixes/' + i0 + '/prefix',
                  schemaPath: '#/properties/prefixes/items/properties/prefix/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema44.properties.prefixes.items.properties.prefix.type,
                  parentSchema: schema44.properties.prefixes.items.properties.prefix,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.entity !== undefined) {
              let data3 = data1.entity;
              if (typeof data3 === 'string') {
                if (func2(data3) < 1) {
                  const err8 = {
                    instancePath: instancePath + '/prefixes/' + i0 + '/entity',
                    schemaPath: '#/properties/prefixes/items/properties/entity/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema44.properties.prefixes.items.properties.entity,
                    data: data3,
                  };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = {
                  instancePath: instancePath + '/prefixes/' + i0 + '/entity',
                  schemaPath: '#/properties/prefixes/items/properties/entity/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema44.properties.prefixes.items.properties.entity.type,
                  parentSchema: schema44.properties.prefixes.items.properties.entity,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.listings !== undefined) {
              let data4 = data1.listings;
              if (Array.isArray(data4)) {
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data5 = data4[i1];
                  if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                    if (data5.document === undefined) {
                      const err10 = {
                        instancePath: instancePath + '/prefixes/' + i0 + '/listings/' + i1,
                        schemaPath: '#/properties/prefixes/items/properties/listings/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'document' },
                        message: "must have required property '" + 'document' + "'",
                        schema: schema44.properties.prefixes.items.properties.listings.items.required,
                        parentSchema: schema44.properties.prefixes.items.properties.listings.items,
                        data: data5,
                      };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                    if (data5.line === undefined) {
                      const err11 = {
                        instancePath: instancePath + '/prefixes/' + i0 + '/listings/' + i1,
                        schemaPath: '#/properties/prefixes/items/properties/listings/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'line' },
                        message: "must have required property '" + 'line' + "'",
                        schema: schema44.properties.prefixes.items.properties.listings.items.required,
                        parentSchema: schema44.properties.prefixes.items.properties.listings.items,
                        data: data5,
                      };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                    if (data5.published === undefined) {
                      const err12 = {
                        instancePath: instancePath + '/prefixes/' + i0 + '/listings/' + i1,
                        schemaPath: '#/properties/prefixes/items/properties/listings/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'published' },
                        message: "must have required property '" + 'published' + "'",
                        schema: schema44.properties.prefixes.items.properties.listings.items.required,
                        parentSchema: schema44.properties.prefixes.items.properties.listings.items,
                        data: data5,
                      };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                    for (const key2 in data5) {
                      if (!(key2 === 'document' || key2 === 'line' || key2 === 'published')) {
                        const err13 = {
                          instancePath: instancePath + '/prefixes/' + i0 + '/listings/' + i1,
                          schemaPath:
                            '#/properties/prefixes/items/properties/listings/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key2 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema44.properties.prefixes.items.properties.listings.items,
                          data: data5,
                        };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                    if (data5.document !== undefined) {
                      let data6 = data5.document;
                      if (typeof data6 === 'string') {
                        if (!pattern4.test(data6)) {
                          const err14 = {
                            instancePath: instancePath + '/prefixes/' + i0 + '/listings/' + i1 + '/document',
                            schemaPath: 'common.schema.json#/$defs/documentId/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' },
                            message:
                              'must match pattern "' +
                              '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' +
                              '"',
                            schema: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$',
                            parentSchema: schema33,
                            data: data6,
                          };
                          if (vErrors === null) {
                            vErrors = [err14];
                          } else {
                            vErrors.push(err14);
                          }
                          errors++;
                        }
                      } else {
                        const err15 = {
                          instancePath: instancePath + '/prefixes/' + i0 + '/listings/' + i1 + '/document',
                          schemaPath: 'common.schema.json#/$defs/documentId/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema: schema33.type,
                          parentSchema: schema33,
                          data: data6,
                        };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                    }
                    if (data5.line !== undefined) {
                      let data7 = data5.line;
                      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                        const err16 = {
                          instancePath: instancePath + '/prefixes/' + i0 + '/listings/' + i1 + '/line',
                          schemaPath:
                            '#/properties/prefixes/items/properties/listings/items/properties/line/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                          schema:
                            schema44.properties.prefixes.items.properties.listings.items.properties.line.type,
                          parentSchema:
                            schema44.properties.prefixes.items.properties.listings.items.properties.line,
                          data: data7,
                        };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                      if (typeof data7 == 'number' && isFinite(data7)) {
                        if (data7 < 1 || isNaN(data7)) {
                          const err17 = {
                            instancePath: instancePath + '/prefixes/' + i0 + '/listings/' + i1 + '/line',
                            schemaPath:
                              '#/properties/prefixes/items/properties/listings/items/properties/line/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 1 },
                            message: 'must be >= 1',
                            schema: 1,
                            parentSchema:
                              schema44.properties.prefixes.items.properties.listings.items.properties.line,
                            data: data7,
                          };
                          if (vErrors === null) {
                            vErrors = [err17];
                          } else {
                            vErrors.push(err17);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data5.published !== undefined) {
                      let data8 = data5.published;
                      if (typeof data8 !== 'string') {
                        const err18 = {
                          instancePath: instancePath + '/prefixes/' + i0 + '/listings/' + i1 + '/published',
                          schemaPath:
                            '#/properties/prefixes/items/properties/listings/items/properties/published/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema44.properties.prefixes.items.properties.listings.items.properties.published
                              .type,
                          parentSchema:
                            schema44.properties.prefixes.items.properties.listings.items.properties.published,
                          data: data8,
                        };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err19 = {
                      instancePath: instancePath + '/prefixes/' + i0 + '/listings/' + i1,
                      schemaPath: '#/properties/prefixes/items/properties/listings/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema44.properties.prefixes.items.properties.listings.items.type,
                      parentSchema: schema44.properties.prefixes.items.properties.listings.items,
                      data: data5,
                    };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = {
                  instancePath: instancePath + '/prefixes/' + i0 + '/listings',
                  schemaPath: '#/properties/prefixes/items/properties/listings/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema44.properties.prefixes.items.properties.listings.type,
                  parentSchema: schema44.properties.prefixes.items.properties.listings,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data1.errata !== undefined) {
              if (
                !validate32(data1.errata, {
                  instancePath: instancePath + '/prefixes/' + i0 + '/errata',
                  parentData: data1,
                  parentDataProperty: 'errata',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err21 = {
              instancePath: instancePath + '/prefixes/' + i0,
              schemaPath: '#/properties/prefixes/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema44.properties.prefixes.items.type,
              parentSchema: schema44.properties.prefixes.items,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/prefixes',
          schemaPath: '#/properties/prefixes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema44.properties.prefixes.type,
          parentSchema: schema44.properties.prefixes,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema44.type,
      parentSchema: schema44,
      data,
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const filters = validate35;
const schema47 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://acs-events.dev/catalog/filters.schema.json',
  title: 'catalog/filters.yaml: the event subscription filter examples the docs publish',
  type: 'object',
  properties: {
    filters: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]+$' },
          source: { $ref: 'common.schema.json#/$defs/docRef' },
          description: { type: 'string' },
          published: { type: 'string', minLength: 1 },
          repairs: { type: 'array', items: { $ref: 'common.schema.json#/$defs/repair' } },
          errata: { $ref: 'common.schema.json#/$defs/errata' },
          corrected: {
            type: 'object',
            properties: {
              includedEventTypes: { type: 'array', items: { type: 'string' } },
              subjectBeginsWith: { type: 'string' },
              subjectEndsWith: { type: 'string' },
              isSubjectCaseSensitive: { type: 'boolean' },
              advancedFilters: { type: 'array', items: { type: 'object' } },
            },
            additionalProperties: false,
          },
        },
        required: ['id', 'source', 'description', 'published', 'corrected'],
        additionalProperties: false,
      },
    },
  },
  required: ['filters'],
  additionalProperties: false,
};
const schema50 = {
  description: 'A mechanical fix that makes the published text parse as JSON (seed coordinates).',
  type: 'object',
  properties: {
    kind: { enum: ['trailing-comma', 'wrap-object'] },
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
  },
  required: ['kind', 'line', 'column'],
  additionalProperties: false,
};
const pattern17 = new RegExp('^[0-9]{4}-[0-9]{2}-[0-9]+$', 'u');
function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.document === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'document' },
        message: "must have required property '" + 'document' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.line === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'line' },
        message: "must have required property '" + 'line' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'document' || key0 === 'line')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema36,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.document !== undefined) {
      let data0 = data.document;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/document',
            schemaPath: '#/$defs/documentId/pattern',
            keyword: 'pattern',
            params: { pattern: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' },
            message: 'must match pattern "' + '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' + '"',
            schema: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$',
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/document',
          schemaPath: '#/$defs/documentId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.line !== undefined) {
      let data1 = data.line;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err5 = {
          instancePath: instancePath + '/line',
          schemaPath: '#/properties/line/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema36.properties.line.type,
          parentSchema: schema36.properties.line,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/line',
            schemaPath: '#/properties/line/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema36.properties.line,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema36.type,
      parentSchema: schema36,
      data,
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate38(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate23(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema34.type,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate35(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://acs-events.dev/catalog/filters.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.filters === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'filters' },
        message: "must have required property '" + 'filters' + "'",
        schema: schema47.required,
        parentSchema: schema47,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'filters')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema47,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.filters !== undefined) {
      let data0 = data.filters;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.id === undefined) {
              const err2 = {
                instancePath: instancePath + '/filters/' + i0,
                schemaPath: '#/properties/filters/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema47.properties.filters.items.required,
                parentSchema: schema47.properties.filters.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.source === undefined) {
              const err3 = {
                instancePath: instancePath + '/filters/' + i0,
                schemaPath: '#/properties/filters/items/required',
                keyword: 'required',
                params: { missingProperty: 'source' },
                message: "must have required property '" + 'source' + "'",
                schema: schema47.properties.filters.items.required,
                parentSchema: schema47.properties.filters.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.description === undefined) {
              const err4 = {
                instancePath: instancePath + '/filters/' + i0,
                schemaPath: '#/properties/filters/items/required',
                keyword: 'required',
                params: { missingProperty: 'description' },
                message: "must have required property '" + 'description' + "'",
                schema: schema47.properties.filters.items.required,
                parentSchema: schema47.properties.filters.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.published === undefined) {
              const err5 = {
                instancePath: instancePath + '/filters/' + i0,
                schemaPath: '#/properties/filters/items/required',
                keyword: 'required',
                params: { missingProperty: 'published' },
                message: "must have required property '" + 'published' + "'",
                schema: schema47.properties.filters.items.required,
                parentSchema: schema47.properties.filters.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.corrected === undefined) {
              const err6 = {
                instancePath: instancePath + '/filters/' + i0,
                schemaPath: '#/properties/filters/items/required',
                keyword: 'required',
                params: { missingProperty: 'corrected' },
                message: "must have required property '" + 'corrected' + "'",
                schema: schema47.properties.filters.items.required,
                parentSchema: schema47.properties.filters.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(
                key1 === 'id' ||
                key1 === 'source' ||
                key1 === 'description' ||
                key1 === 'published' ||
                key1 === 'repairs' ||
                key1 === 'errata' ||
                key1 === 'corrected'
              )) {
                const err7 = {
                  instancePath: instancePath + '/filters/' + i0,
                  schemaPath: '#/properties/filters/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema47.properties.filters.items,
                  data: data1,
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.id !== undefined) {
              let data2 = data1.id;
              if (typeof data2 === 'string') {
                if (!pattern17.test(data2)) {
                  const err8 = {
                    instancePath: instancePath + '/filters/' + i0 + '/id',
                    schemaPath: '#/properties/filters/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]+$' },
                    message: 'must match pattern "' + '^[0-9]{4}-[0-9]{2}-[0-9]+$' + '"',
                    schema: '^[0-9]{4}-[0-9]{2}-[0-9]+$',
                    parentSchema: schema47.properties.filters.items.properties.id,
                    data: data2,
                  };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = {
                  instancePath: instancePath + '/filters/' + i0 + '/id',
                  schemaPath: '#/properties/filters/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema47.properties.filters.items.properties.id.type,
                  parentSchema: schema47.properties.filters.items.properties.id,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.source !== undefined) {
              if (
                !validate36(data1.source, {
                  instancePath: instancePath + '/filters/' + i0 + '/source',
                  parentData: data1,
                  parentDataProperty: 'source',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
            }
            if (data1.description !== undefined) {
              let data4 = data1.description;
              if (typeof data4 !== 'string') {
                const err10 = {
                  instancePath: instancePath + '/filters/' + i0 + '/description',
                  schemaPath: '#/properties/filters/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema47.properties.filters.items.properties.description.type,
                  parentSchema: schema47.properties.filters.items.properties.description,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.published !== undefined) {
              let data5 = data1.published;
              if (typeof data5 === 'string') {
                if (func2(data5) < 1) {
                  const err11 = {
                    instancePath: instancePath + '/filters/' + i0 + '/published',
                    schemaPath: '#/properties/filters/items/properties/published/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema47.properties.filters.items.properties.published,
                    data: data5,
                  };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = {
                  instancePath: instancePath + '/filters/' + i0 + '/published',
                  schemaPath: '#/properties/filters/items/properties/published/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema47.properties.filters.items.properties.published.type,
                  parentSchema: schema47.properties.filters.items.properties.published,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data1.repairs !== undefined) {
              let data6 = data1.repairs;
              if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data7 = data6[i1];
                  if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                    if (data7.kind === undefined) {
                      const err13 = {
                        instancePath: instancePath + '/filters/' + i0 + '/repairs/' + i1,
                        schemaPath: 'common.schema.json#/$defs/repair/required',
                        keyword: 'required',
                        params: { missingProperty: 'kind' },
                        message: "must have required property '" + 'kind' + "'",
                        schema: schema50.required,
                        parentSchema: schema50,
                        data: data7,
                      };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                    if (data7.line === undefined) {
                      const err14 = {
                        instancePath: instancePath + '/filters/' + i0 + '/repairs/' + i1,
                        schemaPath: 'common.schema.json#/$defs/repair/required',
                        keyword: 'required',
                        params: { missingProperty: 'line' },
                        message: "must have required property '" + 'line' + "'",
                        schema: schema50.required,
                        parentSchema: schema50,
                        data: data7,
                      };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                    if (data7.column === undefined) {
                      const err15 = {
                        instancePath: instancePath + '/filters/' + i0 + '/repairs/' + i1,
                        schemaPath: 'common.schema.json#/$defs/repair/required',
                        keyword: 'required',
                        params: { missingProperty: 'column' },
                        message: "must have required property '" + 'column' + "'",
                        schema: schema50.required,
                        parentSchema: schema50,
                        data: data7,
                      };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                    for (const key2 in data7) {
                      if (!(key2 === 'kind' || key2 === 'line' || key2 === 'column')) {
                        const err16 = {
                          instancePath: instancePath + '/filters/' + i0 + '/repairs/' + i1,
                          schemaPath: 'common.schema.json#/$defs/repair/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key2 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema50,
                          data: data7,
                        };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                    }
                    if (data7.kind !== undefined) {
                      let data8 = data7.kind;
                      if (!(data8 === 'trailing-comma' || data8 === 'wrap-object')) {
                        const err17 = {
                          instancePath: instancePath + '/filters/' + i0 + '/repairs/' + i1 + '/kind',
                          schemaPath: 'common.schema.json#/$defs/repair/properties/kind/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema50.properties.kind.enum },
                          message: 'must be equal to one of the allowed values',
                          schema: schema50.properties.kind.enum,
                          parentSchema: schema50.properties.kind,
                          data: data8,
                        };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                    }
                    if (data7.line !== undefined) {
                      let data9 = data7.line;
                      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                        const err18 = {
                          instancePath: instancePath + '/filters/' + i0 + '/repairs/' + i1 + '/line',
                          schemaPath: 'common.schema.json#/$defs/repair/properties/line/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                          schema: schema50.properties.line.type,
                          parentSchema: schema50.properties.line,
                          data: data9,
                        };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                      if (typeof data9 == 'number' && isFinite(data9)) {
                        if (data9 < 1 || isNaN(data9)) {
                          const err19 = {
                            instancePath: instancePath + '/filters/' + i0 + '/repairs/' + i1 + '/line',
                            schemaPath: 'common.schema.json#/$defs/repair/properties/line/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 1 },
                            message: 'must be >= 1',
                            schema: 1,
                            parentSchema: schema50.properties.line,
                            data: data9,
                          };
                          if (vErrors === null) {
                            vErrors = [err19];
                          } else {
                            vErrors.push(err19);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data7.column !== undefined) {
                      let data10 = data7.column;
                      if (!(
                        typeof data10 == 'number' &&
                        !(data10 % 1) &&
                        !isNaN(data10) &&
                        isFinite(data10)
                      )) {
                        const err20 = {
                          instancePath: instancePath + '/filters/' + i0 + '/repairs/' + i1 + '/column',
                          schemaPath: 'common.schema.json#/$defs/repair/properties/column/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                          schema: schema50.properties.column.type,
                          parentSchema: schema50.properties.column,
                          data: data10,
                        };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                      if (typeof data10 == 'number' && isFinite(data10)) {
                        if (data10 < 1 || isNaN(data10)) {
                          const err21 = {
                            instancePath: instancePath + '/filters/' + i0 + '/repairs/' + i1 + '/column',
                            schemaPath: 'common.schema.json#/$defs/repair/properties/column/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 1 },
                            message: 'must be >= 1',
                            schema: 1,
                            parentSchema: schema50.properties.column,
                            data: data10,
                          };
                          if (vErrors === null) {
                            vErrors = [err21];
                          } else {
                            vErrors.push(err21);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err22 = {
                      instancePath: instancePath + '/filters/' + i0 + '/repairs/' + i1,
                      schemaPath: 'common.schema.json#/$defs/repair/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema50.type,
                      parentSchema: schema50,
                      data: data7,
                    };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = {
                  instancePath: instancePath + '/filters/' + i0 + '/repairs',
                  schemaPath: '#/properties/filters/items/properties/repairs/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema47.properties.filters.items.properties.repairs.type,
                  parentSchema: schema47.properties.filters.items.properties.repairs,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data1.errata !== undefined) {
              if (
                !validate38(data1.errata, {
                  instancePath: instancePath + '/filters/' + i0 + '/errata',
                  parentData: data1,
                  parentDataProperty: 'errata',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                errors = vErrors.length;
              }
            }
            if (data1.corrected !== undefined) {
              let data12 = data1.corrected;
              if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                for (const key3 in data12) {
                  if (!(
                    key3 === 'includedEventTypes' ||
                    key3 === 'subjectBeginsWith' ||
                    key3 === 'subjectEndsWith' ||
                    key3 === 'isSubjectCaseSensitive' ||
                    key3 === 'advancedFilters'
                  )) {
                    const err24 = {
                      instancePath: instancePath + '/filters/' + i0 + '/corrected',
                      schemaPath: '#/properties/filters/items/properties/corrected/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key3 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema47.properties.filters.items.properties.corrected,
                      data: data12,
                    };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data12.includedEventTypes !== undefined) {
                  let data13 = data12.includedEventTypes;
                  if (Array.isArray(data13)) {
                    const len2 = data13.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data14 = data13[i2];
                      if (typeof data14 !== 'string') {
                        const err25 = {
                          instancePath:
                            instancePath + '/filters/' + i0 + '/corrected/includedEventTypes/' + i2,
                          schemaPath:
                            '#/properties/filters/items/properties/corrected/properties/includedEventTypes/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema47.properties.filters.items.properties.corrected.properties
                              .includedEventTypes.items.type,
                          parentSchema:
                            schema47.properties.filters.items.properties.corrected.properties
                              .includedEventTypes.items,
                          data: data14,
                        };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err26 = {
                      instancePath: instancePath + '/filters/' + i0 + '/corrected/includedEventTypes',
                      schemaPath:
                        '#/properties/filters/items/properties/corrected/properties/includedEventTypes/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema:
                        schema47.properties.filters.items.properties.corrected.properties.includedEventTypes
                          .type,
                      parentSchema:
                        schema47.properties.filters.items.properties.corrected.properties.includedEventTypes,
                      data: data13,
                    };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data12.subjectBeginsWith !== undefined) {
                  let data15 = data12.subjectBeginsWith;
                  if (typeof data15 !== 'string') {
                    const err27 = {
                      instancePath: instancePath + '/filters/' + i0 + '/corrected/subjectBeginsWith',
                      schemaPath:
                        '#/properties/filters/items/properties/corrected/properties/subjectBeginsWith/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema47.properties.filters.items.properties.corrected.properties.subjectBeginsWith
                          .type,
                      parentSchema:
                        schema47.properties.filters.items.properties.corrected.properties.subjectBeginsWith,
                      data: data15,
                    };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data12.subjectEndsWith !== undefined) {
                  let data16 = data12.subjectEndsWith;
                  if (typeof data16 !== 'string') {
                    const err28 = {
                      instancePath: instancePath + '/filters/' + i0 + '/corrected/subjectEndsWith',
                      schemaPath:
                        '#/properties/filters/items/properties/corrected/properties/subjectEndsWith/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema47.properties.filters.items.properties.corrected.properties.subjectEndsWith
                          .type,
                      parentSchema:
                        schema47.properties.filters.items.properties.corrected.properties.subjectEndsWith,
                      data: data16,
                    };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data12.isSubjectCaseSensitive !== undefined) {
                  let data17 = data12.isSubjectCaseSensitive;
                  if (typeof data17 !== 'boolean') {
                    const err29 = {
                      instancePath: instancePath + '/filters/' + i0 + '/corrected/isSubjectCaseSensitive',
                      schemaPath:
                        '#/properties/filters/items/properties/corrected/properties/isSubjectCaseSensitive/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                      schema:
                        schema47.properties.filters.items.properties.corrected.properties
                          .isSubjectCaseSensitive.type,
                      parentSchema:
                        schema47.properties.filters.items.properties.corrected.properties
                          .isSubjectCaseSensitive,
                      data: data17,
                    };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data12.advancedFilters !== undefined) {
                  let data18 = data12.advancedFilters;
                  if (Array.isArray(data18)) {
                    const len3 = data18.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data19 = data18[i3];
                      if (!(data19 && typeof data19 == 'object' && !Array.isArray(data19))) {
                        const err30 = {
                          instancePath: instancePath + '/filters/' + i0 + '/corrected/advancedFilters/' + i3,
                          schemaPath:
                            '#/properties/filters/items/properties/corrected/properties/advancedFilters/items/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                          schema:
                            schema47.properties.filters.items.properties.corrected.properties.advancedFilters
                              .items.type,
                          parentSchema:
                            schema47.properties.filters.items.properties.corrected.properties.advancedFilters
                              .items,
                          data: data19,
                        };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err31 = {
                      instancePath: instancePath + '/filters/' + i0 + '/corrected/advancedFilters',
                      schemaPath:
                        '#/properties/filters/items/properties/corrected/properties/advancedFilters/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema:
                        schema47.properties.filters.items.properties.corrected.properties.advancedFilters
                          .type,
                      parentSchema:
                        schema47.properties.filters.items.properties.corrected.properties.advancedFilters,
                      data: data18,
                    };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = {
                  instancePath: instancePath + '/filters/' + i0 + '/corrected',
                  schemaPath: '#/properties/filters/items/properties/corrected/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema47.properties.filters.items.properties.corrected.type,
                  parentSchema: schema47.properties.filters.items.properties.corrected,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = {
              instancePath: instancePath + '/filters/' + i0,
              schemaPath: '#/properties/filters/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema47.properties.filters.items.type,
              parentSchema: schema47.properties.filters.items,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/filters',
          schemaPath: '#/properties/filters/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema47.properties.filters.type,
          parentSchema: schema47.properties.filters,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema47.type,
      parentSchema: schema47,
      data,
    };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const definitions = validate41;
const schema52 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://acs-events.dev/catalog/definitions.schema.json',
  title: "catalog/definitions.yaml: shapes shared by several events' data",
  type: 'object',
  properties: {
    definitions: {
      type: 'object',
      propertyNames: { pattern: '^[A-Z][A-Za-z0-9]*$' },
      additionalProperties: {
        type: 'object',
        properties: {
          description: { type: 'string', minLength: 1 },
          schema: { $ref: 'common.schema.json#/$defs/dataSchema' },
          spec: { $ref: 'common.schema.json#/$defs/specRef' },
          attributes: { $ref: 'common.schema.json#/$defs/attributes' },
        },
        required: ['description', 'schema'],
        additionalProperties: false,
      },
    },
  },
  required: ['definitions'],
  additionalProperties: false,
};
const schema56 = {
  description: 'Where the REST API spec (document rest-api-spec) defines this shape.',
  type: 'object',
  properties: {
    definition: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
    line: {
      description: "1-based line of the definition's key in the JSON file.",
      type: 'integer',
      minimum: 1,
    },
  },
  required: ['definition', 'line'],
  additionalProperties: false,
};
const pattern19 = new RegExp('^[A-Z][A-Za-z0-9]*$', 'u');
const pattern21 = new RegExp('^[A-Za-z][A-Za-z0-9_]*$', 'u');
const schema53 = {
  description: 'The JSON Schema 2020-12 subset allowed for event data.',
  type: 'object',
  properties: {
    type: {
      anyOf: [
        { $ref: '#/$defs/jsonType' },
        { type: 'array', items: { $ref: '#/$defs/jsonType' }, minItems: 2, uniqueItems: true },
      ],
    },
    description: { type: 'string' },
    properties: { type: 'object', additionalProperties: { $ref: '#/$defs/dataSchema' } },
    required: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    additionalProperties: { anyOf: [{ type: 'boolean' }, { $ref: '#/$defs/dataSchema' }] },
    items: { $ref: '#/$defs/dataSchema' },
    enum: { type: 'array', items: { type: ['string', 'number', 'boolean', 'null'] }, minItems: 1 },
    const: { type: ['string', 'number', 'boolean', 'null'] },
    anyOf: { type: 'array', items: { $ref: '#/$defs/dataSchema' }, minItems: 1 },
    oneOf: { type: 'array', items: { $ref: '#/$defs/dataSchema' }, minItems: 1 },
    allOf: { type: 'array', items: { $ref: '#/$defs/dataSchema' }, minItems: 1 },
    format: { enum: ['date-time', 'duration', 'int32', 'int64', 'double'] },
    $ref: { type: 'string', pattern: '^#/\\$defs/[A-Z][A-Za-z0-9]*$' },
    examples: { type: 'array' },
    deprecated: { type: 'boolean' },
  },
  additionalProperties: false,
};
const schema54 = { enum: ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'] };
const func0 = require('ajv/dist/runtime/equal').default;
const wrapper0 = { validate: validate42 };
const pattern20 = new RegExp('^#/\\$defs/[A-Z][A-Za-z0-9]*$', 'u');
function validate42(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema53.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema53,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (!(
        data0 === 'object' ||
        data0 === 'array' ||
        data0 === 'string' ||
        data0 === 'number' ||
        data0 === 'integer' ||
        data0 === 'boolean' ||
        data0 === 'null'
      )) {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/jsonType/enum',
          keyword: 'enum',
          params: { allowedValues: schema54.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema54.enum,
          parentSchema: schema54,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 2) {
          const err2 = {
            instancePath: instancePath + '/type',
            schemaPath: '#/properties/type/anyOf/1/minItems',
            keyword: 'minItems',
            params: { limit: 2 },
            message: 'must NOT have fewer than 2 items',
            schema: 2,
            parentSchema: schema53.properties.type.anyOf[1],
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(
            data1 === 'object' ||
            data1 === 'array' ||
            data1 === 'string' ||
            data1 === 'number' ||
            data1 === 'integer' ||
            data1 === 'boolean' ||
            data1 === 'null'
          )) {
            const err3 = {
              instancePath: instancePath + '/type/' + i0,
              schemaPath: '#/$defs/jsonType/enum',
              keyword: 'enum',
              params: { allowedValues: schema54.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema54.enum,
              parentSchema: schema54,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data0[i1], data0[j0])) {
                const err4 = {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/properties/type/anyOf/1/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema53.properties.type.anyOf[1],
                  data: data0,
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/anyOf/1/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.type.anyOf[1].type,
          parentSchema: schema53.properties.type.anyOf[1],
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err6 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
          schema: schema53.properties.type.anyOf,
          parentSchema: schema53.properties.type,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema53.properties.description.type,
          parentSchema: schema53.properties.description,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data3 = data.properties;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (
            !wrapper0.validate(data3[key1], {
              instancePath: instancePath + '/properties/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data3,
              parentDataProperty: key1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/properties',
          schemaPath: '#/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema53.properties.properties.type,
          parentSchema: schema53.properties.properties,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.required !== undefined) {
      let data5 = data.required;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data6 = data5[i2];
          if (typeof data6 !== 'string') {
            const err9 = {
              instancePath: instancePath + '/required/' + i2,
              schemaPath: '#/properties/required/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema53.properties.required.items.type,
              parentSchema: schema53.properties.required.items,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i3 = data5.length;
        let j1;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--;) {
            let item0 = data5[i3];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j1 = indices0[item0];
              const err10 = {
                instancePath: instancePath + '/required',
                schemaPath: '#/properties/required/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i3, j: j1 },
                message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                schema: true,
                parentSchema: schema53.properties.required,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/required',
          schemaPath: '#/properties/required/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.required.type,
          parentSchema: schema53.properties.required,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.additionalProperties !== undefined) {
      let data7 = data.additionalProperties;
      const _errs21 = errors;
      let valid11 = false;
      const _errs22 = errors;
      if (typeof data7 !== 'boolean') {
        const err12 = {
          instancePath: instancePath + '/additionalProperties',
          schemaPath: '#/properties/additionalProperties/anyOf/0/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema53.properties.additionalProperties.anyOf[0].type,
          parentSchema: schema53.properties.additionalProperties.anyOf[0],
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      valid11 = valid11 || _valid1;
      const _errs24 = errors;
      if (
        !wrapper0.validate(data7, {
          instancePath: instancePath + '/additionalProperties',
          parentData: data,
          parentDataProperty: 'additionalProperties',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs24 === errors;
      valid11 = valid11 || _valid1;
      if (!valid11) {
        const err13 = {
          instancePath: instancePath + '/additionalProperties',
          schemaPath: '#/properties/additionalProperties/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
          schema: schema53.properties.additionalProperties.anyOf,
          parentSchema: schema53.properties.additionalProperties,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.items !== undefined) {
      if (
        !wrapper0.validate(data.items, {
          instancePath: instancePath + '/items',
          parentData: data,
          parentDataProperty: 'items',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      }
    }
    if (data.enum !== undefined) {
      let data9 = data.enum;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err14 = {
            instancePath: instancePath + '/enum',
            schemaPath: '#/properties/enum/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema53.properties.enum,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len2 = data9.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data10 = data9[i4];
          if (
            typeof data10 !== 'string' &&
            !(typeof data10 == 'number' && isFinite(data10)) &&
            typeof data10 !== 'boolean' &&
            data10 !== null
          ) {
            const err15 = {
              instancePath: instancePath + '/enum/' + i4,
              schemaPath: '#/properties/enum/items/type',
              keyword: 'type',
              params: { type: schema53.properties.enum.items.type },
              message: 'must be string,number,boolean,null',
              schema: schema53.properties.enum.items.type,
              parentSchema: schema53.properties.enum.items,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/enum',
          schemaPath: '#/properties/enum/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.enum.type,
          parentSchema: schema53.properties.enum,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.const !== undefined) {
      let data11 = data.const;
      if (
        typeof data11 !== 'string' &&
        !(typeof data11 == 'number' && isFinite(data11)) &&
        typeof data11 !== 'boolean' &&
        data11 !== null
      ) {
        const err17 = {
          instancePath: instancePath + '/const',
          schemaPath: '#/properties/const/type',
          keyword: 'type',
          params: { type: schema53.properties.const.type },
          message: 'must be string,number,boolean,null',
          schema: schema53.properties.const.type,
          parentSchema: schema53.properties.const,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.anyOf !== undefined) {
      let data12 = data.anyOf;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err18 = {
            instancePath: instancePath + '/anyOf',
            schemaPath: '#/properties/anyOf/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema53.properties.anyOf,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len3 = data12.length;
        for (let i5 = 0; i5 < len3; i5++) {
          if (
            !wrapper0.validate(data12[i5], {
              instancePath: instancePath + '/anyOf/' + i5,
              parentData: data12,
              parentDataProperty: i5,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/anyOf',
          schemaPath: '#/properties/anyOf/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.anyOf.type,
          parentSchema: schema53.properties.anyOf,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.oneOf !== undefined) {
      let data14 = data.oneOf;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err20 = {
            instancePath: instancePath + '/oneOf',
            schemaPath: '#/properties/oneOf/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema53.properties.oneOf,
            data: data14,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len4 = data14.length;
        for (let i6 = 0; i6 < len4; i6++) {
          if (
            !wrapper0.validate(data14[i6], {
              instancePath: instancePath + '/oneOf/' + i6,
              parentData: data14,
              parentDataProperty: i6,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/oneOf',
          schemaPath: '#/properties/oneOf/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.oneOf.type,
          parentSchema: schema53.properties.oneOf,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.allOf !== undefined) {
      let data16 = data.allOf;
      if (Array.isArray(data16)) {
        if (data16.length < 1) {
          const err22 = {
            instancePath: instancePath + '/allOf',
            schemaPath: '#/properties/allOf/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema53.properties.allOf,
            data: data16,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len5 = data16.length;
        for (let i7 = 0; i7 < len5; i7++) {
          if (
            !wrapper0.validate(data16[i7], {
              instancePath: instancePath + '/allOf/' + i7,
              parentData: data16,
              parentDataProperty: i7,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/allOf',
          schemaPath: '#/properties/allOf/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.allOf.type,
          parentSchema: schema53.properties.allOf,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.format !== undefined) {
      let data18 = data.format;
      if (!(
        data18 === 'date-time' ||
        data18 === 'duration' ||
        data18 === 'int32' ||
        data18 === 'int64' ||
        data18 === 'double'
      )) {
        const err24 = {
          instancePath: instancePath + '/format',
          schemaPath: '#/properties/format/enum',
          keyword: 'enum',
          params: { allowedValues: schema53.properties.format.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema53.properties.format.enum,
          parentSchema: schema53.properties.format,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.$ref !== undefined) {
      let data19 = data.$ref;
      if (typeof data19 === 'string') {
        if (!pattern20.test(data19)) {
          const err25 = {
            instancePath: instancePath + '/$ref',
            schemaPath: '#/properties/%24ref/pattern',
            keyword: 'pattern',
            params: { pattern: '^#/\\$defs/[A-Z][A-Za-z0-9]*$' },
            message: 'must match pattern "' + '^#/\\$defs/[A-Z][A-Za-z0-9]*$' + '"',
            schema: '^#/\\$defs/[A-Z][A-Za-z0-9]*$',
            parentSchema: schema53.properties.$ref,
            data: data19,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/$ref',
          schemaPath: '#/properties/%24ref/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema53.properties.$ref.type,
          parentSchema: schema53.properties.$ref,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.examples !== undefined) {
      let data20 = data.examples;
      if (!Array.isArray(data20)) {
        const err27 = {
          instancePath: instancePath + '/examples',
          schemaPath: '#/properties/examples/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.examples.type,
          parentSchema: schema53.properties.examples,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.deprecated !== undefined) {
      let data21 = data.deprecated;
      if (typeof data21 !== 'boolean') {
        const err28 = {
          instancePath: instancePath + '/deprecated',
          schemaPath: '#/properties/deprecated/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema53.properties.deprecated.type,
          parentSchema: schema53.properties.deprecated,
          data: data21,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema53.type,
      parentSchema: schema53,
      data,
    };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema57 = {
  description: "The docs' attribute-table rows as published, for reconciliation with the schema.",
  type: 'array',
  items: {
    type: 'object',
    properties: {
      document: { $ref: '#/$defs/documentId' },
      line: { type: 'integer', minimum: 1 },
      name: { type: 'string', minLength: 1 },
      type: {
        description: 'The type as printed, e.g. Dictionary<string, object>, List<WorkerSelector>, enum.',
        type: 'string',
        minLength: 1,
      },
      nullable: { type: 'boolean' },
      description: { type: 'string' },
    },
    required: ['document', 'line', 'name', 'type'],
    additionalProperties: false,
  },
};
function validate44(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.document === undefined) {
          const err0 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'document' },
            message: "must have required property '" + 'document' + "'",
            schema: schema57.items.required,
            parentSchema: schema57.items,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.line === undefined) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'line' },
            message: "must have required property '" + 'line' + "'",
            schema: schema57.items.required,
            parentSchema: schema57.items,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.name === undefined) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
            schema: schema57.items.required,
            parentSchema: schema57.items,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.type === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
            message: "must have required property '" + 'type' + "'",
            schema: schema57.items.required,
            parentSchema: schema57.items,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(
            key0 === 'document' ||
            key0 === 'line' ||
            key0 === 'name' ||
            key0 === 'type' ||
            key0 === 'nullable' ||
            key0 === 'description'
          )) {
            const err4 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/items/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema57.items,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.document !== undefined) {
          let data1 = data0.document;
          if (typeof data1 === 'string') {
            if (!pattern4.test(data1)) {
              const err5 = {
                instancePath: instancePath + '/' + i0 + '/document',
                schemaPath: '#/$defs/documentId/pattern',
                keyword: 'pattern',
                params: { pattern: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' },
                message: 'must match pattern "' + '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' + '"',
                schema: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$',
                parentSchema: schema33,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = {
              instancePath: instancePath + '/' + i0 + '/document',
              schemaPath: '#/$defs/documentId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.type,
              parentSchema: schema33,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.line !== undefined) {
          let data2 = data0.line;
          if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
            const err7 = {
              instancePath: instancePath + '/' + i0 + '/line',
              schemaPath: '#/items/properties/line/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema57.items.properties.line.type,
              parentSchema: schema57.items.properties.line,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (typeof data2 == 'number' && isFinite(data2)) {
            if (data2 < 1 || isNaN(data2)) {
              const err8 = {
                instancePath: instancePath + '/' + i0 + '/line',
                schemaPath: '#/items/properties/line/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema57.items.properties.line,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
        if (data0.name !== undefined) {
          let data3 = data0.name;
          if (typeof data3 === 'string') {
            if (func2(data3) < 1) {
              const err9 = {
                instancePath: instancePath + '/' + i0 + '/name',
                schemaPath: '#/items/properties/name/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema57.items.properties.name,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/' + i0 + '/name',
              schemaPath: '#/items/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.items.properties.name.type,
              parentSchema: schema57.items.properties.name,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.type !== undefined) {
          let data4 = data0.type;
          if (typeof data4 === 'string') {
            if (func2(data4) < 1) {
              const err11 = {
                instancePath: instancePath + '/' + i0 + '/type',
                schemaPath: '#/items/properties/type/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema57.items.properties.type,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/' + i0 + '/type',
              schemaPath: '#/items/properties/type/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.items.properties.type.type,
              parentSchema: schema57.items.properties.type,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.nullable !== undefined) {
          let data5 = data0.nullable;
          if (typeof data5 !== 'boolean') {
            const err13 = {
              instancePath: instancePath + '/' + i0 + '/nullable',
              schemaPath: '#/items/properties/nullable/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema57.items.properties.nullable.type,
              parentSchema: schema57.items.properties.nullable,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.description !== undefined) {
          let data6 = data0.description;
          if (typeof data6 !== 'string') {
            const err14 = {
              instancePath: instancePath + '/' + i0 + '/description',
              schemaPath: '#/items/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.items.properties.description.type,
              parentSchema: schema57.items.properties.description,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema57.items.type,
          parentSchema: schema57.items,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema57.type,
      parentSchema: schema57,
      data,
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate41(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://acs-events.dev/catalog/definitions.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.definitions === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'definitions' },
        message: "must have required property '" + 'definitions' + "'",
        schema: schema52.required,
        parentSchema: schema52,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'definitions')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema52,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.definitions !== undefined) {
      let data0 = data.definitions;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === 'string') {
            if (!pattern19.test(key1)) {
              const err2 = {
                instancePath: instancePath + '/definitions',
                schemaPath: '#/properties/definitions/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Z][A-Za-z0-9]*$' },
                message: 'must match pattern "' + '^[A-Z][A-Za-z0-9]*$' + '"',
                schema: '^[A-Z][A-Za-z0-9]*$',
                parentSchema: schema52.properties.definitions.propertyNames,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err3 = {
              instancePath: instancePath + '/definitions',
              schemaPath: '#/properties/definitions/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema52.properties.definitions.propertyNames,
              parentSchema: schema52.properties.definitions,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.description === undefined) {
              const err4 = {
                instancePath: instancePath + '/definitions/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/definitions/additionalProperties/required',
                keyword: 'required',
                params: { missingProperty: 'description' },
                message: "must have required property '" + 'description' + "'",
                schema: schema52.properties.definitions.additionalProperties.required,
                parentSchema: schema52.properties.definitions.additionalProperties,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.schema === undefined) {
              const err5 = {
                instancePath: instancePath + '/definitions/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/definitions/additionalProperties/required',
                keyword: 'required',
                params: { missingProperty: 'schema' },
                message: "must have required property '" + 'schema' + "'",
                schema: schema52.properties.definitions.additionalProperties.required,
                parentSchema: schema52.properties.definitions.additionalProperties,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            for (const key3 in data1) {
              if (!(
                key3 === 'description' ||
                key3 === 'schema' ||
                key3 === 'spec' ||
                key3 === 'attributes'
              )) {
                const err6 = {
                  instancePath:
                    instancePath + '/definitions/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/definitions/additionalProperties/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema52.properties.definitions.additionalProperties,
                  data: data1,
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.description !== undefined) {
              let data2 = data1.description;
              if (typeof data2 === 'string') {
                if (func2(data2) < 1) {
                  const err7 = {
                    instancePath:
                      instancePath +
                      '/definitions/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/description',
                    schemaPath:
                      '#/properties/definitions/additionalProperties/properties/description/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema52.properties.definitions.additionalProperties.properties.description,
                    data: data2,
                  };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = {
                  instancePath:
                    instancePath +
                    '/definitions/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/description',
                  schemaPath: '#/properties/definitions/additionalProperties/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema52.properties.definitions.additionalProperties.properties.description.type,
                  parentSchema: schema52.properties.definitions.additionalProperties.properties.description,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.schema !== undefined) {
              if (
                !validate42(data1.schema, {
                  instancePath:
                    instancePath +
                    '/definitions/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/schema',
                  parentData: data1,
                  parentDataProperty: 'schema',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                errors = vErrors.length;
              }
            }
            if (data1.spec !== undefined) {
              let data4 = data1.spec;
              if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                if (data4.definition === undefined) {
                  const err9 = {
                    instancePath:
                      instancePath +
                      '/definitions/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/spec',
                    schemaPath: 'common.schema.json#/$defs/specRef/required',
                    keyword: 'required',
                    params: { missingProperty: 'definition' },
                    message: "must have required property '" + 'definition' + "'",
                    schema: schema56.required,
                    parentSchema: schema56,
                    data: data4,
                  };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data4.line === undefined) {
                  const err10 = {
                    instancePath:
                      instancePath +
                      '/definitions/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/spec',
                    schemaPath: 'common.schema.json#/$defs/specRef/required',
                    keyword: 'required',
                    params: { missingProperty: 'line' },
                    message: "must have required property '" + 'line' + "'",
                    schema: schema56.required,
                    parentSchema: schema56,
                    data: data4,
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                for (const key4 in data4) {
                  if (!(key4 === 'definition' || key4 === 'line')) {
                    const err11 = {
                      instancePath:
                        instancePath +
                        '/definitions/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/spec',
                      schemaPath: 'common.schema.json#/$defs/specRef/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key4 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema56,
                      data: data4,
                    };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data4.definition !== undefined) {
                  let data5 = data4.definition;
                  if (typeof data5 === 'string') {
                    if (!pattern21.test(data5)) {
                      const err12 = {
                        instancePath:
                          instancePath +
                          '/definitions/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/spec/definition',
                        schemaPath: 'common.schema.json#/$defs/specRef/properties/definition/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                        schema: '^[A-Za-z][A-Za-z0-9_]*$',
                        parentSchema: schema56.properties.definition,
                        data: data5,
                      };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  } else {
                    const err13 = {
                      instancePath:
                        instancePath +
                        '/definitions/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/spec/definition',
                      schemaPath: 'common.schema.json#/$defs/specRef/properties/definition/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema56.properties.definition.type,
                      parentSchema: schema56.properties.definition,
                      data: data5,
                    };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data4.line !== undefined) {
                  let data6 = data4.line;
                  if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                    const err14 = {
                      instancePath:
                        instancePath +
                        '/definitions/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/spec/line',
                      schemaPath: 'common.schema.json#/$defs/specRef/properties/line/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                      schema: schema56.properties.line.type,
                      parentSchema: schema56.properties.line,
                      data: data6,
                    };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                  if (typeof data6 == 'number' && isFinite(data6)) {
                    if (data6 < 1 || isNaN(data6)) {
                      const err15 = {
                        instancePath:
                          instancePath +
                          '/definitions/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/spec/line',
                        schemaPath: 'common.schema.json#/$defs/specRef/properties/line/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema: schema56.properties.line,
                        data: data6,
                      };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err16 = {
                  instancePath:
                    instancePath + '/definitions/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/spec',
                  schemaPath: 'common.schema.json#/$defs/specRef/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema56.type,
                  parentSchema: schema56,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data1.attributes !== undefined) {
              if (
                !validate44(data1.attributes, {
                  instancePath:
                    instancePath +
                    '/definitions/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/attributes',
                  parentData: data1,
                  parentDataProperty: 'attributes',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/definitions/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/definitions/additionalProperties/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema52.properties.definitions.additionalProperties.type,
              parentSchema: schema52.properties.definitions.additionalProperties,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/definitions',
          schemaPath: '#/properties/definitions/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema52.properties.definitions.type,
          parentSchema: schema52.properties.definitions,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema52.type,
      parentSchema: schema52,
      data,
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const event = validate46;
const schema59 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://acs-events.dev/catalog/event.schema.json',
  title: 'catalog/events/<category>/<Name>.yaml: one ACS event type',
  type: 'object',
  properties: {
    type: { type: 'string', pattern: '^Microsoft\\.Communication\\.[A-Z][A-Za-z]*$' },
    category: {
      description: 'Id of a category in categories.yaml.',
      $ref: 'categories.schema.json#/$defs/categoryId',
    },
    scope: {
      description:
        'Scoped categories (chat) only: a per-user event (one per recipient) or a thread-level one.',
      enum: ['user', 'thread'],
    },
    description: { type: 'string', minLength: 1 },
    status: { enum: ['current', 'retired'] },
    replacedBy: { type: 'string', pattern: '^Microsoft\\.Communication\\.[A-Z][A-Za-z]*$' },
    dataVersion: { type: 'string', minLength: 1 },
    subjects: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          pattern: {
            type: 'string',
            pattern:
              '^/?[a-z][A-Za-z]*/([A-Za-z]+|\\{[a-z][A-Za-z]*\\})(/([A-Za-z]+|\\{[a-z][A-Za-z]*\\}))*$',
          },
          prefix: { type: 'string' },
          parameters: {
            type: 'object',
            propertyNames: { pattern: '^[a-z][A-Za-z]*$' },
            additionalProperties: {
              type: 'object',
              properties: {
                description: { type: 'string', minLength: 1 },
                from: { $ref: 'common.schema.json#/$defs/jsonPointer' },
                transform: {
                  description:
                    'How the subject writes the value at `from`, when not as is: digits keeps only its digits (an E.164 number without "+").',
                  enum: ['digits'],
                },
              },
              required: ['description'],
              additionalProperties: false,
            },
          },
        },
        required: ['pattern', 'prefix', 'parameters'],
        additionalProperties: false,
      },
    },
    listings: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          document: { $ref: 'common.schema.json#/$defs/documentId' },
          line: { type: 'integer', minimum: 1 },
          description: { type: 'string' },
          publishedType: { type: 'string' },
        },
        required: ['document', 'line', 'description'],
        additionalProperties: false,
      },
    },
    schema: { $ref: 'common.schema.json#/$defs/dataSchema' },
    spec: { $ref: 'common.schema.json#/$defs/specRef' },
    attributes: { $ref: 'common.schema.json#/$defs/attributes' },
    samples: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          source: { $ref: 'common.schema.json#/$defs/docRef' },
          title: {
            description: "The docs' heading of the example, e.g. Text message received.",
            type: 'string',
            minLength: 1,
          },
          published: { type: 'string', minLength: 1 },
          repairs: { type: 'array', items: { $ref: 'common.schema.json#/$defs/repair' } },
          errata: { $ref: 'common.schema.json#/$defs/errata' },
        },
        required: ['source', 'published'],
        additionalProperties: false,
      },
    },
    errata: { $ref: 'common.schema.json#/$defs/errata' },
  },
  required: [
    'type',
    'category',
    'description',
    'status',
    'dataVersion',
    'subjects',
    'listings',
    'schema',
    'samples',
  ],
  additionalProperties: false,
};
const pattern23 = new RegExp('^Microsoft\\.Communication\\.[A-Z][A-Za-z]*$', 'u');
const pattern26 = new RegExp(
  '^/?[a-z][A-Za-z]*/([A-Za-z]+|\\{[a-z][A-Za-z]*\\})(/([A-Za-z]+|\\{[a-z][A-Za-z]*\\}))*$',
  'u',
);
const pattern27 = new RegExp('^[a-z][A-Za-z]*$', 'u');
function validate47(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema53.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema53,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (!(
        data0 === 'object' ||
        data0 === 'array' ||
        data0 === 'string' ||
        data0 === 'number' ||
        data0 === 'integer' ||
        data0 === 'boolean' ||
        data0 === 'null'
      )) {
        const err1 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/jsonType/enum',
          keyword: 'enum',
          params: { allowedValues: schema54.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema54.enum,
          parentSchema: schema54,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 2) {
          const err2 = {
            instancePath: instancePath + '/type',
            schemaPath: '#/properties/type/anyOf/1/minItems',
            keyword: 'minItems',
            params: { limit: 2 },
            message: 'must NOT have fewer than 2 items',
            schema: 2,
            parentSchema: schema53.properties.type.anyOf[1],
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(
            data1 === 'object' ||
            data1 === 'array' ||
            data1 === 'string' ||
            data1 === 'number' ||
            data1 === 'integer' ||
            data1 === 'boolean' ||
            data1 === 'null'
          )) {
            const err3 = {
              instancePath: instancePath + '/type/' + i0,
              schemaPath: '#/$defs/jsonType/enum',
              keyword: 'enum',
              params: { allowedValues: schema54.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema54.enum,
              parentSchema: schema54,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data0[i1], data0[j0])) {
                const err4 = {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/properties/type/anyOf/1/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema53.properties.type.anyOf[1],
                  data: data0,
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/anyOf/1/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.type.anyOf[1].type,
          parentSchema: schema53.properties.type.anyOf[1],
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err6 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
          schema: schema53.properties.type.anyOf,
          parentSchema: schema53.properties.type,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema53.properties.description.type,
          parentSchema: schema53.properties.description,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data3 = data.properties;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (
            !validate42(data3[key1], {
              instancePath: instancePath + '/properties/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data3,
              parentDataProperty: key1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/properties',
          schemaPath: '#/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema53.properties.properties.type,
          parentSchema: schema53.properties.properties,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.required !== undefined) {
      let data5 = data.required;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data6 = data5[i2];
          if (typeof data6 !== 'string') {
            const err9 = {
              instancePath: instancePath + '/required/' + i2,
              schemaPath: '#/properties/required/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema53.properties.required.items.type,
              parentSchema: schema53.properties.required.items,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i3 = data5.length;
        let j1;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--;) {
            let item0 = data5[i3];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j1 = indices0[item0];
              const err10 = {
                instancePath: instancePath + '/required',
                schemaPath: '#/properties/required/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i3, j: j1 },
                message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                schema: true,
                parentSchema: schema53.properties.required,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/required',
          schemaPath: '#/properties/required/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.required.type,
          parentSchema: schema53.properties.required,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.additionalProperties !== undefined) {
      let data7 = data.additionalProperties;
      const _errs21 = errors;
      let valid11 = false;
      const _errs22 = errors;
      if (typeof data7 !== 'boolean') {
        const err12 = {
          instancePath: instancePath + '/additionalProperties',
          schemaPath: '#/properties/additionalProperties/anyOf/0/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema53.properties.additionalProperties.anyOf[0].type,
          parentSchema: schema53.properties.additionalProperties.anyOf[0],
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      valid11 = valid11 || _valid1;
      const _errs24 = errors;
      if (
        !validate42(data7, {
          instancePath: instancePath + '/additionalProperties',
          parentData: data,
          parentDataProperty: 'additionalProperties',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs24 === errors;
      valid11 = valid11 || _valid1;
      if (!valid11) {
        const err13 = {
          instancePath: instancePath + '/additionalProperties',
          schemaPath: '#/properties/additionalProperties/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
          schema: schema53.properties.additionalProperties.anyOf,
          parentSchema: schema53.properties.additionalProperties,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.items !== undefined) {
      if (
        !validate42(data.items, {
          instancePath: instancePath + '/items',
          parentData: data,
          parentDataProperty: 'items',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
    if (data.enum !== undefined) {
      let data9 = data.enum;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err14 = {
            instancePath: instancePath + '/enum',
            schemaPath: '#/properties/enum/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema53.properties.enum,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len2 = data9.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data10 = data9[i4];
          if (
            typeof data10 !== 'string' &&
            !(typeof data10 == 'number' && isFinite(data10)) &&
            typeof data10 !== 'boolean' &&
            data10 !== null
          ) {
            const err15 = {
              instancePath: instancePath + '/enum/' + i4,
              schemaPath: '#/properties/enum/items/type',
              keyword: 'type',
              params: { type: schema53.properties.enum.items.type },
              message: 'must be string,number,boolean,null',
              schema: schema53.properties.enum.items.type,
              parentSchema: schema53.properties.enum.items,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/enum',
          schemaPath: '#/properties/enum/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.enum.type,
          parentSchema: schema53.properties.enum,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.const !== undefined) {
      let data11 = data.const;
      if (
        typeof data11 !== 'string' &&
        !(typeof data11 == 'number' && isFinite(data11)) &&
        typeof data11 !== 'boolean' &&
        data11 !== null
      ) {
        const err17 = {
          instancePath: instancePath + '/const',
          schemaPath: '#/properties/const/type',
          keyword: 'type',
          params: { type: schema53.properties.const.type },
          message: 'must be string,number,boolean,null',
          schema: schema53.properties.const.type,
          parentSchema: schema53.properties.const,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.anyOf !== undefined) {
      let data12 = data.anyOf;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err18 = {
            instancePath: instancePath + '/anyOf',
            schemaPath: '#/properties/anyOf/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema53.properties.anyOf,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len3 = data12.length;
        for (let i5 = 0; i5 < len3; i5++) {
          if (
            !validate42(data12[i5], {
              instancePath: instancePath + '/anyOf/' + i5,
              parentData: data12,
              parentDataProperty: i5,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/anyOf',
          schemaPath: '#/properties/anyOf/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.anyOf.type,
          parentSchema: schema53.properties.anyOf,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.oneOf !== undefined) {
      let data14 = data.oneOf;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err20 = {
            instancePath: instancePath + '/oneOf',
            schemaPath: '#/properties/oneOf/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema53.properties.oneOf,
            data: data14,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len4 = data14.length;
        for (let i6 = 0; i6 < len4; i6++) {
          if (
            !validate42(data14[i6], {
              instancePath: instancePath + '/oneOf/' + i6,
              parentData: data14,
              parentDataProperty: i6,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/oneOf',
          schemaPath: '#/properties/oneOf/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.oneOf.type,
          parentSchema: schema53.properties.oneOf,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.allOf !== undefined) {
      let data16 = data.allOf;
      if (Array.isArray(data16)) {
        if (data16.length < 1) {
          const err22 = {
            instancePath: instancePath + '/allOf',
            schemaPath: '#/properties/allOf/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema53.properties.allOf,
            data: data16,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len5 = data16.length;
        for (let i7 = 0; i7 < len5; i7++) {
          if (
            !validate42(data16[i7], {
              instancePath: instancePath + '/allOf/' + i7,
              parentData: data16,
              parentDataProperty: i7,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/allOf',
          schemaPath: '#/properties/allOf/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.allOf.type,
          parentSchema: schema53.properties.allOf,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.format !== undefined) {
      let data18 = data.format;
      if (!(
        data18 === 'date-time' ||
        data18 === 'duration' ||
        data18 === 'int32' ||
        data18 === 'int64' ||
        data18 === 'double'
      )) {
        const err24 = {
          instancePath: instancePath + '/format',
          schemaPath: '#/properties/format/enum',
          keyword: 'enum',
          params: { allowedValues: schema53.properties.format.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema53.properties.format.enum,
          parentSchema: schema53.properties.format,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.$ref !== undefined) {
      let data19 = data.$ref;
      if (typeof data19 === 'string') {
        if (!pattern20.test(data19)) {
          const err25 = {
            instancePath: instancePath + '/$ref',
            schemaPath: '#/properties/%24ref/pattern',
            keyword: 'pattern',
            params: { pattern: '^#/\\$defs/[A-Z][A-Za-z0-9]*$' },
            message: 'must match pattern "' + '^#/\\$defs/[A-Z][A-Za-z0-9]*$' + '"',
            schema: '^#/\\$defs/[A-Z][A-Za-z0-9]*$',
            parentSchema: schema53.properties.$ref,
            data: data19,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/$ref',
          schemaPath: '#/properties/%24ref/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema53.properties.$ref.type,
          parentSchema: schema53.properties.$ref,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.examples !== undefined) {
      let data20 = data.examples;
      if (!Array.isArray(data20)) {
        const err27 = {
          instancePath: instancePath + '/examples',
          schemaPath: '#/properties/examples/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema53.properties.examples.type,
          parentSchema: schema53.properties.examples,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.deprecated !== undefined) {
      let data21 = data.deprecated;
      if (typeof data21 !== 'boolean') {
        const err28 = {
          instancePath: instancePath + '/deprecated',
          schemaPath: '#/properties/deprecated/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema53.properties.deprecated.type,
          parentSchema: schema53.properties.deprecated,
          data: data21,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema53.type,
      parentSchema: schema53,
      data,
    };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate55(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.document === undefined) {
          const err0 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'document' },
            message: "must have required property '" + 'document' + "'",
            schema: schema57.items.required,
            parentSchema: schema57.items,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.line === undefined) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'line' },
            message: "must have required property '" + 'line' + "'",
            schema: schema57.items.required,
            parentSchema: schema57.items,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.name === undefined) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
            schema: schema57.items.required,
            parentSchema: schema57.items,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.type === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
            message: "must have required property '" + 'type' + "'",
            schema: schema57.items.required,
            parentSchema: schema57.items,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(
            key0 === 'document' ||
            key0 === 'line' ||
            key0 === 'name' ||
            key0 === 'type' ||
            key0 === 'nullable' ||
            key0 === 'description'
          )) {
            const err4 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/items/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema57.items,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.document !== undefined) {
          let data1 = data0.document;
          if (typeof data1 === 'string') {
            if (!pattern4.test(data1)) {
              const err5 = {
                instancePath: instancePath + '/' + i0 + '/document',
                schemaPath: '#/$defs/documentId/pattern',
                keyword: 'pattern',
                params: { pattern: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' },
                message: 'must match pattern "' + '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' + '"',
                schema: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$',
                parentSchema: schema33,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = {
              instancePath: instancePath + '/' + i0 + '/document',
              schemaPath: '#/$defs/documentId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.type,
              parentSchema: schema33,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.line !== undefined) {
          let data2 = data0.line;
          if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
            const err7 = {
              instancePath: instancePath + '/' + i0 + '/line',
              schemaPath: '#/items/properties/line/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema57.items.properties.line.type,
              parentSchema: schema57.items.properties.line,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (typeof data2 == 'number' && isFinite(data2)) {
            if (data2 < 1 || isNaN(data2)) {
              const err8 = {
                instancePath: instancePath + '/' + i0 + '/line',
                schemaPath: '#/items/properties/line/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema57.items.properties.line,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
        if (data0.name !== undefined) {
          let data3 = data0.name;
          if (typeof data3 === 'string') {
            if (func2(data3) < 1) {
              const err9 = {
                instancePath: instancePath + '/' + i0 + '/name',
                schemaPath: '#/items/properties/name/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema57.items.properties.name,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/' + i0 + '/name',
              schemaPath: '#/items/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.items.properties.name.type,
              parentSchema: schema57.items.properties.name,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.type !== undefined) {
          let data4 = data0.type;
          if (typeof data4 === 'string') {
            if (func2(data4) < 1) {
              const err11 = {
                instancePath: instancePath + '/' + i0 + '/type',
                schemaPath: '#/items/properties/type/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema57.items.properties.type,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/' + i0 + '/type',
              schemaPath: '#/items/properties/type/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.items.properties.type.type,
              parentSchema: schema57.items.properties.type,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.nullable !== undefined) {
          let data5 = data0.nullable;
          if (typeof data5 !== 'boolean') {
            const err13 = {
              instancePath: instancePath + '/' + i0 + '/nullable',
              schemaPath: '#/items/properties/nullable/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema57.items.properties.nullable.type,
              parentSchema: schema57.items.properties.nullable,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.description !== undefined) {
          let data6 = data0.description;
          if (typeof data6 !== 'string') {
            const err14 = {
              instancePath: instancePath + '/' + i0 + '/description',
              schemaPath: '#/items/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.items.properties.description.type,
              parentSchema: schema57.items.properties.description,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema57.items.type,
          parentSchema: schema57.items,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema57.type,
      parentSchema: schema57,
      data,
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate57(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.document === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'document' },
        message: "must have required property '" + 'document' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.line === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'line' },
        message: "must have required property '" + 'line' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'document' || key0 === 'line')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema36,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.document !== undefined) {
      let data0 = data.document;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/document',
            schemaPath: '#/$defs/documentId/pattern',
            keyword: 'pattern',
            params: { pattern: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' },
            message: 'must match pattern "' + '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' + '"',
            schema: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$',
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/document',
          schemaPath: '#/$defs/documentId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.line !== undefined) {
      let data1 = data.line;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err5 = {
          instancePath: instancePath + '/line',
          schemaPath: '#/properties/line/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema36.properties.line.type,
          parentSchema: schema36.properties.line,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/line',
            schemaPath: '#/properties/line/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema36.properties.line,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema36.type,
      parentSchema: schema36,
      data,
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate59(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate23(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema34.type,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate46(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://acs-events.dev/catalog/event.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
        schema: schema59.required,
        parentSchema: schema59,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.category === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'category' },
        message: "must have required property '" + 'category' + "'",
        schema: schema59.required,
        parentSchema: schema59,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.description === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'description' },
        message: "must have required property '" + 'description' + "'",
        schema: schema59.required,
        parentSchema: schema59,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
        message: "must have required property '" + 'status' + "'",
        schema: schema59.required,
        parentSchema: schema59,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.dataVersion === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dataVersion' },
        message: "must have required property '" + 'dataVersion' + "'",
        schema: schema59.required,
        parentSchema: schema59,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.subjects === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'subjects' },
        message: "must have required property '" + 'subjects' + "'",
        schema: schema59.required,
        parentSchema: schema59,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.listings === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'listings' },
        message: "must have required property '" + 'listings' + "'",
        schema: schema59.required,
        parentSchema: schema59,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.schema === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'schema' },
        message: "must have required property '" + 'schema' + "'",
        schema: schema59.required,
        parentSchema: schema59,
        data,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.samples === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'samples' },
        message: "must have required property '" + 'samples' + "'",
        schema: schema59.required,
        parentSchema: schema59,
        data,
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema59.properties, key0)) {
        const err9 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema59,
          data,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 === 'string') {
        if (!pattern23.test(data0)) {
          const err10 = {
            instancePath: instancePath + '/type',
            schemaPath: '#/properties/type/pattern',
            keyword: 'pattern',
            params: { pattern: '^Microsoft\\.Communication\\.[A-Z][A-Za-z]*$' },
            message: 'must match pattern "' + '^Microsoft\\.Communication\\.[A-Z][A-Za-z]*$' + '"',
            schema: '^Microsoft\\.Communication\\.[A-Z][A-Za-z]*$',
            parentSchema: schema59.properties.type,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema59.properties.type.type,
          parentSchema: schema59.properties.type,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.category !== undefined) {
      let data1 = data.category;
      if (typeof data1 === 'string') {
        if (!pattern13.test(data1)) {
          const err12 = {
            instancePath: instancePath + '/category',
            schemaPath: 'categories.schema.json#/$defs/categoryId/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z]+(-[a-z]+)*$' },
            message: 'must match pattern "' + '^[a-z]+(-[a-z]+)*$' + '"',
            schema: '^[a-z]+(-[a-z]+)*$',
            parentSchema: schema42,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/category',
          schemaPath: 'categories.schema.json#/$defs/categoryId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema42.type,
          parentSchema: schema42,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.scope !== undefined) {
      let data2 = data.scope;
      if (!(data2 === 'user' || data2 === 'thread')) {
        const err14 = {
          instancePath: instancePath + '/scope',
          schemaPath: '#/properties/scope/enum',
          keyword: 'enum',
          params: { allowedValues: schema59.properties.scope.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema59.properties.scope.enum,
          parentSchema: schema59.properties.scope,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data3 = data.description;
      if (typeof data3 === 'string') {
        if (func2(data3) < 1) {
          const err15 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/properties/description/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema59.properties.description,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema59.properties.description.type,
          parentSchema: schema59.properties.description,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data4 = data.status;
      if (!(data4 === 'current' || data4 === 'retired')) {
        const err17 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema59.properties.status.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema59.properties.status.enum,
          parentSchema: schema59.properties.status,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.replacedBy !== undefined) {
      let data5 = data.replacedBy;
      if (typeof data5 === 'string') {
        if (!pattern23.test(data5)) {
          const err18 = {
            instancePath: instancePath + '/replacedBy',
            schemaPath: '#/properties/replacedBy/pattern',
            keyword: 'pattern',
            params: { pattern: '^Microsoft\\.Communication\\.[A-Z][A-Za-z]*$' },
            message: 'must match pattern "' + '^Microsoft\\.Communication\\.[A-Z][A-Za-z]*$' + '"',
            schema: '^Microsoft\\.Communication\\.[A-Z][A-Za-z]*$',
            parentSchema: schema59.properties.replacedBy,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/replacedBy',
          schemaPath: '#/properties/replacedBy/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema59.properties.replacedBy.type,
          parentSchema: schema59.properties.replacedBy,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.dataVersion !== undefined) {
      let data6 = data.dataVersion;
      if (typeof data6 === 'string') {
        if (func2(data6) < 1) {
          const err20 = {
            instancePath: instancePath + '/dataVersion',
            schemaPath: '#/properties/dataVersion/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema59.properties.dataVersion,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/dataVersion',
          schemaPath: '#/properties/dataVersion/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema59.properties.dataVersion.type,
          parentSchema: schema59.properties.dataVersion,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.subjects !== undefined) {
      let data7 = data.subjects;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
            if (data8.pattern === undefined) {
              const err22 = {
                instancePath: instancePath + '/subjects/' + i0,
                schemaPath: '#/properties/subjects/items/required',
                keyword: 'required',
                params: { missingProperty: 'pattern' },
                message: "must have required property '" + 'pattern' + "'",
                schema: schema59.properties.subjects.items.required,
                parentSchema: schema59.properties.subjects.items,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data8.prefix === undefined) {
              const err23 = {
                instancePath: instancePath + '/subjects/' + i0,
                schemaPath: '#/properties/subjects/items/required',
                keyword: 'required',
                params: { missingProperty: 'prefix' },
                message: "must have required property '" + 'prefix' + "'",
                schema: schema59.properties.subjects.items.required,
                parentSchema: schema59.properties.subjects.items,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data8.parameters === undefined) {
              const err24 = {
                instancePath: instancePath + '/subjects/' + i0,
                schemaPath: '#/properties/subjects/items/required',
                keyword: 'required',
                params: { missingProperty: 'parameters' },
                message: "must have required property '" + 'parameters' + "'",
                schema: schema59.properties.subjects.items.required,
                parentSchema: schema59.properties.subjects.items,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === 'pattern' || key1 === 'prefix' || key1 === 'parameters')) {
                const err25 = {
                  instancePath: instancePath + '/subjects/' + i0,
                  schemaPath: '#/properties/subjects/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema59.properties.subjects.items,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data8.pattern !== undefined) {
              let data9 = data8.pattern;
              if (typeof data9 === 'string') {
                if (!pattern26.test(data9)) {
                  const err26 = {
                    instancePath: instancePath + '/subjects/' + i0 + '/pattern',
                    schemaPath: '#/properties/subjects/items/properties/pattern/pattern',
                    keyword: 'pattern',
                    params: {
                      pattern:
                        '^/?[a-z][A-Za-z]*/([A-Za-z]+|\\{[a-z][A-Za-z]*\\})(/([A-Za-z]+|\\{[a-z][A-Za-z]*\\}))*$',
                    },
                    message:
                      'must match pattern "' +
                      '^/?[a-z][A-Za-z]*/([A-Za-z]+|\\{[a-z][A-Za-z]*\\})(/([A-Za-z]+|\\{[a-z][A-Za-z]*\\}))*$' +
                      '"',
                    schema:
                      '^/?[a-z][A-Za-z]*/([A-Za-z]+|\\{[a-z][A-Za-z]*\\})(/([A-Za-z]+|\\{[a-z][A-Za-z]*\\}))*$',
                    parentSchema: schema59.properties.subjects.items.properties.pattern,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = {
                  instancePath: instancePath + '/subjects/' + i0 + '/pattern',
                  schemaPath: '#/properties/subjects/items/properties/pattern/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema59.properties.subjects.items.properties.pattern.type,
                  parentSchema: schema59.properties.subjects.items.properties.pattern,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data8.prefix !== undefined) {
              let data10 = data8.prefix;
              if (typeof data10 !== 'string') {
                const err28 = {
                  instancePath: instancePath + '/subjects/' + i0 + '/prefix',
                  schemaPath: '#/properties/subjects/items/properties/prefix/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema59.properties.subjects.items.properties.prefix.type,
                  parentSchema: schema59.properties.subjects.items.properties.prefix,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data8.parameters !== undefined) {
              let data11 = data8.parameters;
              if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                for (const key2 in data11) {
                  const _errs26 = errors;
                  if (typeof key2 === 'string') {
                    if (!pattern27.test(key2)) {
                      const err29 = {
                        instancePath: instancePath + '/subjects/' + i0 + '/parameters',
                        schemaPath: '#/properties/subjects/items/properties/parameters/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z][A-Za-z]*$' },
                        message: 'must match pattern "' + '^[a-z][A-Za-z]*$' + '"',
                        schema: '^[a-z][A-Za-z]*$',
                        parentSchema: schema59.properties.subjects.items.properties.parameters.propertyNames,
                        data: key2,
                        propertyName: key2,
                      };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  }
                  var valid5 = _errs26 === errors;
                  if (!valid5) {
                    const err30 = {
                      instancePath: instancePath + '/subjects/' + i0 + '/parameters',
                      schemaPath: '#/properties/subjects/items/properties/parameters/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key2 },
                      message: 'property name must be valid',
                      schema: schema59.properties.subjects.items.properties.parameters.propertyNames,
                      parentSchema: schema59.properties.subjects.items.properties.parameters,
                      data: data11,
                    };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                for (const key3 in data11) {
                  let data12 = data11[key3];
                  if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                    if (data12.description === undefined) {
                      const err31 = {
                        instancePath:
                          instancePath +
                          '/subjects/' +
                          i0 +
                          '/parameters/' +
                          key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/properties/subjects/items/properties/parameters/additionalProperties/required',
                        keyword: 'required',
                        params: { missingProperty: 'description' },
                        message: "must have required property '" + 'description' + "'",
                        schema:
                          schema59.properties.subjects.items.properties.parameters.additionalProperties
                            .required,
                        parentSchema:
                          schema59.properties.subjects.items.properties.parameters.additionalProperties,
                        data: data12,
                      };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                    for (const key4 in data12) {
                      if (!(key4 === 'description' || key4 === 'from' || key4 === 'transform')) {
                        const err32 = {
                          instancePath:
                            instancePath +
                            '/subjects/' +
                            i0 +
                            '/parameters/' +
                            key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                          schemaPath:
                            '#/properties/subjects/items/properties/parameters/additionalProperties/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key4 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema:
                            schema59.properties.subjects.items.properties.parameters.additionalProperties,
                          data: data12,
                        };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                      }
                    }
                    if (data12.description !== undefined) {
                      let data13 = data12.description;
                      if (typeof data13 === 'string') {
                        if (func2(data13) < 1) {
                          const err33 = {
                            instancePath:
                              instancePath +
                              '/subjects/' +
                              i0 +
                              '/parameters/' +
                              key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                              '/description',
                            schemaPath:
                              '#/properties/subjects/items/properties/parameters/additionalProperties/properties/description/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                            schema: 1,
                            parentSchema:
                              schema59.properties.subjects.items.properties.parameters.additionalProperties
                                .properties.description,
                            data: data13,
                          };
                          if (vErrors === null) {
                            vErrors = [err33];
                          } else {
                            vErrors.push(err33);
                          }
                          errors++;
                        }
                      } else {
                        const err34 = {
                          instancePath:
                            instancePath +
                            '/subjects/' +
                            i0 +
                            '/parameters/' +
                            key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/description',
                          schemaPath:
                            '#/properties/subjects/items/properties/parameters/additionalProperties/properties/description/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema59.properties.subjects.items.properties.parameters.additionalProperties
                              .properties.description.type,
                          parentSchema:
                            schema59.properties.subjects.items.properties.parameters.additionalProperties
                              .properties.description,
                          data: data13,
                        };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                    if (data12.from !== undefined) {
                      let data14 = data12.from;
                      if (typeof data14 === 'string') {
                        if (!pattern11.test(data14)) {
                          const err35 = {
                            instancePath:
                              instancePath +
                              '/subjects/' +
                              i0 +
                              '/parameters/' +
                              key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                              '/from',
                            schemaPath: 'common.schema.json#/$defs/jsonPointer/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^(/([^~/]|~[01])*)*$' },
                            message: 'must match pattern "' + '^(/([^~/]|~[01])*)*$' + '"',
                            schema: '^(/([^~/]|~[01])*)*$',
                            parentSchema: schema39,
                            data: data14,
                          };
                          if (vErrors === null) {
                            vErrors = [err35];
                          } else {
                            vErrors.push(err35);
                          }
                          errors++;
                        }
                      } else {
                        const err36 = {
                          instancePath:
                            instancePath +
                            '/subjects/' +
                            i0 +
                            '/parameters/' +
                            key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/from',
                          schemaPath: 'common.schema.json#/$defs/jsonPointer/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema: schema39.type,
                          parentSchema: schema39,
                          data: data14,
                        };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                    if (data12.transform !== undefined) {
                      let data15 = data12.transform;
                      if (!(data15 === 'digits')) {
                        const err37 = {
                          instancePath:
                            instancePath +
                            '/subjects/' +
                            i0 +
                            '/parameters/' +
                            key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/transform',
                          schemaPath:
                            '#/properties/subjects/items/properties/parameters/additionalProperties/properties/transform/enum',
                          keyword: 'enum',
                          params: {
                            allowedValues:
                              schema59.properties.subjects.items.properties.parameters.additionalProperties
                                .properties.transform.enum,
                          },
                          message: 'must be equal to one of the allowed values',
                          schema:
                            schema59.properties.subjects.items.properties.parameters.additionalProperties
                              .properties.transform.enum,
                          parentSchema:
                            schema59.properties.subjects.items.properties.parameters.additionalProperties
                              .properties.transform,
                          data: data15,
                        };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err38 = {
                      instancePath:
                        instancePath +
                        '/subjects/' +
                        i0 +
                        '/parameters/' +
                        key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/properties/subjects/items/properties/parameters/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema:
                        schema59.properties.subjects.items.properties.parameters.additionalProperties.type,
                      parentSchema:
                        schema59.properties.subjects.items.properties.parameters.additionalProperties,
                      data: data12,
                    };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = {
                  instancePath: instancePath + '/subjects/' + i0 + '/parameters',
                  schemaPath: '#/properties/subjects/items/properties/parameters/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema59.properties.subjects.items.properties.parameters.type,
                  parentSchema: schema59.properties.subjects.items.properties.parameters,
                  data: data11,
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = {
              instancePath: instancePath + '/subjects/' + i0,
              schemaPath: '#/properties/subjects/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema59.properties.subjects.items.type,
              parentSchema: schema59.properties.subjects.items,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = {
          instancePath: instancePath + '/subjects',
          schemaPath: '#/properties/subjects/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema59.properties.subjects.type,
          parentSchema: schema59.properties.subjects,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.listings !== undefined) {
      let data16 = data.listings;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data17 = data16[i1];
          if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
            if (data17.document === undefined) {
              const err42 = {
                instancePath: instancePath + '/listings/' + i1,
                schemaPath: '#/properties/listings/items/required',
                keyword: 'required',
                params: { missingProperty: 'document' },
                message: "must have required property '" + 'document' + "'",
                schema: schema59.properties.listings.items.required,
                parentSchema: schema59.properties.listings.items,
                data: data17,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data17.line === undefined) {
              const err43 = {
                instancePath: instancePath + '/listings/' + i1,
                schemaPath: '#/properties/listings/items/required',
                keyword: 'required',
                params: { missingProperty: 'line' },
                message: "must have required property '" + 'line' + "'",
                schema: schema59.properties.listings.items.required,
                parentSchema: schema59.properties.listings.items,
                data: data17,
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data17.description === undefined) {
              const err44 = {
                instancePath: instancePath + '/listings/' + i1,
                schemaPath: '#/properties/listings/items/required',
                keyword: 'required',
                params: { missingProperty: 'description' },
                message: "must have required property '" + 'description' + "'",
                schema: schema59.properties.listings.items.required,
                parentSchema: schema59.properties.listings.items,
                data: data17,
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            for (const key5 in data17) {
              if (!(
                key5 === 'document' ||
                key5 === 'line' ||
                key5 === 'description' ||
                key5 === 'publishedType'
              )) {
                const err45 = {
                  instancePath: instancePath + '/listings/' + i1,
                  schemaPath: '#/properties/listings/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema59.properties.listings.items,
                  data: data17,
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data17.document !== undefined) {
              let data18 = data17.document;
              if (typeof data18 === 'string') {
                if (!pattern4.test(data18)) {
                  const err46 = {
                    instancePath: instancePath + '/listings/' + i1 + '/document',
                    schemaPath: 'common.schema.json#/$defs/documentId/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' },
                    message:
                      'must match pattern "' + '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$' + '"',
                    schema: '^([0-9]{4}-[0-9]{2}(-[a-z0-9]+)*|rest-api-spec)$',
                    parentSchema: schema33,
                    data: data18,
                  };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = {
                  instancePath: instancePath + '/listings/' + i1 + '/document',
                  schemaPath: 'common.schema.json#/$defs/documentId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema33.type,
                  parentSchema: schema33,
                  data: data18,
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data17.line !== undefined) {
              let data19 = data17.line;
              if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
                const err48 = {
                  instancePath: instancePath + '/listings/' + i1 + '/line',
                  schemaPath: '#/properties/listings/items/properties/line/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema59.properties.listings.items.properties.line.type,
                  parentSchema: schema59.properties.listings.items.properties.line,
                  data: data19,
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              if (typeof data19 == 'number' && isFinite(data19)) {
                if (data19 < 1 || isNaN(data19)) {
                  const err49 = {
                    instancePath: instancePath + '/listings/' + i1 + '/line',
                    schemaPath: '#/properties/listings/items/properties/line/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema59.properties.listings.items.properties.line,
                    data: data19,
                  };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
            }
            if (data17.description !== undefined) {
              let data20 = data17.description;
              if (typeof data20 !== 'string') {
                const err50 = {
                  instancePath: instancePath + '/listings/' + i1 + '/description',
                  schemaPath: '#/properties/listings/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema59.properties.listings.items.properties.description.type,
                  parentSchema: schema59.properties.listings.items.properties.description,
                  data: data20,
                };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data17.publishedType !== undefined) {
              let data21 = data17.publishedType;
              if (typeof data21 !== 'string') {
                const err51 = {
                  instancePath: instancePath + '/listings/' + i1 + '/publishedType',
                  schemaPath: '#/properties/listings/items/properties/publishedType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema59.properties.listings.items.properties.publishedType.type,
                  parentSchema: schema59.properties.listings.items.properties.publishedType,
                  data: data21,
                };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/listings/' + i1,
              schemaPath: '#/properties/listings/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema59.properties.listings.items.type,
              parentSchema: schema59.properties.listings.items,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = {
          instancePath: instancePath + '/listings',
          schemaPath: '#/properties/listings/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema59.properties.listings.type,
          parentSchema: schema59.properties.listings,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.schema !== undefined) {
      if (
        !validate47(data.schema, {
          instancePath: instancePath + '/schema',
          parentData: data,
          parentDataProperty: 'schema',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== undefined) {
      let data23 = data.spec;
      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
        if (data23.definition === undefined) {
          const err54 = {
            instancePath: instancePath + '/spec',
            schemaPath: 'common.schema.json#/$defs/specRef/required',
            keyword: 'required',
            params: { missingProperty: 'definition' },
            message: "must have required property '" + 'definition' + "'",
            schema: schema56.required,
            parentSchema: schema56,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data23.line === undefined) {
          const err55 = {
            instancePath: instancePath + '/spec',
            schemaPath: 'common.schema.json#/$defs/specRef/required',
            keyword: 'required',
            params: { missingProperty: 'line' },
            message: "must have required property '" + 'line' + "'",
            schema: schema56.required,
            parentSchema: schema56,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        for (const key6 in data23) {
          if (!(key6 === 'definition' || key6 === 'line')) {
            const err56 = {
              instancePath: instancePath + '/spec',
              schemaPath: 'common.schema.json#/$defs/specRef/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema56,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data23.definition !== undefined) {
          let data24 = data23.definition;
          if (typeof data24 === 'string') {
            if (!pattern21.test(data24)) {
              const err57 = {
                instancePath: instancePath + '/spec/definition',
                schemaPath: 'common.schema.json#/$defs/specRef/properties/definition/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                schema: '^[A-Za-z][A-Za-z0-9_]*$',
                parentSchema: schema56.properties.definition,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = {
              instancePath: instancePath + '/spec/definition',
              schemaPath: 'common.schema.json#/$defs/specRef/properties/definition/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema56.properties.definition.type,
              parentSchema: schema56.properties.definition,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data23.line !== undefined) {
          let data25 = data23.line;
          if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
            const err59 = {
              instancePath: instancePath + '/spec/line',
              schemaPath: 'common.schema.json#/$defs/specRef/properties/line/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema56.properties.line.type,
              parentSchema: schema56.properties.line,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data25 == 'number' && isFinite(data25)) {
            if (data25 < 1 || isNaN(data25)) {
              const err60 = {
                instancePath: instancePath + '/spec/line',
                schemaPath: 'common.schema.json#/$defs/specRef/properties/line/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema56.properties.line,
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
      } else {
        const err61 = {
          instancePath: instancePath + '/spec',
          schemaPath: 'common.schema.json#/$defs/specRef/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema56.type,
          parentSchema: schema56,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.attributes !== undefined) {
      if (
        !validate55(data.attributes, {
          instancePath: instancePath + '/attributes',
          parentData: data,
          parentDataProperty: 'attributes',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.samples !== undefined) {
      let data27 = data.samples;
      if (Array.isArray(data27)) {
        const len2 = data27.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data28 = data27[i2];
          if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
            if (data28.source === undefined) {
              const err62 = {
                instancePath: instancePath + '/samples/' + i2,
                schemaPath: '#/properties/samples/items/required',
                keyword: 'required',
                params: { missingProperty: 'source' },
                message: "must have required property '" + 'source' + "'",
                schema: schema59.properties.samples.items.required,
                parentSchema: schema59.properties.samples.items,
                data: data28,
              };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data28.published === undefined) {
              const err63 = {
                instancePath: instancePath + '/samples/' + i2,
                schemaPath: '#/properties/samples/items/required',
                keyword: 'required',
                params: { missingProperty: 'published' },
                message: "must have required property '" + 'published' + "'",
                schema: schema59.properties.samples.items.required,
                parentSchema: schema59.properties.samples.items,
                data: data28,
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            for (const key7 in data28) {
              if (!(
                key7 === 'source' ||
                key7 === 'title' ||
                key7 === 'published' ||
                key7 === 'repairs' ||
                key7 === 'errata'
              )) {
                const err64 = {
                  instancePath: instancePath + '/samples/' + i2,
                  schemaPath: '#/properties/samples/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema59.properties.samples.items,
                  data: data28,
                };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data28.source !== undefined) {
              if (
                !validate57(data28.source, {
                  instancePath: instancePath + '/samples/' + i2 + '/source',
                  parentData: data28,
                  parentDataProperty: 'source',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
                errors = vErrors.length;
              }
            }
            if (data28.title !== undefined) {
              let data30 = data28.title;
              if (typeof data30 === 'string') {
                if (func2(data30) < 1) {
                  const err65 = {
                    instancePath: instancePath + '/samples/' + i2 + '/title',
                    schemaPath: '#/properties/samples/items/properties/title/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema59.properties.samples.items.properties.title,
                    data: data30,
                  };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = {
                  instancePath: instancePath + '/samples/' + i2 + '/title',
                  schemaPath: '#/properties/samples/items/properties/title/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema59.properties.samples.items.properties.title.type,
                  parentSchema: schema59.properties.samples.items.properties.title,
                  data: data30,
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data28.published !== undefined) {
              let data31 = data28.published;
              if (typeof data31 === 'string') {
                if (func2(data31) < 1) {
                  const err67 = {
                    instancePath: instancePath + '/samples/' + i2 + '/published',
                    schemaPath: '#/properties/samples/items/properties/published/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema59.properties.samples.items.properties.published,
                    data: data31,
                  };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              } else {
                const err68 = {
                  instancePath: instancePath + '/samples/' + i2 + '/published',
                  schemaPath: '#/properties/samples/items/properties/published/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema59.properties.samples.items.properties.published.type,
                  parentSchema: schema59.properties.samples.items.properties.published,
                  data: data31,
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data28.repairs !== undefined) {
              let data32 = data28.repairs;
              if (Array.isArray(data32)) {
                const len3 = data32.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data33 = data32[i3];
                  if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
                    if (data33.kind === undefined) {
                      const err69 = {
                        instancePath: instancePath + '/samples/' + i2 + '/repairs/' + i3,
                        schemaPath: 'common.schema.json#/$defs/repair/required',
                        keyword: 'required',
                        params: { missingProperty: 'kind' },
                        message: "must have required property '" + 'kind' + "'",
                        schema: schema50.required,
                        parentSchema: schema50,
                        data: data33,
                      };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (data33.line === undefined) {
                      const err70 = {
                        instancePath: instancePath + '/samples/' + i2 + '/repairs/' + i3,
                        schemaPath: 'common.schema.json#/$defs/repair/required',
                        keyword: 'required',
                        params: { missingProperty: 'line' },
                        message: "must have required property '" + 'line' + "'",
                        schema: schema50.required,
                        parentSchema: schema50,
                        data: data33,
                      };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (data33.column === undefined) {
                      const err71 = {
                        instancePath: instancePath + '/samples/' + i2 + '/repairs/' + i3,
                        schemaPath: 'common.schema.json#/$defs/repair/required',
                        keyword: 'required',
                        params: { missingProperty: 'column' },
                        message: "must have required property '" + 'column' + "'",
                        schema: schema50.required,
                        parentSchema: schema50,
                        data: data33,
                      };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    for (const key8 in data33) {
                      if (!(key8 === 'kind' || key8 === 'line' || key8 === 'column')) {
                        const err72 = {
                          instancePath: instancePath + '/samples/' + i2 + '/repairs/' + i3,
                          schemaPath: 'common.schema.json#/$defs/repair/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key8 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema50,
                          data: data33,
                        };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    }
                    if (data33.kind !== undefined) {
                      let data34 = data33.kind;
                      if (!(data34 === 'trailing-comma' || data34 === 'wrap-object')) {
                        const err73 = {
                          instancePath: instancePath + '/samples/' + i2 + '/repairs/' + i3 + '/kind',
                          schemaPath: 'common.schema.json#/$defs/repair/properties/kind/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema50.properties.kind.enum },
                          message: 'must be equal to one of the allowed values',
                          schema: schema50.properties.kind.enum,
                          parentSchema: schema50.properties.kind,
                          data: data34,
                        };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    }
                    if (data33.line !== undefined) {
                      let data35 = data33.line;
                      if (!(
                        typeof data35 == 'number' &&
                        !(data35 % 1) &&
                        !isNaN(data35) &&
                        isFinite(data35)
                      )) {
                        const err74 = {
                          instancePath: instancePath + '/samples/' + i2 + '/repairs/' + i3 + '/line',
                          schemaPath: 'common.schema.json#/$defs/repair/properties/line/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                          schema: schema50.properties.line.type,
                          parentSchema: schema50.properties.line,
                          data: data35,
                        };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                      if (typeof data35 == 'number' && isFinite(data35)) {
                        if (data35 < 1 || isNaN(data35)) {
                          const err75 = {
                            instancePath: instancePath + '/samples/' + i2 + '/repairs/' + i3 + '/line',
                            schemaPath: 'common.schema.json#/$defs/repair/properties/line/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 1 },
                            message: 'must be >= 1',
                            schema: 1,
                            parentSchema: schema50.properties.line,
                            data: data35,
                          };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data33.column !== undefined) {
                      let data36 = data33.column;
                      if (!(
                        typeof data36 == 'number' &&
                        !(data36 % 1) &&
                        !isNaN(data36) &&
                        isFinite(data36)
                      )) {
                        const err76 = {
                          instancePath: instancePath + '/samples/' + i2 + '/repairs/' + i3 + '/column',
                          schemaPath: 'common.schema.json#/$defs/repair/properties/column/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                          schema: schema50.properties.column.type,
                          parentSchema: schema50.properties.column,
                          data: data36,
                        };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                      if (typeof data36 == 'number' && isFinite(data36)) {
                        if (data36 < 1 || isNaN(data36)) {
                          const err77 = {
                            instancePath: instancePath + '/samples/' + i2 + '/repairs/' + i3 + '/column',
                            schemaPath: 'common.schema.json#/$defs/repair/properties/column/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 1 },
                            message: 'must be >= 1',
                            schema: 1,
                            parentSchema: schema50.properties.column,
                            data: data36,
                          };
                          if (vErrors === null) {
                            vErrors = [err77];
                          } else {
                            vErrors.push(err77);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err78 = {
                      instancePath: instancePath + '/samples/' + i2 + '/repairs/' + i3,
                      schemaPath: 'common.schema.json#/$defs/repair/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema50.type,
                      parentSchema: schema50,
                      data: data33,
                    };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
              } else {
                const err79 = {
                  instancePath: instancePath + '/samples/' + i2 + '/repairs',
                  schemaPath: '#/properties/samples/items/properties/repairs/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema59.properties.samples.items.properties.repairs.type,
                  parentSchema: schema59.properties.samples.items.properties.repairs,
                  data: data32,
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data28.errata !== undefined) {
              if (
                !validate59(data28.errata, {
                  instancePath: instancePath + '/samples/' + i2 + '/errata',
                  parentData: data28,
                  parentDataProperty: 'errata',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err80 = {
              instancePath: instancePath + '/samples/' + i2,
              schemaPath: '#/properties/samples/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema59.properties.samples.items.type,
              parentSchema: schema59.properties.samples.items,
              data: data28,
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = {
          instancePath: instancePath + '/samples',
          schemaPath: '#/properties/samples/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema59.properties.samples.type,
          parentSchema: schema59.properties.samples,
          data: data27,
        };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.errata !== undefined) {
      if (
        !validate59(data.errata, {
          instancePath: instancePath + '/errata',
          parentData: data,
          parentDataProperty: 'errata',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err82 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema59.type,
      parentSchema: schema59,
      data,
    };
    if (vErrors === null) {
      vErrors = [err82];
    } else {
      vErrors.push(err82);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
