/**
 * What a subject parameter should hold for given data, read the test's own way: the value at the
 * parameter's `from` pointer, with its `transform` applied (`digits`: only the digits).
 */
export function subjectValue(data: unknown, parameter: { from: string; transform?: 'digits' }): unknown {
  const value = parameter.from
    .split('/')
    .slice(1)
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
  return parameter.transform === 'digits' ? String(value).replace(/\D/g, '') : value;
}
