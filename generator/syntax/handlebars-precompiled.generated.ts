// DO NOT EDIT: templates/*.hbs precompiled by Handlebars; regenerate with `node scripts/run-typescript.mjs scripts/precompile-templates.ts`.
// @ts-nocheck
/* eslint-disable */
export const PRECOMPILED = {
  'docs-category': {
    source:
      '{{> front-matter}}\n\n{{{breadcrumbMd}}}\n{{#if descriptionMd}}\n\n{{{descriptionMd}}}\n{{/if}}\n\n{{{introMd}}}\n\n| Event | Status | Scope | Description |\n| --- | --- | --- | --- |\n{{#each events}}\n| {{{eventMd}}} | {{{statusMd}}} | {{{scopeMd}}} | {{{descriptionMd}}} |\n{{/each}}\n{{#if scopes}}\n\nScopes:\n\n{{#each scopes}}\n- {{{textMd}}}\n{{/each}}\n{{/if}}\n{{#each lifecycles}}\n\n## {{{headingMd}}}\n\n{{{introMd}}}\n\n{{{diagramMd}}}\n{{#if unchangedMd}}\n\n{{{unchangedMd}}}\n{{/if}}\n{{/each}}\n',
    spec: {
      '0': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'descriptionMd') ||
              container.strict(depth0, 'descriptionMd', {
                start: { line: 6, column: 3 },
                end: { line: 6, column: 16 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'descriptionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 6, column: 0 }, end: { line: 6, column: 19 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '1': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'eventMd') ||
              alias1(depth0, 'eventMd', { start: { line: 14, column: 5 }, end: { line: 14, column: 12 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'eventMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 14, column: 2 }, end: { line: 14, column: 15 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'statusMd') ||
              alias1(depth0, 'statusMd', { start: { line: 14, column: 21 }, end: { line: 14, column: 29 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'statusMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 14, column: 18 }, end: { line: 14, column: 32 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'scopeMd') ||
              alias1(depth0, 'scopeMd', { start: { line: 14, column: 38 }, end: { line: 14, column: 45 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'scopeMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 14, column: 35 }, end: { line: 14, column: 48 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'descriptionMd') ||
              alias1(depth0, 'descriptionMd', {
                start: { line: 14, column: 54 },
                end: { line: 14, column: 67 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'descriptionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 14, column: 51 }, end: { line: 14, column: 70 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      '2': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\nScopes:\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'scopes'),
            {
              name: 'each',
              hash: {},
              fn: container.program(3, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 20, column: 0 }, end: { line: 22, column: 9 } },
            },
          )) != null
            ? stack1
            : '')
        );
      },
      '3': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '- ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'textMd') ||
              container.strict(depth0, 'textMd', {
                start: { line: 21, column: 5 },
                end: { line: 21, column: 11 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'textMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 21, column: 2 }, end: { line: 21, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '4': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n## ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'headingMd') ||
              alias1(depth0, 'headingMd', { start: { line: 26, column: 6 }, end: { line: 26, column: 15 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'headingMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 26, column: 3 }, end: { line: 26, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'introMd') ||
              alias1(depth0, 'introMd', { start: { line: 28, column: 3 }, end: { line: 28, column: 10 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'introMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 28, column: 0 }, end: { line: 28, column: 13 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'diagramMd') ||
              alias1(depth0, 'diagramMd', { start: { line: 30, column: 3 }, end: { line: 30, column: 12 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'diagramMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 30, column: 0 }, end: { line: 30, column: 15 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'unchangedMd'), {
            name: 'if',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 31, column: 0 }, end: { line: 34, column: 7 } },
          })) != null
            ? stack1
            : '')
        );
      },
      '5': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'unchangedMd') ||
              container.strict(depth0, 'unchangedMd', {
                start: { line: 33, column: 3 },
                end: { line: 33, column: 14 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'unchangedMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 33, column: 0 }, end: { line: 33, column: 17 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 = container.invokePartial(lookupProperty(partials, 'front-matter'), depth0, {
            name: 'front-matter',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'breadcrumbMd') ||
              alias1(depth0, 'breadcrumbMd', {
                start: { line: 3, column: 3 },
                end: { line: 3, column: 15 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'breadcrumbMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 3, column: 0 }, end: { line: 3, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'descriptionMd'), {
            name: 'if',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 4, column: 0 }, end: { line: 7, column: 7 } },
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'introMd') ||
              alias1(depth0, 'introMd', { start: { line: 9, column: 3 }, end: { line: 9, column: 10 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'introMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 9, column: 0 }, end: { line: 9, column: 13 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n| Event | Status | Scope | Description |\n| --- | --- | --- | --- |\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'events'), {
            name: 'each',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 13, column: 0 }, end: { line: 15, column: 9 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'scopes'), {
            name: 'if',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 16, column: 0 }, end: { line: 23, column: 7 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'lifecycles'), {
            name: 'each',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 24, column: 0 }, end: { line: 35, column: 9 } },
          })) != null
            ? stack1
            : '')
        );
      },
      usePartial: true,
      useData: true,
    },
  },
  'docs-changelog': {
    source:
      '{{> front-matter}}\n\n{{{introMd}}}\n{{#each versions}}\n\n## {{{headingMd}}}\n\n{{{aboutMd}}} {{{listedMd}}}\n{{#if summaryMd}}\n\n> {{{summaryMd}}}\n{{/if}}\n{{#if added}}\n\nAdded:\n\n{{#each added}}\n- {{{textMd}}}\n{{/each}}\n{{/if}}\n{{#if renamed}}\n\nRenamed:\n\n{{#each renamed}}\n- {{{textMd}}}\n{{/each}}\n{{/if}}\n{{#if retired}}\n\nRetired:\n\n{{#each retired}}\n- {{{textMd}}}\n{{/each}}\n{{/if}}\n{{#if fields}}\n\nFields added to the samples:\n\n{{#each fields}}\n- {{{textMd}}}\n{{/each}}\n{{/if}}\n{{/each}}\n',
    spec: {
      '0': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n## ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'headingMd') ||
              alias1(depth0, 'headingMd', { start: { line: 6, column: 6 }, end: { line: 6, column: 15 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'headingMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 6, column: 3 }, end: { line: 6, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'aboutMd') ||
              alias1(depth0, 'aboutMd', { start: { line: 8, column: 3 }, end: { line: 8, column: 10 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'aboutMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 8, column: 0 }, end: { line: 8, column: 13 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'listedMd') ||
              alias1(depth0, 'listedMd', { start: { line: 8, column: 17 }, end: { line: 8, column: 25 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'listedMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 8, column: 14 }, end: { line: 8, column: 28 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'summaryMd'), {
            name: 'if',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 9, column: 0 }, end: { line: 12, column: 7 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'added'), {
            name: 'if',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 13, column: 0 }, end: { line: 20, column: 7 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'renamed'), {
            name: 'if',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 21, column: 0 }, end: { line: 28, column: 7 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'retired'), {
            name: 'if',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 29, column: 0 }, end: { line: 36, column: 7 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'fields'), {
            name: 'if',
            hash: {},
            fn: container.program(6, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 37, column: 0 }, end: { line: 44, column: 7 } },
          })) != null
            ? stack1
            : '')
        );
      },
      '1': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n> ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'summaryMd') ||
              container.strict(depth0, 'summaryMd', {
                start: { line: 11, column: 5 },
                end: { line: 11, column: 14 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'summaryMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 11, column: 2 }, end: { line: 11, column: 17 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '2': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\nAdded:\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'added'),
            {
              name: 'each',
              hash: {},
              fn: container.program(3, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 17, column: 0 }, end: { line: 19, column: 9 } },
            },
          )) != null
            ? stack1
            : '')
        );
      },
      '3': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '- ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'textMd') ||
              container.strict(depth0, 'textMd', {
                start: { line: 18, column: 5 },
                end: { line: 18, column: 11 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'textMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 18, column: 2 }, end: { line: 18, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '4': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\nRenamed:\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'renamed'),
            {
              name: 'each',
              hash: {},
              fn: container.program(3, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 25, column: 0 }, end: { line: 27, column: 9 } },
            },
          )) != null
            ? stack1
            : '')
        );
      },
      '5': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\nRetired:\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'retired'),
            {
              name: 'each',
              hash: {},
              fn: container.program(3, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 33, column: 0 }, end: { line: 35, column: 9 } },
            },
          )) != null
            ? stack1
            : '')
        );
      },
      '6': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\nFields added to the samples:\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'fields'),
            {
              name: 'each',
              hash: {},
              fn: container.program(3, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 41, column: 0 }, end: { line: 43, column: 9 } },
            },
          )) != null
            ? stack1
            : '')
        );
      },
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 = container.invokePartial(lookupProperty(partials, 'front-matter'), depth0, {
            name: 'front-matter',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'introMd') ||
              container.strict(depth0, 'introMd', {
                start: { line: 3, column: 3 },
                end: { line: 3, column: 10 },
              })),
            typeof helper === 'function'
              ? helper.call(alias1, {
                  name: 'introMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 3, column: 0 }, end: { line: 3, column: 13 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'versions'), {
            name: 'each',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 4, column: 0 }, end: { line: 45, column: 9 } },
          })) != null
            ? stack1
            : '')
        );
      },
      usePartial: true,
      useData: true,
    },
  },
  'docs-errata': {
    source:
      '{{> front-matter}}\n\n{{{introMd}}}\n\n| Kind | Errata | Meaning |\n| --- | --- | --- |\n{{#each kinds}}\n| {{{kindMd}}} | {{count}} | {{{meaningMd}}} |\n{{/each}}\n{{#each groups}}\n\n## {{{headingMd}}}\n\n{{{introMd}}} Errata: {{count}}.\n{{#each subgroups}}\n\n### {{{headingMd}}}\n\n{{{contextMd}}}\n{{#each errata}}\n\n#### {{{headingMd}}}\n\n- Kind: {{{kindMd}}}\n- Source: {{{sourceMd}}}\n- About: {{{whereMd}}}\n- Wrong: {{{wrongMd}}}\n- Correction: {{{correctionMd}}}\n{{#if patch}}\n- Patch: {{#each patch}}{{{stepMd}}}{{#unless @last}}; {{/unless}}{{/each}}\n{{/if}}\n{{/each}}\n{{/each}}\n{{/each}}\n',
    spec: {
      '0': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'kindMd') ||
              alias1(depth0, 'kindMd', { start: { line: 8, column: 5 }, end: { line: 8, column: 11 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'kindMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 8, column: 2 }, end: { line: 8, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          container.escapeExpression(
            ((helper =
              lookupProperty(helpers, 'count') ||
              alias1(depth0, 'count', { start: { line: 8, column: 19 }, end: { line: 8, column: 24 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'count',
                  hash: {},
                  data: data,
                  loc: { start: { line: 8, column: 17 }, end: { line: 8, column: 26 } },
                })
              : helper),
          ) +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'meaningMd') ||
              alias1(depth0, 'meaningMd', { start: { line: 8, column: 32 }, end: { line: 8, column: 41 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'meaningMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 8, column: 29 }, end: { line: 8, column: 44 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      '1': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n## ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'headingMd') ||
              alias1(depth0, 'headingMd', { start: { line: 12, column: 6 }, end: { line: 12, column: 15 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'headingMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 12, column: 3 }, end: { line: 12, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'introMd') ||
              alias1(depth0, 'introMd', { start: { line: 14, column: 3 }, end: { line: 14, column: 10 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'introMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 14, column: 0 }, end: { line: 14, column: 13 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' Errata: ' +
          container.escapeExpression(
            ((helper =
              lookupProperty(helpers, 'count') ||
              alias1(depth0, 'count', { start: { line: 14, column: 24 }, end: { line: 14, column: 29 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'count',
                  hash: {},
                  data: data,
                  loc: { start: { line: 14, column: 22 }, end: { line: 14, column: 31 } },
                })
              : helper),
          ) +
          '.\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'subgroups'), {
            name: 'each',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 15, column: 0 }, end: { line: 33, column: 9 } },
          })) != null
            ? stack1
            : '')
        );
      },
      '2': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n### ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'headingMd') ||
              alias1(depth0, 'headingMd', { start: { line: 17, column: 7 }, end: { line: 17, column: 16 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'headingMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 17, column: 4 }, end: { line: 17, column: 19 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'contextMd') ||
              alias1(depth0, 'contextMd', { start: { line: 19, column: 3 }, end: { line: 19, column: 12 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'contextMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 19, column: 0 }, end: { line: 19, column: 15 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'errata'), {
            name: 'each',
            hash: {},
            fn: container.program(3, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 20, column: 0 }, end: { line: 32, column: 9 } },
          })) != null
            ? stack1
            : '')
        );
      },
      '3': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n#### ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'headingMd') ||
              alias1(depth0, 'headingMd', { start: { line: 22, column: 8 }, end: { line: 22, column: 17 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'headingMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 22, column: 5 }, end: { line: 22, column: 20 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n- Kind: ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'kindMd') ||
              alias1(depth0, 'kindMd', { start: { line: 24, column: 11 }, end: { line: 24, column: 17 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'kindMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 24, column: 8 }, end: { line: 24, column: 20 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n- Source: ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'sourceMd') ||
              alias1(depth0, 'sourceMd', { start: { line: 25, column: 13 }, end: { line: 25, column: 21 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'sourceMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 25, column: 10 }, end: { line: 25, column: 24 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n- About: ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'whereMd') ||
              alias1(depth0, 'whereMd', { start: { line: 26, column: 12 }, end: { line: 26, column: 19 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'whereMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 26, column: 9 }, end: { line: 26, column: 22 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n- Wrong: ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'wrongMd') ||
              alias1(depth0, 'wrongMd', { start: { line: 27, column: 12 }, end: { line: 27, column: 19 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'wrongMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 27, column: 9 }, end: { line: 27, column: 22 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n- Correction: ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'correctionMd') ||
              alias1(depth0, 'correctionMd', {
                start: { line: 28, column: 17 },
                end: { line: 28, column: 29 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'correctionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 28, column: 14 }, end: { line: 28, column: 32 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'patch'), {
            name: 'if',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 29, column: 0 }, end: { line: 31, column: 7 } },
          })) != null
            ? stack1
            : '')
        );
      },
      '4': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '- Patch: ' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'patch'),
            {
              name: 'each',
              hash: {},
              fn: container.program(5, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 30, column: 9 }, end: { line: 30, column: 75 } },
            },
          )) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '5': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'stepMd') ||
              container.strict(depth0, 'stepMd', {
                start: { line: 30, column: 27 },
                end: { line: 30, column: 33 },
              })),
            typeof helper === 'function'
              ? helper.call(alias1, {
                  name: 'stepMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 30, column: 24 }, end: { line: 30, column: 36 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'unless').call(alias1, lookupProperty(data, 'last'), {
            name: 'unless',
            hash: {},
            fn: container.program(6, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 30, column: 36 }, end: { line: 30, column: 66 } },
          })) != null
            ? stack1
            : '')
        );
      },
      '6': function (container, depth0, helpers, partials, data) {
        return '; ';
      },
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 = container.invokePartial(lookupProperty(partials, 'front-matter'), depth0, {
            name: 'front-matter',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'introMd') ||
              container.strict(depth0, 'introMd', {
                start: { line: 3, column: 3 },
                end: { line: 3, column: 10 },
              })),
            typeof helper === 'function'
              ? helper.call(alias1, {
                  name: 'introMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 3, column: 0 }, end: { line: 3, column: 13 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n| Kind | Errata | Meaning |\n| --- | --- | --- |\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'kinds'), {
            name: 'each',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 7, column: 0 }, end: { line: 9, column: 9 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'groups'), {
            name: 'each',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 10, column: 0 }, end: { line: 34, column: 9 } },
          })) != null
            ? stack1
            : '')
        );
      },
      usePartial: true,
      useData: true,
    },
  },
  'docs-event': {
    source:
      "{{> front-matter}}\n\n{{{breadcrumbMd}}}\n\n{{{descriptionMd}}}\n\n{{#each facts}}\n- {{{textMd}}}\n{{/each}}\n\n{{{statusMd}}}\n\n## Usage\n\nReceiving the event with the package; this code is type-checked against the package by its tests.\n\n{{{exampleMd}}}\n\n## Data properties\n\nThe properties of `data`. Nested objects, including the shared types, are expanded into dotted paths; `[]` stands for the items of an array.\n{{#if dataShapeMd}}\n\n{{{dataShapeMd}}}\n{{/if}}\n\n{{> property-table}}\n\n## Subject\n{{#each subjects}}\n\nPattern {{{patternMd}}}, under the documented prefix {{{prefixMd}}}.\n\n| Parameter | Description | Same value as |\n| --- | --- | --- |\n{{#each parameters}}\n| {{{nameMd}}} | {{{descriptionMd}}} | {{{fromMd}}} |\n{{/each}}\n{{else}}\n\nThe docs never documented a subject pattern for this event.\n{{/each}}\n\n## Samples\n{{#each samples}}\n\n### {{{headingMd}}}\n\nFrom the {{{provenanceMd}}}.\n\n{{#if corrections}}\nWhat the docs got wrong in it; the payload below has every patch applied:\n\n{{#each corrections}}\n- {{{textMd}}}\n{{/each}}\n{{else}}\nShown as published: no errata.\n{{/if}}\n\n{{{jsonMd}}}\n{{else}}\n\nThe docs published no sample of this event.\n{{/each}}\n\n## History\n\nThe docs versions that list the event in their event table or publish a sample of it:\n\n| Docs version | Date | Event table | Sample |\n| --- | --- | --- | --- |\n{{#each history}}\n| {{{documentMd}}} | {{{dateMd}}} | {{{listedMd}}} | {{{sampledMd}}} |\n{{/each}}\n{{#if fieldChanges}}\n\nHow the fields of its samples changed from one docs version to the next:\n\n{{#each fieldChanges}}\n- {{{textMd}}}\n{{/each}}\n{{/if}}\n{{#if listingErrata}}\n\nErrata in the docs' event tables:\n\n{{#each listingErrata}}\n- {{{textMd}}}\n{{/each}}\n{{/if}}\n\n## Subscription filter\n\nAn Event Grid subscription filter that delivers only this event:\n\n{{{filterMd}}}\n\n{{{filterNoteMd}}}\n",
    spec: {
      '0': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '- ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'textMd') ||
              container.strict(depth0, 'textMd', {
                start: { line: 8, column: 5 },
                end: { line: 8, column: 11 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'textMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 8, column: 2 }, end: { line: 8, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '1': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'dataShapeMd') ||
              container.strict(depth0, 'dataShapeMd', {
                start: { line: 24, column: 3 },
                end: { line: 24, column: 14 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'dataShapeMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 24, column: 0 }, end: { line: 24, column: 17 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '2': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\nPattern ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'patternMd') ||
              alias1(depth0, 'patternMd', {
                start: { line: 32, column: 11 },
                end: { line: 32, column: 20 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'patternMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 32, column: 8 }, end: { line: 32, column: 23 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ', under the documented prefix ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'prefixMd') ||
              alias1(depth0, 'prefixMd', { start: { line: 32, column: 56 }, end: { line: 32, column: 64 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'prefixMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 32, column: 53 }, end: { line: 32, column: 67 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '.\n\n| Parameter | Description | Same value as |\n| --- | --- | --- |\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'parameters'), {
            name: 'each',
            hash: {},
            fn: container.program(3, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 36, column: 0 }, end: { line: 38, column: 9 } },
          })) != null
            ? stack1
            : '')
        );
      },
      '3': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'nameMd') ||
              alias1(depth0, 'nameMd', { start: { line: 37, column: 5 }, end: { line: 37, column: 11 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'nameMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 37, column: 2 }, end: { line: 37, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'descriptionMd') ||
              alias1(depth0, 'descriptionMd', {
                start: { line: 37, column: 20 },
                end: { line: 37, column: 33 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'descriptionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 37, column: 17 }, end: { line: 37, column: 36 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'fromMd') ||
              alias1(depth0, 'fromMd', { start: { line: 37, column: 42 }, end: { line: 37, column: 48 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'fromMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 37, column: 39 }, end: { line: 37, column: 51 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      '4': function (container, depth0, helpers, partials, data) {
        return '\nThe docs never documented a subject pattern for this event.\n';
      },
      '5': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n### ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'headingMd') ||
              alias1(depth0, 'headingMd', { start: { line: 47, column: 7 }, end: { line: 47, column: 16 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'headingMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 47, column: 4 }, end: { line: 47, column: 19 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\nFrom the ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'provenanceMd') ||
              alias1(depth0, 'provenanceMd', {
                start: { line: 49, column: 12 },
                end: { line: 49, column: 24 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'provenanceMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 49, column: 9 }, end: { line: 49, column: 27 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '.\n\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'corrections'), {
            name: 'if',
            hash: {},
            fn: container.program(6, data, 0),
            inverse: container.program(7, data, 0),
            data: data,
            loc: { start: { line: 51, column: 0 }, end: { line: 59, column: 7 } },
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'jsonMd') ||
              alias1(depth0, 'jsonMd', { start: { line: 61, column: 3 }, end: { line: 61, column: 9 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'jsonMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 61, column: 0 }, end: { line: 61, column: 12 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '6': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          'What the docs got wrong in it; the payload below has every patch applied:\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'corrections'),
            {
              name: 'each',
              hash: {},
              fn: container.program(0, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 54, column: 0 }, end: { line: 56, column: 9 } },
            },
          )) != null
            ? stack1
            : '')
        );
      },
      '7': function (container, depth0, helpers, partials, data) {
        return 'Shown as published: no errata.\n';
      },
      '8': function (container, depth0, helpers, partials, data) {
        return '\nThe docs published no sample of this event.\n';
      },
      '9': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'documentMd') ||
              alias1(depth0, 'documentMd', {
                start: { line: 74, column: 5 },
                end: { line: 74, column: 15 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'documentMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 74, column: 2 }, end: { line: 74, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'dateMd') ||
              alias1(depth0, 'dateMd', { start: { line: 74, column: 24 }, end: { line: 74, column: 30 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'dateMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 74, column: 21 }, end: { line: 74, column: 33 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'listedMd') ||
              alias1(depth0, 'listedMd', { start: { line: 74, column: 39 }, end: { line: 74, column: 47 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'listedMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 74, column: 36 }, end: { line: 74, column: 50 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'sampledMd') ||
              alias1(depth0, 'sampledMd', {
                start: { line: 74, column: 56 },
                end: { line: 74, column: 65 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'sampledMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 74, column: 53 }, end: { line: 74, column: 68 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      '10': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\nHow the fields of its samples changed from one docs version to the next:\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'fieldChanges'),
            {
              name: 'each',
              hash: {},
              fn: container.program(0, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 80, column: 0 }, end: { line: 82, column: 9 } },
            },
          )) != null
            ? stack1
            : '')
        );
      },
      '11': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          "\nErrata in the docs' event tables:\n\n" +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'listingErrata'),
            {
              name: 'each',
              hash: {},
              fn: container.program(0, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 88, column: 0 }, end: { line: 90, column: 9 } },
            },
          )) != null
            ? stack1
            : '')
        );
      },
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 = container.invokePartial(lookupProperty(partials, 'front-matter'), depth0, {
            name: 'front-matter',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'breadcrumbMd') ||
              alias1(depth0, 'breadcrumbMd', {
                start: { line: 3, column: 3 },
                end: { line: 3, column: 15 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'breadcrumbMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 3, column: 0 }, end: { line: 3, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'descriptionMd') ||
              alias1(depth0, 'descriptionMd', {
                start: { line: 5, column: 3 },
                end: { line: 5, column: 16 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'descriptionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 5, column: 0 }, end: { line: 5, column: 19 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'facts'), {
            name: 'each',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 7, column: 0 }, end: { line: 9, column: 9 } },
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'statusMd') ||
              alias1(depth0, 'statusMd', { start: { line: 11, column: 3 }, end: { line: 11, column: 11 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'statusMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 11, column: 0 }, end: { line: 11, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n## Usage\n\nReceiving the event with the package; this code is type-checked against the package by its tests.\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'exampleMd') ||
              alias1(depth0, 'exampleMd', { start: { line: 17, column: 3 }, end: { line: 17, column: 12 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'exampleMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 17, column: 0 }, end: { line: 17, column: 15 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n## Data properties\n\nThe properties of `data`. Nested objects, including the shared types, are expanded into dotted paths; `[]` stands for the items of an array.\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'dataShapeMd'), {
            name: 'if',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 22, column: 0 }, end: { line: 25, column: 7 } },
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'property-table'), depth0, {
            name: 'property-table',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '\n## Subject\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'subjects'), {
            name: 'each',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.program(4, data, 0),
            data: data,
            loc: { start: { line: 30, column: 0 }, end: { line: 42, column: 9 } },
          })) != null
            ? stack1
            : '') +
          '\n## Samples\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'samples'), {
            name: 'each',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.program(8, data, 0),
            data: data,
            loc: { start: { line: 45, column: 0 }, end: { line: 65, column: 9 } },
          })) != null
            ? stack1
            : '') +
          '\n## History\n\nThe docs versions that list the event in their event table or publish a sample of it:\n\n| Docs version | Date | Event table | Sample |\n| --- | --- | --- | --- |\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'history'), {
            name: 'each',
            hash: {},
            fn: container.program(9, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 73, column: 0 }, end: { line: 75, column: 9 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'fieldChanges'), {
            name: 'if',
            hash: {},
            fn: container.program(10, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 76, column: 0 }, end: { line: 83, column: 7 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'listingErrata'), {
            name: 'if',
            hash: {},
            fn: container.program(11, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 84, column: 0 }, end: { line: 91, column: 7 } },
          })) != null
            ? stack1
            : '') +
          '\n## Subscription filter\n\nAn Event Grid subscription filter that delivers only this event:\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'filterMd') ||
              alias1(depth0, 'filterMd', { start: { line: 97, column: 3 }, end: { line: 97, column: 11 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'filterMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 97, column: 0 }, end: { line: 97, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'filterNoteMd') ||
              alias1(depth0, 'filterNoteMd', {
                start: { line: 99, column: 3 },
                end: { line: 99, column: 15 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'filterNoteMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 99, column: 0 }, end: { line: 99, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      usePartial: true,
      useData: true,
    },
  },
  'docs-example-event': {
    source:
      "import { isEventType, parseEvents } from '@acs-toolkit/events';\nimport type { {{dataType}} } from '@acs-toolkit/events';\nimport { {{factory}} } from '@acs-toolkit/events/fixtures';\n\nconst TYPE = '{{type}}';\n\n/** The data of every valid {{short}} event in a webhook body (text, bytes or parsed JSON). */\n{{signature}}\n  const found: {{dataType}}[] = [];\n  for (const result of parseEvents(body)) {\n    if (result.status === 'valid' && result.schema === 'eventgrid' && isEventType(result.event, TYPE)) {\n      found.push(result.event.data);\n    }\n  }\n  return found;\n}\n\n// In a test, the fixture factory makes a realistic event (the same seed gives the same event).\nconst event = {{factory}}();\n{{logLine}}\n",
    spec: {
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          alias4 = container.escapeExpression,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          "import { isEventType, parseEvents } from '@acs-toolkit/events';\nimport type { " +
          alias4(
            ((helper =
              lookupProperty(helpers, 'dataType') ||
              alias1(depth0, 'dataType', { start: { line: 2, column: 16 }, end: { line: 2, column: 24 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'dataType',
                  hash: {},
                  data: data,
                  loc: { start: { line: 2, column: 14 }, end: { line: 2, column: 26 } },
                })
              : helper),
          ) +
          " } from '@acs-toolkit/events';\nimport { " +
          alias4(
            ((helper =
              lookupProperty(helpers, 'factory') ||
              alias1(depth0, 'factory', { start: { line: 3, column: 11 }, end: { line: 3, column: 18 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'factory',
                  hash: {},
                  data: data,
                  loc: { start: { line: 3, column: 9 }, end: { line: 3, column: 20 } },
                })
              : helper),
          ) +
          " } from '@acs-toolkit/events/fixtures';\n\nconst TYPE = '" +
          alias4(
            ((helper =
              lookupProperty(helpers, 'type') ||
              alias1(depth0, 'type', { start: { line: 5, column: 16 }, end: { line: 5, column: 20 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'type',
                  hash: {},
                  data: data,
                  loc: { start: { line: 5, column: 14 }, end: { line: 5, column: 22 } },
                })
              : helper),
          ) +
          "';\n\n/** The data of every valid " +
          alias4(
            ((helper =
              lookupProperty(helpers, 'short') ||
              alias1(depth0, 'short', { start: { line: 7, column: 30 }, end: { line: 7, column: 35 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'short',
                  hash: {},
                  data: data,
                  loc: { start: { line: 7, column: 28 }, end: { line: 7, column: 37 } },
                })
              : helper),
          ) +
          ' event in a webhook body (text, bytes or parsed JSON). */\n' +
          alias4(
            ((helper =
              lookupProperty(helpers, 'signature') ||
              alias1(depth0, 'signature', { start: { line: 8, column: 2 }, end: { line: 8, column: 11 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'signature',
                  hash: {},
                  data: data,
                  loc: { start: { line: 8, column: 0 }, end: { line: 8, column: 13 } },
                })
              : helper),
          ) +
          '\n  const found: ' +
          alias4(
            ((helper =
              lookupProperty(helpers, 'dataType') ||
              alias1(depth0, 'dataType', { start: { line: 9, column: 17 }, end: { line: 9, column: 25 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'dataType',
                  hash: {},
                  data: data,
                  loc: { start: { line: 9, column: 15 }, end: { line: 9, column: 27 } },
                })
              : helper),
          ) +
          "[] = [];\n  for (const result of parseEvents(body)) {\n    if (result.status === 'valid' && result.schema === 'eventgrid' && isEventType(result.event, TYPE)) {\n      found.push(result.event.data);\n    }\n  }\n  return found;\n}\n\n// In a test, the fixture factory makes a realistic event (the same seed gives the same event).\nconst event = " +
          alias4(
            ((helper =
              lookupProperty(helpers, 'factory') ||
              alias1(depth0, 'factory', { start: { line: 19, column: 16 }, end: { line: 19, column: 23 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'factory',
                  hash: {},
                  data: data,
                  loc: { start: { line: 19, column: 14 }, end: { line: 19, column: 25 } },
                })
              : helper),
          ) +
          '();\n' +
          alias4(
            ((helper =
              lookupProperty(helpers, 'logLine') ||
              alias1(depth0, 'logLine', { start: { line: 20, column: 2 }, end: { line: 20, column: 9 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'logLine',
                  hash: {},
                  data: data,
                  loc: { start: { line: 20, column: 0 }, end: { line: 20, column: 11 } },
                })
              : helper),
          ) +
          '\n'
        );
      },
      useData: true,
    },
  },
  'docs-example-filter': {
    source:
      "import { matchesFilter, type EventSubscriptionFilter } from '@acs-toolkit/events';\nimport { {{factory}} } from '@acs-toolkit/events/fixtures';\n\n// The filter of an Event Grid subscription, as you would write it in its ARM template.\n{{{filterTs}}}\n\n// Emulated locally, the way Event Grid evaluates it: would the subscription deliver this event?\n{{{filterLogTs}}} // true\n",
    spec: {
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          "import { matchesFilter, type EventSubscriptionFilter } from '@acs-toolkit/events';\nimport { " +
          container.escapeExpression(
            ((helper =
              lookupProperty(helpers, 'factory') ||
              alias1(depth0, 'factory', { start: { line: 2, column: 11 }, end: { line: 2, column: 18 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'factory',
                  hash: {},
                  data: data,
                  loc: { start: { line: 2, column: 9 }, end: { line: 2, column: 20 } },
                })
              : helper),
          ) +
          " } from '@acs-toolkit/events/fixtures';\n\n// The filter of an Event Grid subscription, as you would write it in its ARM template.\n" +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'filterTs') ||
              alias1(depth0, 'filterTs', { start: { line: 5, column: 3 }, end: { line: 5, column: 11 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'filterTs',
                  hash: {},
                  data: data,
                  loc: { start: { line: 5, column: 0 }, end: { line: 5, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n// Emulated locally, the way Event Grid evaluates it: would the subscription deliver this event?\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'filterLogTs') ||
              alias1(depth0, 'filterLogTs', { start: { line: 8, column: 3 }, end: { line: 8, column: 14 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'filterLogTs',
                  hash: {},
                  data: data,
                  loc: { start: { line: 8, column: 0 }, end: { line: 8, column: 17 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' // true\n'
        );
      },
      useData: true,
    },
  },
  'docs-example-fixtures': {
    source:
      "import * as assert from 'node:assert/strict';\nimport { parseEvents } from '@acs-toolkit/events';\n{{{fixturesImportTs}}}\n\n// A valid event, with your own values merged in; the same seed always gives the same event.\n{{{fixtureEventTs}}}\nassert.equal(parseEvents([event])[0]?.status, 'valid');\n\n// Labelled broken variants: each one says what parseEvents must report, and where.\n{{{variantsLoopTs}}}\n  const [result] = parseEvents([variant.event]);\n  assert.equal(result?.status, variant.status, variant.name);\n}\n",
    spec: {
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          "import * as assert from 'node:assert/strict';\nimport { parseEvents } from '@acs-toolkit/events';\n" +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'fixturesImportTs') ||
              alias1(depth0, 'fixturesImportTs', {
                start: { line: 3, column: 3 },
                end: { line: 3, column: 19 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'fixturesImportTs',
                  hash: {},
                  data: data,
                  loc: { start: { line: 3, column: 0 }, end: { line: 3, column: 22 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n// A valid event, with your own values merged in; the same seed always gives the same event.\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'fixtureEventTs') ||
              alias1(depth0, 'fixtureEventTs', {
                start: { line: 6, column: 3 },
                end: { line: 6, column: 17 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'fixtureEventTs',
                  hash: {},
                  data: data,
                  loc: { start: { line: 6, column: 0 }, end: { line: 6, column: 20 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          "\nassert.equal(parseEvents([event])[0]?.status, 'valid');\n\n// Labelled broken variants: each one says what parseEvents must report, and where.\n" +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'variantsLoopTs') ||
              alias1(depth0, 'variantsLoopTs', {
                start: { line: 10, column: 3 },
                end: { line: 10, column: 17 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'variantsLoopTs',
                  hash: {},
                  data: data,
                  loc: { start: { line: 10, column: 0 }, end: { line: 10, column: 20 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n  const [result] = parseEvents([variant.event]);\n  assert.equal(result?.status, variant.status, variant.name);\n}\n'
        );
      },
      useData: true,
    },
  },
  'docs-example-handshake': {
    source:
      "import { parseEvents } from '@acs-toolkit/events';\n\nconst VALIDATION = 'Microsoft.EventGrid.SubscriptionValidationEvent';\n\n/**\n * Event Grid schema: when you create a subscription, Event Grid posts one validation event; answer\n * it with its code (HTTP 200 and this JSON body). Returns null for a body that carries real events.\n */\nexport function validationResponse(body: unknown): { validationResponse: string } | null {\n  for (const result of parseEvents(body)) {\n    if (result.status !== 'unknown' || result.schema !== 'eventgrid') continue;\n    if (result.event.eventType !== VALIDATION) continue;\n    const code = (result.event.data as { validationCode?: unknown } | null)?.validationCode;\n    if (typeof code === 'string') return { validationResponse: code };\n  }\n  return null;\n}\n\n/**\n * CloudEvents 1.0 schema: Event Grid sends an HTTP OPTIONS request with a WebHook-Request-Origin\n * header; answer 200 with the headers returned here.\n */\nexport function cloudEventsHandshake(origin: string | undefined): Record<string, string> | null {\n  return origin === undefined ? null : { 'WebHook-Allowed-Origin': origin };\n}\n",
    spec: {
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        return "import { parseEvents } from '@acs-toolkit/events';\n\nconst VALIDATION = 'Microsoft.EventGrid.SubscriptionValidationEvent';\n\n/**\n * Event Grid schema: when you create a subscription, Event Grid posts one validation event; answer\n * it with its code (HTTP 200 and this JSON body). Returns null for a body that carries real events.\n */\nexport function validationResponse(body: unknown): { validationResponse: string } | null {\n  for (const result of parseEvents(body)) {\n    if (result.status !== 'unknown' || result.schema !== 'eventgrid') continue;\n    if (result.event.eventType !== VALIDATION) continue;\n    const code = (result.event.data as { validationCode?: unknown } | null)?.validationCode;\n    if (typeof code === 'string') return { validationResponse: code };\n  }\n  return null;\n}\n\n/**\n * CloudEvents 1.0 schema: Event Grid sends an HTTP OPTIONS request with a WebHook-Request-Origin\n * header; answer 200 with the headers returned here.\n */\nexport function cloudEventsHandshake(origin: string | undefined): Record<string, string> | null {\n  return origin === undefined ? null : { 'WebHook-Allowed-Origin': origin };\n}\n";
      },
      useData: true,
    },
  },
  'docs-example-receive': {
    source:
      "import { createServer } from 'node:http';\nimport { isEventType, parseEvents } from '@acs-toolkit/events';\n\n{{{typeTs}}}\n\n// A webhook endpoint on plain Node.js: read the body, let parseEvents classify every event in it.\nconst server = createServer((request, response) => {\n  const chunks: Buffer[] = [];\n  request.on('data', (chunk: Buffer) => chunks.push(chunk));\n  request.on('end', () => {\n    for (const result of parseEvents(Buffer.concat(chunks))) {\n      if (result.status === 'invalid') {\n        console.warn('not an event we understand', result.errors);\n      } else if (result.status === 'unknown') {\n        console.info('an event type the catalog does not know', result.event);\n      } else if (result.schema === 'eventgrid' && isEventType(result.event, TYPE)) {\n{{{receiveLogTs}}}\n      }\n    }\n    response.writeHead(200).end();\n  });\n});\n\nserver.listen(8080);\n",
    spec: {
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          "import { createServer } from 'node:http';\nimport { isEventType, parseEvents } from '@acs-toolkit/events';\n\n" +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'typeTs') ||
              alias1(depth0, 'typeTs', { start: { line: 4, column: 3 }, end: { line: 4, column: 9 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'typeTs',
                  hash: {},
                  data: data,
                  loc: { start: { line: 4, column: 0 }, end: { line: 4, column: 12 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          "\n\n// A webhook endpoint on plain Node.js: read the body, let parseEvents classify every event in it.\nconst server = createServer((request, response) => {\n  const chunks: Buffer[] = [];\n  request.on('data', (chunk: Buffer) => chunks.push(chunk));\n  request.on('end', () => {\n    for (const result of parseEvents(Buffer.concat(chunks))) {\n      if (result.status === 'invalid') {\n        console.warn('not an event we understand', result.errors);\n      } else if (result.status === 'unknown') {\n        console.info('an event type the catalog does not know', result.event);\n      } else if (result.schema === 'eventgrid' && isEventType(result.event, TYPE)) {\n" +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'receiveLogTs') ||
              alias1(depth0, 'receiveLogTs', {
                start: { line: 17, column: 3 },
                end: { line: 17, column: 15 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'receiveLogTs',
                  hash: {},
                  data: data,
                  loc: { start: { line: 17, column: 0 }, end: { line: 17, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n      }\n    }\n    response.writeHead(200).end();\n  });\n});\n\nserver.listen(8080);\n'
        );
      },
      useData: true,
    },
  },
  'docs-example-webhook': {
    source:
      "import { createServer } from 'node:http';\nimport { createWebhook, toNodeListener } from '@acs-toolkit/events/webhook';\n\n// One handler per event type: `event.data` is typed, whichever envelope (Event Grid schema or\n// CloudEvents 1.0) carried the event. The webhook answers both handshakes itself, answers 400 to a\n// malformed request (Event Grid does not retry it) and 500 when a handler throws (Event Grid retries).\n{{{webhookTs}}}\n\ncreateServer(toNodeListener(webhook)).listen(8080);\n",
    spec: {
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          "import { createServer } from 'node:http';\nimport { createWebhook, toNodeListener } from '@acs-toolkit/events/webhook';\n\n// One handler per event type: `event.data` is typed, whichever envelope (Event Grid schema or\n// CloudEvents 1.0) carried the event. The webhook answers both handshakes itself, answers 400 to a\n// malformed request (Event Grid does not retry it) and 500 when a handler throws (Event Grid retries).\n" +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'webhookTs') ||
              container.strict(depth0, 'webhookTs', {
                start: { line: 7, column: 3 },
                end: { line: 7, column: 12 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'webhookTs',
                  hash: {},
                  data: data,
                  loc: { start: { line: 7, column: 0 }, end: { line: 7, column: 15 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\ncreateServer(toNodeListener(webhook)).listen(8080);\n'
        );
      },
      useData: true,
    },
  },
  'docs-guide': {
    source:
      "{{> front-matter}}\n\nThe package turns the body of an Event Grid webhook request into typed, validated events. Every example on this page is a file the package's tests type-check. {{{eventMd}}}\n\n## Install\n\n{{{installMd}}}\n\nNode.js 20 or later, ES modules, no runtime dependencies. The types describe the JSON on the wire: timestamps and durations are strings.\n\n## Receive events in a webhook\n\n`@acs-toolkit/events/webhook` is a complete Event Grid endpoint: `createWebhook()` takes one handler per event type, answers the subscription handshake of either schema, validates every event against the catalog and calls the handler of its type with one event shape (`id`, `type`, `subject`, `time`, `dataVersion`, typed `data`, and the `envelope` as received), whichever envelope carried it. Status codes follow Event Grid's delivery contract: 200 when every handler succeeded, 400 for a malformed request or an invalid event (not retried), 413 for a body over the limit (1 MB plus 64 KB by default), 500 when a handler throws (Event Grid retries the batch; events already handled are not dispatched again).\n\n{{{examples.webhookMd}}}\n\nThe same webhook plugs into other servers: `toExpressMiddleware(webhook)` (Express or Connect, with or without a body parser), `toFetchHandler(webhook)` (a `Request` → `Response` handler for edge runtimes and Deno) and `toAzureFunctionsHandler(webhook)` (an Azure Functions v4 HTTP trigger).\n\n`npm run simulate -- --endpoint http://127.0.0.1:8080/` (the package's `acs-events-simulate` bin) plays Event Grid against it on your machine: the handshake, factory-made events in batches, retries on Event Grid's schedule and dead letters.\n\n## Parse a body yourself\n\n`parseEvents` is what the webhook uses. It takes the raw body (text, bytes or parsed JSON; one event or an array; Event Grid schema or CloudEvents 1.0) and returns one result per event: `valid` with the typed event (and the documented wire variants it normalized), `invalid` with every validation error and its JSON Pointer, or `unknown` for an event type the package does not know. It never throws, and it bounds what it reads (events per batch, body size, nesting depth, errors per event). `isEventType` narrows a valid event to one type, and its `data` to that type's interface.\n\n{{{examples.receiveMd}}}\n\n## Answer the subscription handshake\n\nThe webhook does this for you; without it, answer it yourself. Event Grid delivers nothing until the endpoint proves it wants the events. With the Event Grid schema it posts a `Microsoft.EventGrid.SubscriptionValidationEvent`, which `parseEvents` reports as `unknown`; answer with its validation code. With CloudEvents 1.0 it sends an HTTP `OPTIONS` request first.\n\n{{{examples.handshakeMd}}}\n\n## Filter events\n\nAn Event Grid subscription delivers only what its filter selects. `matchesFilter` evaluates a subscription filter the way Event Grid does (event types, subject prefix and suffix, advanced filters), so you can check a filter against real or fixture events before you deploy it. Each event page gives a filter that selects that event.\n\n{{{examples.filterMd}}}\n\n## Test with fixtures and factories\n\n`@acs-toolkit/events/fixtures` has a factory per event type (a valid, realistic event; the same seed gives the same event; overrides merge deeply), every docs sample as a typed event in both envelopes, and labelled invalid variants for negative tests.\n\n{{{examples.fixturesMd}}}\n\n## Next\n\n- The {{{referenceMd}}}: every event type, its data properties, subject, samples and history.\n- The {{{errataMd}}}: where the published docs are wrong, and what the package does instead.\n",
    spec: {
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          alias4 = container.lambda,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 = container.invokePartial(lookupProperty(partials, 'front-matter'), depth0, {
            name: 'front-matter',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          "\nThe package turns the body of an Event Grid webhook request into typed, validated events. Every example on this page is a file the package's tests type-check. " +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'eventMd') ||
              alias1(depth0, 'eventMd', { start: { line: 3, column: 162 }, end: { line: 3, column: 169 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'eventMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 3, column: 159 }, end: { line: 3, column: 172 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n## Install\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'installMd') ||
              alias1(depth0, 'installMd', { start: { line: 7, column: 3 }, end: { line: 7, column: 12 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'installMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 7, column: 0 }, end: { line: 7, column: 15 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          "\n\nNode.js 20 or later, ES modules, no runtime dependencies. The types describe the JSON on the wire: timestamps and durations are strings.\n\n## Receive events in a webhook\n\n`@acs-toolkit/events/webhook` is a complete Event Grid endpoint: `createWebhook()` takes one handler per event type, answers the subscription handshake of either schema, validates every event against the catalog and calls the handler of its type with one event shape (`id`, `type`, `subject`, `time`, `dataVersion`, typed `data`, and the `envelope` as received), whichever envelope carried it. Status codes follow Event Grid's delivery contract: 200 when every handler succeeded, 400 for a malformed request or an invalid event (not retried), 413 for a body over the limit (1 MB plus 64 KB by default), 500 when a handler throws (Event Grid retries the batch; events already handled are not dispatched again).\n\n" +
          ((stack1 = alias4(
            alias1(lookupProperty(depth0, 'examples'), 'webhookMd', {
              start: { line: 15, column: 3 },
              end: { line: 15, column: 21 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          "\n\nThe same webhook plugs into other servers: `toExpressMiddleware(webhook)` (Express or Connect, with or without a body parser), `toFetchHandler(webhook)` (a `Request` → `Response` handler for edge runtimes and Deno) and `toAzureFunctionsHandler(webhook)` (an Azure Functions v4 HTTP trigger).\n\n`npm run simulate -- --endpoint http://127.0.0.1:8080/` (the package's `acs-events-simulate` bin) plays Event Grid against it on your machine: the handshake, factory-made events in batches, retries on Event Grid's schedule and dead letters.\n\n## Parse a body yourself\n\n`parseEvents` is what the webhook uses. It takes the raw body (text, bytes or parsed JSON; one event or an array; Event Grid schema or CloudEvents 1.0) and returns one result per event: `valid` with the typed event (and the documented wire variants it normalized), `invalid` with every validation error and its JSON Pointer, or `unknown` for an event type the package does not know. It never throws, and it bounds what it reads (events per batch, body size, nesting depth, errors per event). `isEventType` narrows a valid event to one type, and its `data` to that type's interface.\n\n" +
          ((stack1 = alias4(
            alias1(lookupProperty(depth0, 'examples'), 'receiveMd', {
              start: { line: 25, column: 3 },
              end: { line: 25, column: 21 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '\n\n## Answer the subscription handshake\n\nThe webhook does this for you; without it, answer it yourself. Event Grid delivers nothing until the endpoint proves it wants the events. With the Event Grid schema it posts a `Microsoft.EventGrid.SubscriptionValidationEvent`, which `parseEvents` reports as `unknown`; answer with its validation code. With CloudEvents 1.0 it sends an HTTP `OPTIONS` request first.\n\n' +
          ((stack1 = alias4(
            alias1(lookupProperty(depth0, 'examples'), 'handshakeMd', {
              start: { line: 31, column: 3 },
              end: { line: 31, column: 23 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '\n\n## Filter events\n\nAn Event Grid subscription delivers only what its filter selects. `matchesFilter` evaluates a subscription filter the way Event Grid does (event types, subject prefix and suffix, advanced filters), so you can check a filter against real or fixture events before you deploy it. Each event page gives a filter that selects that event.\n\n' +
          ((stack1 = alias4(
            alias1(lookupProperty(depth0, 'examples'), 'filterMd', {
              start: { line: 37, column: 3 },
              end: { line: 37, column: 20 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '\n\n## Test with fixtures and factories\n\n`@acs-toolkit/events/fixtures` has a factory per event type (a valid, realistic event; the same seed gives the same event; overrides merge deeply), every docs sample as a typed event in both envelopes, and labelled invalid variants for negative tests.\n\n' +
          ((stack1 = alias4(
            alias1(lookupProperty(depth0, 'examples'), 'fixturesMd', {
              start: { line: 43, column: 3 },
              end: { line: 43, column: 22 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '\n\n## Next\n\n- The ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'referenceMd') ||
              alias1(depth0, 'referenceMd', {
                start: { line: 47, column: 9 },
                end: { line: 47, column: 20 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'referenceMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 47, column: 6 }, end: { line: 47, column: 23 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ': every event type, its data properties, subject, samples and history.\n- The ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'errataMd') ||
              alias1(depth0, 'errataMd', { start: { line: 48, column: 9 }, end: { line: 48, column: 17 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'errataMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 48, column: 6 }, end: { line: 48, column: 20 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ': where the published docs are wrong, and what the package does instead.\n'
        );
      },
      usePartial: true,
      useData: true,
    },
  },
  'docs-index': {
    source:
      "{{> front-matter}}\n\n{{{introMd}}}\n\n## Event types\n\n{{#each categories}}\n### {{{headingMd}}}\n{{#if descriptionMd}}\n\n{{{descriptionMd}}}\n{{/if}}\n\n| Event | Status | Description |\n| --- | --- | --- |\n{{#each events}}\n| {{{eventMd}}} | {{{statusMd}}} | {{{descriptionMd}}} |\n{{/each}}\n\n{{{linkMd}}}.\n\n{{/each}}\n## Subject prefixes\n\nThe `subject` of every event names the entity it is about, under one of these prefixes; subscriptions can filter on how it begins.\n\n| Documented prefix | Subjects begin with | Entity | Documented in | Errata |\n| --- | --- | --- | --- | --- |\n{{#each prefixes}}\n| {{{prefixMd}}} | {{{beginsMd}}} | {{{entityMd}}} | {{{documentsMd}}} | {{{errataMd}}} |\n{{/each}}\n{{#each prefixNotes}}\n\nNote: {{{textMd}}}\n{{/each}}\n\n## Filtering subscriptions\n\nAn Event Grid subscription delivers only the events its filter selects: `includedEventTypes` lists event types, `subjectBeginsWith` and `subjectEndsWith` compare the subject literally, slashes included. Each event page gives a filter for that event.\n\n{{#if filter}}\nThe docs' example ({{{filter.citationMd}}}): {{{filter.descriptionMd}}}\n\n{{{filter.publishedMd}}}\n\nWhat is wrong with it:\n\n{{#each filter.errata}}\n- {{{textMd}}}\n{{/each}}\n\nCorrected:\n\n{{{filter.correctedMd}}}\n\n{{/if}}\nEvery filter example the docs published:\n\n| Docs version | Published `subjectBeginsWith` | Corrected | Errata |\n| --- | --- | --- | --- |\n{{#each filterExamples}}\n| {{{documentMd}}} | {{{publishedMd}}} | {{{correctedMd}}} | {{{errataMd}}} |\n{{/each}}\n\n## Pages\n\n{{#each pages}}\n- {{{linkMd}}}: {{{textMd}}}\n{{/each}}\n",
    spec: {
      '0': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '### ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'headingMd') ||
              alias1(depth0, 'headingMd', { start: { line: 8, column: 7 }, end: { line: 8, column: 16 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'headingMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 8, column: 4 }, end: { line: 8, column: 19 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'descriptionMd'), {
            name: 'if',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 9, column: 0 }, end: { line: 12, column: 7 } },
          })) != null
            ? stack1
            : '') +
          '\n| Event | Status | Description |\n| --- | --- | --- |\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'events'), {
            name: 'each',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 16, column: 0 }, end: { line: 18, column: 9 } },
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'linkMd') ||
              alias1(depth0, 'linkMd', { start: { line: 20, column: 3 }, end: { line: 20, column: 9 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'linkMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 20, column: 0 }, end: { line: 20, column: 12 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '.\n\n'
        );
      },
      '1': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'descriptionMd') ||
              container.strict(depth0, 'descriptionMd', {
                start: { line: 11, column: 3 },
                end: { line: 11, column: 16 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'descriptionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 11, column: 0 }, end: { line: 11, column: 19 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '2': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'eventMd') ||
              alias1(depth0, 'eventMd', { start: { line: 17, column: 5 }, end: { line: 17, column: 12 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'eventMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 17, column: 2 }, end: { line: 17, column: 15 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'statusMd') ||
              alias1(depth0, 'statusMd', { start: { line: 17, column: 21 }, end: { line: 17, column: 29 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'statusMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 17, column: 18 }, end: { line: 17, column: 32 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'descriptionMd') ||
              alias1(depth0, 'descriptionMd', {
                start: { line: 17, column: 38 },
                end: { line: 17, column: 51 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'descriptionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 17, column: 35 }, end: { line: 17, column: 54 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      '3': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'prefixMd') ||
              alias1(depth0, 'prefixMd', { start: { line: 30, column: 5 }, end: { line: 30, column: 13 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'prefixMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 30, column: 2 }, end: { line: 30, column: 16 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'beginsMd') ||
              alias1(depth0, 'beginsMd', { start: { line: 30, column: 22 }, end: { line: 30, column: 30 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'beginsMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 30, column: 19 }, end: { line: 30, column: 33 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'entityMd') ||
              alias1(depth0, 'entityMd', { start: { line: 30, column: 39 }, end: { line: 30, column: 47 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'entityMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 30, column: 36 }, end: { line: 30, column: 50 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'documentsMd') ||
              alias1(depth0, 'documentsMd', {
                start: { line: 30, column: 56 },
                end: { line: 30, column: 67 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'documentsMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 30, column: 53 }, end: { line: 30, column: 70 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'errataMd') ||
              alias1(depth0, 'errataMd', { start: { line: 30, column: 76 }, end: { line: 30, column: 84 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'errataMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 30, column: 73 }, end: { line: 30, column: 87 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      '4': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\nNote: ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'textMd') ||
              container.strict(depth0, 'textMd', {
                start: { line: 34, column: 9 },
                end: { line: 34, column: 15 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'textMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 34, column: 6 }, end: { line: 34, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '5': function (container, depth0, helpers, partials, data) {
        var stack1,
          alias1 = container.strict,
          alias2 = container.lambda,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          "The docs' example (" +
          ((stack1 = alias2(
            alias1(lookupProperty(depth0, 'filter'), 'citationMd', {
              start: { line: 42, column: 22 },
              end: { line: 42, column: 39 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '): ' +
          ((stack1 = alias2(
            alias1(lookupProperty(depth0, 'filter'), 'descriptionMd', {
              start: { line: 42, column: 48 },
              end: { line: 42, column: 68 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '\n\n' +
          ((stack1 = alias2(
            alias1(lookupProperty(depth0, 'filter'), 'publishedMd', {
              start: { line: 44, column: 3 },
              end: { line: 44, column: 21 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '\n\nWhat is wrong with it:\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(lookupProperty(depth0, 'filter'), 'errata'),
            {
              name: 'each',
              hash: {},
              fn: container.program(6, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 48, column: 0 }, end: { line: 50, column: 9 } },
            },
          )) != null
            ? stack1
            : '') +
          '\nCorrected:\n\n' +
          ((stack1 = alias2(
            alias1(lookupProperty(depth0, 'filter'), 'correctedMd', {
              start: { line: 54, column: 3 },
              end: { line: 54, column: 21 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '\n\n'
        );
      },
      '6': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '- ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'textMd') ||
              container.strict(depth0, 'textMd', {
                start: { line: 49, column: 5 },
                end: { line: 49, column: 11 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'textMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 49, column: 2 }, end: { line: 49, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      '7': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'documentMd') ||
              alias1(depth0, 'documentMd', {
                start: { line: 62, column: 5 },
                end: { line: 62, column: 15 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'documentMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 62, column: 2 }, end: { line: 62, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'publishedMd') ||
              alias1(depth0, 'publishedMd', {
                start: { line: 62, column: 24 },
                end: { line: 62, column: 35 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'publishedMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 62, column: 21 }, end: { line: 62, column: 38 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'correctedMd') ||
              alias1(depth0, 'correctedMd', {
                start: { line: 62, column: 44 },
                end: { line: 62, column: 55 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'correctedMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 62, column: 41 }, end: { line: 62, column: 58 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'errataMd') ||
              alias1(depth0, 'errataMd', { start: { line: 62, column: 64 }, end: { line: 62, column: 72 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'errataMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 62, column: 61 }, end: { line: 62, column: 75 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      '8': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '- ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'linkMd') ||
              alias1(depth0, 'linkMd', { start: { line: 68, column: 5 }, end: { line: 68, column: 11 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'linkMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 68, column: 2 }, end: { line: 68, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ': ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'textMd') ||
              alias1(depth0, 'textMd', { start: { line: 68, column: 19 }, end: { line: 68, column: 25 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'textMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 68, column: 16 }, end: { line: 68, column: 28 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 = container.invokePartial(lookupProperty(partials, 'front-matter'), depth0, {
            name: 'front-matter',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'introMd') ||
              container.strict(depth0, 'introMd', {
                start: { line: 3, column: 3 },
                end: { line: 3, column: 10 },
              })),
            typeof helper === 'function'
              ? helper.call(alias1, {
                  name: 'introMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 3, column: 0 }, end: { line: 3, column: 13 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n## Event types\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'categories'), {
            name: 'each',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 7, column: 0 }, end: { line: 22, column: 9 } },
          })) != null
            ? stack1
            : '') +
          '## Subject prefixes\n\nThe `subject` of every event names the entity it is about, under one of these prefixes; subscriptions can filter on how it begins.\n\n| Documented prefix | Subjects begin with | Entity | Documented in | Errata |\n| --- | --- | --- | --- | --- |\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'prefixes'), {
            name: 'each',
            hash: {},
            fn: container.program(3, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 29, column: 0 }, end: { line: 31, column: 9 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'prefixNotes'), {
            name: 'each',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 32, column: 0 }, end: { line: 35, column: 9 } },
          })) != null
            ? stack1
            : '') +
          '\n## Filtering subscriptions\n\nAn Event Grid subscription delivers only the events its filter selects: `includedEventTypes` lists event types, `subjectBeginsWith` and `subjectEndsWith` compare the subject literally, slashes included. Each event page gives a filter for that event.\n\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'filter'), {
            name: 'if',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 41, column: 0 }, end: { line: 56, column: 7 } },
          })) != null
            ? stack1
            : '') +
          'Every filter example the docs published:\n\n| Docs version | Published `subjectBeginsWith` | Corrected | Errata |\n| --- | --- | --- | --- |\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'filterExamples'), {
            name: 'each',
            hash: {},
            fn: container.program(7, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 61, column: 0 }, end: { line: 63, column: 9 } },
          })) != null
            ? stack1
            : '') +
          '\n## Pages\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'pages'), {
            name: 'each',
            hash: {},
            fn: container.program(8, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 67, column: 0 }, end: { line: 69, column: 9 } },
          })) != null
            ? stack1
            : '')
        );
      },
      usePartial: true,
      useData: true,
    },
  },
  'docs-partial-front-matter': {
    source:
      '---\ntitle: {{{frontMatter.titleMd}}}\ndescription: {{{frontMatter.descriptionMd}}}\n{{#if frontMatter.extraMd}}\n{{{frontMatter.extraMd}}}\n{{/if}}\n---\n\n{{{bannerMd}}}\n\n# {{{titleMd}}}\n',
    spec: {
      '0': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 = container.lambda(
            container.strict(lookupProperty(depth0, 'frontMatter'), 'extraMd', {
              start: { line: 5, column: 3 },
              end: { line: 5, column: 22 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') + '\n'
        );
      },
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = container.lambda,
          alias3 = depth0 != null ? depth0 : container.nullContext || {},
          alias4 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '---\ntitle: ' +
          ((stack1 = alias2(
            alias1(lookupProperty(depth0, 'frontMatter'), 'titleMd', {
              start: { line: 2, column: 10 },
              end: { line: 2, column: 29 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '\ndescription: ' +
          ((stack1 = alias2(
            alias1(lookupProperty(depth0, 'frontMatter'), 'descriptionMd', {
              start: { line: 3, column: 16 },
              end: { line: 3, column: 41 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(
            alias3,
            lookupProperty(lookupProperty(depth0, 'frontMatter'), 'extraMd'),
            {
              name: 'if',
              hash: {},
              fn: container.program(0, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 4, column: 0 }, end: { line: 6, column: 7 } },
            },
          )) != null
            ? stack1
            : '') +
          '---\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'bannerMd') ||
              alias1(depth0, 'bannerMd', { start: { line: 9, column: 3 }, end: { line: 9, column: 11 } })),
            typeof helper === alias4
              ? helper.call(alias3, {
                  name: 'bannerMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 9, column: 0 }, end: { line: 9, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n# ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'titleMd') ||
              alias1(depth0, 'titleMd', { start: { line: 11, column: 5 }, end: { line: 11, column: 12 } })),
            typeof helper === alias4
              ? helper.call(alias3, {
                  name: 'titleMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 11, column: 2 }, end: { line: 11, column: 15 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      useData: true,
    },
  },
  'docs-partial-property-table': {
    source:
      '| Property | Type | Description |\n| --- | --- | --- |\n{{#each properties}}\n| {{{nameMd}}} | {{{typeMd}}} | {{{descriptionMd}}} |\n{{/each}}\n',
    spec: {
      '0': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'nameMd') ||
              alias1(depth0, 'nameMd', { start: { line: 4, column: 5 }, end: { line: 4, column: 11 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'nameMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 4, column: 2 }, end: { line: 4, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'typeMd') ||
              alias1(depth0, 'typeMd', { start: { line: 4, column: 20 }, end: { line: 4, column: 26 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'typeMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 4, column: 17 }, end: { line: 4, column: 29 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'descriptionMd') ||
              alias1(depth0, 'descriptionMd', {
                start: { line: 4, column: 35 },
                end: { line: 4, column: 48 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'descriptionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 4, column: 32 }, end: { line: 4, column: 51 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| Property | Type | Description |\n| --- | --- | --- |\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'properties'),
            {
              name: 'each',
              hash: {},
              fn: container.program(0, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 3, column: 0 }, end: { line: 5, column: 9 } },
            },
          )) != null
            ? stack1
            : '')
        );
      },
      useData: true,
    },
  },
  'docs-site-style': {
    source:
      "/* The docs site's layout fixes on top of the VitePress default theme (generated; see templates/docs-site-style.hbs). */\n\n/* Event types, dotted property paths and ids are long unbroken words: let them wrap inside their\n   box (after a <wbr> where the page offers one) instead of widening the page on a phone. */\n.vp-doc h1,\n.vp-doc h2,\n.vp-doc h3 {\n  overflow-wrap: anywhere;\n}\n\n.vp-doc :not(pre) > code,\n.vp-doc li,\n.vp-doc p {\n  overflow-wrap: anywhere;\n}\n\n/* Tables take the full width, so that the description column gets the room; a code span in a\n   cell (a dotted property path) may break anywhere, words of text never. */\n.vp-doc table {\n  width: 100%;\n}\n\n.vp-doc th,\n.vp-doc td {\n  padding: 6px 10px;\n  vertical-align: top;\n  overflow-wrap: break-word;\n}\n\n.vp-doc td code {\n  overflow-wrap: anywhere;\n}\n\n.vp-doc td:first-child {\n  min-width: 12em;\n}\n\n/* On a phone every table row becomes a card: its cells one under the other, the first in bold. */\n@media (max-width: 639px) {\n  .vp-doc table,\n  .vp-doc tbody,\n  .vp-doc tr,\n  .vp-doc td {\n    display: block;\n    width: 100%;\n  }\n\n  .vp-doc thead {\n    display: none;\n  }\n\n  .vp-doc tr {\n    margin-bottom: 8px;\n    border: 1px solid var(--vp-c-divider);\n  }\n\n  .vp-doc td {\n    border: none;\n    padding: 2px 10px;\n    overflow-wrap: anywhere;\n  }\n\n  .vp-doc td:first-child {\n    min-width: 0;\n    padding-top: 8px;\n    font-weight: 600;\n  }\n\n  .vp-doc td:last-child {\n    padding-bottom: 8px;\n  }\n}\n\n/* Long code lines scroll inside their own box. */\n.vp-doc div[class*='language-'] pre {\n  overflow-x: auto;\n}\n\n/* Mermaid diagrams scale down to the column. */\n.vp-doc .mermaid svg {\n  max-width: 100%;\n  height: auto;\n}\n\n/* The home page shows its title in the hero; the H1 below is for readers on GitHub. */\n.VPHome .vp-doc h1:first-of-type {\n  display: none;\n}\n",
    spec: {
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        return "/* The docs site's layout fixes on top of the VitePress default theme (generated; see templates/docs-site-style.hbs). */\n\n/* Event types, dotted property paths and ids are long unbroken words: let them wrap inside their\n   box (after a <wbr> where the page offers one) instead of widening the page on a phone. */\n.vp-doc h1,\n.vp-doc h2,\n.vp-doc h3 {\n  overflow-wrap: anywhere;\n}\n\n.vp-doc :not(pre) > code,\n.vp-doc li,\n.vp-doc p {\n  overflow-wrap: anywhere;\n}\n\n/* Tables take the full width, so that the description column gets the room; a code span in a\n   cell (a dotted property path) may break anywhere, words of text never. */\n.vp-doc table {\n  width: 100%;\n}\n\n.vp-doc th,\n.vp-doc td {\n  padding: 6px 10px;\n  vertical-align: top;\n  overflow-wrap: break-word;\n}\n\n.vp-doc td code {\n  overflow-wrap: anywhere;\n}\n\n.vp-doc td:first-child {\n  min-width: 12em;\n}\n\n/* On a phone every table row becomes a card: its cells one under the other, the first in bold. */\n@media (max-width: 639px) {\n  .vp-doc table,\n  .vp-doc tbody,\n  .vp-doc tr,\n  .vp-doc td {\n    display: block;\n    width: 100%;\n  }\n\n  .vp-doc thead {\n    display: none;\n  }\n\n  .vp-doc tr {\n    margin-bottom: 8px;\n    border: 1px solid var(--vp-c-divider);\n  }\n\n  .vp-doc td {\n    border: none;\n    padding: 2px 10px;\n    overflow-wrap: anywhere;\n  }\n\n  .vp-doc td:first-child {\n    min-width: 0;\n    padding-top: 8px;\n    font-weight: 600;\n  }\n\n  .vp-doc td:last-child {\n    padding-bottom: 8px;\n  }\n}\n\n/* Long code lines scroll inside their own box. */\n.vp-doc div[class*='language-'] pre {\n  overflow-x: auto;\n}\n\n/* Mermaid diagrams scale down to the column. */\n.vp-doc .mermaid svg {\n  max-width: 100%;\n  height: auto;\n}\n\n/* The home page shows its title in the hero; the H1 below is for readers on GitHub. */\n.VPHome .vp-doc h1:first-of-type {\n  display: none;\n}\n";
      },
      useData: true,
    },
  },
  'docs-types': {
    source:
      '{{> front-matter}}\n\n{{{introMd}}}\n{{#each definitions}}\n\n## {{{headingMd}}}\n\n{{{descriptionMd}}}\n\nShape: {{{shapeMd}}}{{{factsMd}}}. Used by {{{usedByMd}}}.\n{{#if properties}}\n\n{{> property-table}}\n{{/if}}\n{{/each}}\n',
    spec: {
      '0': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n## ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'headingMd') ||
              alias1(depth0, 'headingMd', { start: { line: 6, column: 6 }, end: { line: 6, column: 15 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'headingMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 6, column: 3 }, end: { line: 6, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'descriptionMd') ||
              alias1(depth0, 'descriptionMd', {
                start: { line: 8, column: 3 },
                end: { line: 8, column: 16 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'descriptionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 8, column: 0 }, end: { line: 8, column: 19 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\nShape: ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'shapeMd') ||
              alias1(depth0, 'shapeMd', { start: { line: 10, column: 10 }, end: { line: 10, column: 17 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'shapeMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 10, column: 7 }, end: { line: 10, column: 20 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'factsMd') ||
              alias1(depth0, 'factsMd', { start: { line: 10, column: 23 }, end: { line: 10, column: 30 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'factsMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 10, column: 20 }, end: { line: 10, column: 33 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '. Used by ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'usedByMd') ||
              alias1(depth0, 'usedByMd', { start: { line: 10, column: 46 }, end: { line: 10, column: 54 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'usedByMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 10, column: 43 }, end: { line: 10, column: 57 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '.\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'properties'), {
            name: 'if',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 11, column: 0 }, end: { line: 14, column: 7 } },
          })) != null
            ? stack1
            : '')
        );
      },
      '1': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'property-table'), depth0, {
            name: 'property-table',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '')
        );
      },
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 = container.invokePartial(lookupProperty(partials, 'front-matter'), depth0, {
            name: 'front-matter',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'introMd') ||
              container.strict(depth0, 'introMd', {
                start: { line: 3, column: 3 },
                end: { line: 3, column: 10 },
              })),
            typeof helper === 'function'
              ? helper.call(alias1, {
                  name: 'introMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 3, column: 0 }, end: { line: 3, column: 13 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'definitions'), {
            name: 'each',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 4, column: 0 }, end: { line: 15, column: 9 } },
          })) != null
            ? stack1
            : '')
        );
      },
      usePartial: true,
      useData: true,
    },
  },
  'package-readme': {
    source:
      "{{{bannerMd}}}\n\n# {{packageName}}\n\nTypes, runtime validators and helpers for the Azure Communication Services (ACS) events that Azure\nEvent Grid delivers, generated from {{{sourcesMd}}}.\nStandalone: no runtime dependencies. Types describe the wire JSON (timestamps and durations are strings).\n\n## Receiving events\n\n{{{exampleMd}}}\n\nEvery handler gets one shape, `{ id, type, source, subject, time, dataVersion, data, schema, envelope }`,\nwhether the event came in the Event Grid schema (`schema: 'eventgrid'`) or as a CloudEvent\n(`'cloudevents'`); `onAnyEvent`, `onUnknown`, `onInvalid`, `onSubscriptionValidation` and\n`onSubscriptionDeleted` cover the rest. The answers follow Event Grid's delivery contract:\n\n| Request | Answer |\n| --- | --- |\n{{#each answers}}\n| {{{requestMd}}} | {{{answerMd}}} |\n{{/each}}\n\nThe default body limit is 1 MB + 64 KB: Event Grid delivers events of at most 1 MB, in batches of\nat most the subscription's preferred batch size (1–1024 KB, 64 KB by default; 1–5000 events).\nEvents of a batch that succeeded are remembered by id (`rememberHandled`, 10,000 by default), so\nthe retry of a batch that failed part-way does not run their handlers again.\n\n## Entry points\n\n| Import | What |\n| --- | --- |\n{{#each entries}}\n| {{{importMd}}} | {{{whatMd}}} |\n{{/each}}\n\n## Event types\n{{#each categories}}\n\n### {{title}}\n\n{{#if descriptionMd}}\n{{{descriptionMd}}}\n\n{{/if}}\n| Event type | Data type | Status |\n| --- | --- | --- |\n{{#each rows}}\n| {{{typeMd}}} | {{{dataTypeMd}}} | {{{statusMd}}} |\n{{/each}}\n{{/each}}\n{{#if disagreements}}\n\n## Where the sources disagree\n\n{{{disagreements.introMd}}}\n\n| Category |{{#each disagreements.kindsMd}} {{{this}}} |{{/each}} All |\n| --- |{{#each disagreements.kindsMd}} ---: |{{/each}} ---: |\n{{#each disagreements.rows}}\n| {{{categoryMd}}} |{{#each counts}} {{this}} |{{/each}} {{total}} |\n{{/each}}\n\nThe decisions that change a name, a value or a format:\n\n{{#each disagreements.decisions}}\n- {{{eventsMd}}} ({{{kindMd}}}): {{{decisionMd}}}\n{{/each}}\n{{/if}}\n\nRegenerate with {{{regenerateMd}}} in the toolkit repository; do not edit this package by hand.\n",
    spec: {
      '0': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'requestMd') ||
              alias1(depth0, 'requestMd', { start: { line: 21, column: 5 }, end: { line: 21, column: 14 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'requestMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 21, column: 2 }, end: { line: 21, column: 17 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'answerMd') ||
              alias1(depth0, 'answerMd', { start: { line: 21, column: 23 }, end: { line: 21, column: 31 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'answerMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 21, column: 20 }, end: { line: 21, column: 34 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      '1': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'importMd') ||
              alias1(depth0, 'importMd', { start: { line: 34, column: 5 }, end: { line: 34, column: 13 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'importMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 34, column: 2 }, end: { line: 34, column: 16 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'whatMd') ||
              alias1(depth0, 'whatMd', { start: { line: 34, column: 22 }, end: { line: 34, column: 28 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'whatMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 34, column: 19 }, end: { line: 34, column: 31 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      '2': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n### ' +
          container.escapeExpression(
            ((helper =
              lookupProperty(helpers, 'title') ||
              container.strict(depth0, 'title', {
                start: { line: 40, column: 6 },
                end: { line: 40, column: 11 },
              })),
            typeof helper === 'function'
              ? helper.call(alias1, {
                  name: 'title',
                  hash: {},
                  data: data,
                  loc: { start: { line: 40, column: 4 }, end: { line: 40, column: 13 } },
                })
              : helper),
          ) +
          '\n\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'descriptionMd'), {
            name: 'if',
            hash: {},
            fn: container.program(3, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 42, column: 0 }, end: { line: 45, column: 7 } },
          })) != null
            ? stack1
            : '') +
          '| Event type | Data type | Status |\n| --- | --- | --- |\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'rows'), {
            name: 'each',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 48, column: 0 }, end: { line: 50, column: 9 } },
          })) != null
            ? stack1
            : '')
        );
      },
      '3': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'descriptionMd') ||
              container.strict(depth0, 'descriptionMd', {
                start: { line: 43, column: 3 },
                end: { line: 43, column: 16 },
              })),
            typeof helper === 'function'
              ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, {
                  name: 'descriptionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 43, column: 0 }, end: { line: 43, column: 19 } },
                })
              : helper)) != null
            ? stack1
            : '') + '\n\n'
        );
      },
      '4': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'typeMd') ||
              alias1(depth0, 'typeMd', { start: { line: 49, column: 5 }, end: { line: 49, column: 11 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'typeMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 49, column: 2 }, end: { line: 49, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'dataTypeMd') ||
              alias1(depth0, 'dataTypeMd', {
                start: { line: 49, column: 20 },
                end: { line: 49, column: 30 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'dataTypeMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 49, column: 17 }, end: { line: 49, column: 33 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' | ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'statusMd') ||
              alias1(depth0, 'statusMd', { start: { line: 49, column: 39 }, end: { line: 49, column: 47 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'statusMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 49, column: 36 }, end: { line: 49, column: 50 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |\n'
        );
      },
      '5': function (container, depth0, helpers, partials, data) {
        var stack1,
          alias1 = depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '\n## Where the sources disagree\n\n' +
          ((stack1 = container.lambda(
            container.strict(lookupProperty(depth0, 'disagreements'), 'introMd', {
              start: { line: 56, column: 3 },
              end: { line: 56, column: 24 },
            }),
            depth0,
          )) != null
            ? stack1
            : '') +
          '\n\n| Category |' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            alias1,
            lookupProperty(lookupProperty(depth0, 'disagreements'), 'kindsMd'),
            {
              name: 'each',
              hash: {},
              fn: container.program(6, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 58, column: 12 }, end: { line: 58, column: 65 } },
            },
          )) != null
            ? stack1
            : '') +
          ' All |\n| --- |' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            alias1,
            lookupProperty(lookupProperty(depth0, 'disagreements'), 'kindsMd'),
            {
              name: 'each',
              hash: {},
              fn: container.program(7, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 59, column: 7 }, end: { line: 59, column: 54 } },
            },
          )) != null
            ? stack1
            : '') +
          ' ---: |\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            alias1,
            lookupProperty(lookupProperty(depth0, 'disagreements'), 'rows'),
            {
              name: 'each',
              hash: {},
              fn: container.program(8, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 60, column: 0 }, end: { line: 62, column: 9 } },
            },
          )) != null
            ? stack1
            : '') +
          '\nThe decisions that change a name, a value or a format:\n\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(
            alias1,
            lookupProperty(lookupProperty(depth0, 'disagreements'), 'decisions'),
            {
              name: 'each',
              hash: {},
              fn: container.program(10, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 66, column: 0 }, end: { line: 68, column: 9 } },
            },
          )) != null
            ? stack1
            : '')
        );
      },
      '6': function (container, depth0, helpers, partials, data) {
        var stack1;

        return ' ' + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : '') + ' |';
      },
      '7': function (container, depth0, helpers, partials, data) {
        return ' ---: |';
      },
      '8': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '| ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'categoryMd') ||
              alias1(depth0, 'categoryMd', {
                start: { line: 61, column: 5 },
                end: { line: 61, column: 15 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'categoryMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 61, column: 2 }, end: { line: 61, column: 18 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' |' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'counts'), {
            name: 'each',
            hash: {},
            fn: container.program(9, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 61, column: 20 }, end: { line: 61, column: 56 } },
          })) != null
            ? stack1
            : '') +
          ' ' +
          container.escapeExpression(
            ((helper =
              lookupProperty(helpers, 'total') ||
              alias1(depth0, 'total', { start: { line: 61, column: 59 }, end: { line: 61, column: 64 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'total',
                  hash: {},
                  data: data,
                  loc: { start: { line: 61, column: 57 }, end: { line: 61, column: 66 } },
                })
              : helper),
          ) +
          ' |\n'
        );
      },
      '9': function (container, depth0, helpers, partials, data) {
        return ' ' + container.escapeExpression(container.lambda(depth0, depth0)) + ' |';
      },
      '10': function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '- ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'eventsMd') ||
              alias1(depth0, 'eventsMd', { start: { line: 67, column: 5 }, end: { line: 67, column: 13 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'eventsMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 67, column: 2 }, end: { line: 67, column: 16 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' (' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'kindMd') ||
              alias1(depth0, 'kindMd', { start: { line: 67, column: 21 }, end: { line: 67, column: 27 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'kindMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 67, column: 18 }, end: { line: 67, column: 30 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '): ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'decisionMd') ||
              alias1(depth0, 'decisionMd', {
                start: { line: 67, column: 36 },
                end: { line: 67, column: 46 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'decisionMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 67, column: 33 }, end: { line: 67, column: 49 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n'
        );
      },
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          helper,
          alias1 = container.strict,
          alias2 = depth0 != null ? depth0 : container.nullContext || {},
          alias3 = 'function',
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'bannerMd') ||
              alias1(depth0, 'bannerMd', { start: { line: 1, column: 3 }, end: { line: 1, column: 11 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'bannerMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 14 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '\n\n# ' +
          container.escapeExpression(
            ((helper =
              lookupProperty(helpers, 'packageName') ||
              alias1(depth0, 'packageName', { start: { line: 3, column: 4 }, end: { line: 3, column: 15 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'packageName',
                  hash: {},
                  data: data,
                  loc: { start: { line: 3, column: 2 }, end: { line: 3, column: 17 } },
                })
              : helper),
          ) +
          '\n\nTypes, runtime validators and helpers for the Azure Communication Services (ACS) events that Azure\nEvent Grid delivers, generated from ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'sourcesMd') ||
              alias1(depth0, 'sourcesMd', { start: { line: 6, column: 39 }, end: { line: 6, column: 48 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'sourcesMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 6, column: 36 }, end: { line: 6, column: 51 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          '.\nStandalone: no runtime dependencies. Types describe the wire JSON (timestamps and durations are strings).\n\n## Receiving events\n\n' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'exampleMd') ||
              alias1(depth0, 'exampleMd', { start: { line: 11, column: 3 }, end: { line: 11, column: 12 } })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'exampleMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 11, column: 0 }, end: { line: 11, column: 15 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          "\n\nEvery handler gets one shape, `{ id, type, source, subject, time, dataVersion, data, schema, envelope }`,\nwhether the event came in the Event Grid schema (`schema: 'eventgrid'`) or as a CloudEvent\n(`'cloudevents'`); `onAnyEvent`, `onUnknown`, `onInvalid`, `onSubscriptionValidation` and\n`onSubscriptionDeleted` cover the rest. The answers follow Event Grid's delivery contract:\n\n| Request | Answer |\n| --- | --- |\n" +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'answers'), {
            name: 'each',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 20, column: 0 }, end: { line: 22, column: 9 } },
          })) != null
            ? stack1
            : '') +
          "\nThe default body limit is 1 MB + 64 KB: Event Grid delivers events of at most 1 MB, in batches of\nat most the subscription's preferred batch size (1–1024 KB, 64 KB by default; 1–5000 events).\nEvents of a batch that succeeded are remembered by id (`rememberHandled`, 10,000 by default), so\nthe retry of a batch that failed part-way does not run their handlers again.\n\n## Entry points\n\n| Import | What |\n| --- | --- |\n" +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'entries'), {
            name: 'each',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 33, column: 0 }, end: { line: 35, column: 9 } },
          })) != null
            ? stack1
            : '') +
          '\n## Event types\n' +
          ((stack1 = lookupProperty(helpers, 'each').call(alias2, lookupProperty(depth0, 'categories'), {
            name: 'each',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 38, column: 0 }, end: { line: 51, column: 9 } },
          })) != null
            ? stack1
            : '') +
          ((stack1 = lookupProperty(helpers, 'if').call(alias2, lookupProperty(depth0, 'disagreements'), {
            name: 'if',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 52, column: 0 }, end: { line: 69, column: 7 } },
          })) != null
            ? stack1
            : '') +
          '\nRegenerate with ' +
          ((stack1 =
            ((helper =
              lookupProperty(helpers, 'regenerateMd') ||
              alias1(depth0, 'regenerateMd', {
                start: { line: 71, column: 19 },
                end: { line: 71, column: 31 },
              })),
            typeof helper === alias3
              ? helper.call(alias2, {
                  name: 'regenerateMd',
                  hash: {},
                  data: data,
                  loc: { start: { line: 71, column: 16 }, end: { line: 71, column: 34 } },
                })
              : helper)) != null
            ? stack1
            : '') +
          ' in the toolkit repository; do not edit this package by hand.\n'
        );
      },
      useData: true,
    },
  },
};
