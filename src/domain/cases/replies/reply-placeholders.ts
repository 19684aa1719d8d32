// The placeholders a reply template may use, and how they are filled: once, literally (a customer
// called "{{org_name}}" stays that), so what a customer typed can never become part of the template.
export const PLACEHOLDERS = ['customer_name', 'case_number', 'agent_name', 'org_name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

const PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders in a text that are not known, each once, in order of appearance. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PATTERN)) if (!(PLACEHOLDERS as readonly string[]).includes(match[1]!)) unknown.add(match[0]);
  return [...unknown];
}

export function unknownPlaceholdersMessage(unknown: string[]): string {
  return `unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; use ${PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ')}`;
}

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PATTERN, (whole, name: string) => ((PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole));
}
