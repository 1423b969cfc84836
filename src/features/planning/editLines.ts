// Editing an id'd list as plain text, one item per line: unchanged lines keep their id (so
// records that stored the id still resolve), new lines get a readable unique id.
export function slugId(text: string, taken: ReadonlySet<string>): string {
  const base =
    text
      .toLowerCase()
      .normalize('NFKD')
      // Drop the accents NFKD split off, so "é" becomes "e" rather than a dash.
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 32) || 'item';
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}

export function linesToItems<T extends { id: string }>(
  text: string,
  previous: readonly T[],
  labelOf: (item: T) => string,
  make: (id: string, label: string, prev: T | undefined) => T,
): T[] {
  const taken = new Set<string>();
  const out: T[] = [];
  for (const raw of text.split('\n')) {
    const label = raw.trim();
    if (!label) continue;
    const prev = previous.find((p) => labelOf(p) === label && !taken.has(p.id));
    const id = prev ? prev.id : slugId(label, new Set([...taken, ...previous.map((p) => p.id)]));
    taken.add(id);
    out.push(make(id, label, prev));
  }
  return out;
}
