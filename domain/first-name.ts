/**
 * The name to greet someone by. Teams gives the display name as the school's directory keeps it:
 * "Sanne de Vries", and in some schools "Vries, Sanne de". When the given name is only an
 * initial ("S. de Vries"), greeting by it would read oddly, so the whole name is used.
 */
export function firstName(displayName: string): string {
  const name = displayName.trim();
  const comma = name.indexOf(',');
  const given = (comma >= 0 ? name.slice(comma + 1) : name).trim().split(/\s+/)[0] ?? '';
  const initial = /^\p{L}\.?$/u.test(given) || given.includes('.');
  return given === '' || initial ? name : given;
}
