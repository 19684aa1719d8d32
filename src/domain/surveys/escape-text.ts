// HTML escaping for e-mails composed by the domain (respondent pages have their own in http/respondent).
export function escapeText(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
