/**
 * Empty inputs are left out of request bodies rather than sent as "": the API treats a missing
 * name as "not given" and may reject an empty string.
 */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}
