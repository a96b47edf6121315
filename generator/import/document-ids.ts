/**
 * A docs page's document id (FORMAT-V2 §2): `YYYY-MM` from its date, plus the page's slug when its
 * file name carries one (`docs/communication-services-chat-events.md` → `2021-10-chat`,
 * `docs/handle-sms-events.md` → `2022-05-sms-quickstart`); seeds (hash-named) have none. A numeric
 * suffix settles what still collides.
 */
export function pageSlug(file: string): string | undefined {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.[a-z]+$/i, '');
  if (/^\d{3}_[0-9a-f]+$/.test(base)) return undefined;
  const quickstart = /^handle-(.+)-events$/.exec(base);
  if (quickstart) return `${quickstart[1]}-quickstart`;
  const slug = base
    .replace(/^communication-services-/, '')
    .replace(/^telephony-/, '')
    .replace(/-events$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug === '' ? undefined : slug;
}

export function documentId(file: string, date: string, taken: ReadonlySet<string>): string {
  const slug = pageSlug(file);
  const base = date.slice(0, 7) + (slug !== undefined ? `-${slug}` : '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
