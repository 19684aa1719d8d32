// Rules are matched top to bottom, so their order is the routing policy itself.

/** The ids in their new order after moving `id` to where `target` is. */
export function moveId(ids: readonly string[], id: string, target: string): string[] {
  const from = ids.indexOf(id);
  const to = ids.indexOf(target);
  if (from < 0 || to < 0 || from === to) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
