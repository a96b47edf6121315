/** The line every generated file starts with (in that file's comment syntax). */
export const REGENERATE_COMMAND = 'npm run generate';

export const BANNER_TEXT = `DO NOT EDIT: generated from catalog/ by \`${REGENERATE_COMMAND}\`; edit the catalog and regenerate.`;

export function banner(style: 'line' | 'html'): string {
  return style === 'line' ? `// ${BANNER_TEXT}\n` : `<!-- ${BANNER_TEXT} -->\n`;
}
