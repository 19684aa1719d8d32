// Moments in JSON: ISO 8601 strings, null when absent.
export const iso = (date: Date | null) => date?.toISOString() ?? null;
