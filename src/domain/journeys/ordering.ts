// Stages and touchpoints are ordered lists; moving one item renumbers its siblings so positions stay 0..n-1.

export function moveTo(orderedIds: string[], id: string, position: number): string[] {
  const rest = orderedIds.filter((other) => other !== id);
  const index = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, index), id, ...rest.slice(index)];
}
