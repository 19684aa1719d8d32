// HTML escaping for text put into HTML: e-mails composed by the domain and the respondent pages.
// Numeric references for & < > " ' (safe in element content and in quoted attributes alike).
export function escapeText(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
