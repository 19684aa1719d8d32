interface Positioned {
  id: string;
  position: number;
}

export function byPosition<T extends Positioned>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}

/**
 * Moving an item up or down swaps its position with its neighbour's. Both are written, which is
 * right whether the server stores positions as given or shifts the others itself: in the
 * second case the second write is a no-op.
 */
export async function swapWithNeighbour<T extends Positioned>(
  items: readonly T[],
  id: string,
  direction: -1 | 1,
  setPosition: (id: string, position: number) => Promise<unknown>,
): Promise<void> {
  const ordered = byPosition(items);
  const index = ordered.findIndex((item) => item.id === id);
  const current = ordered[index];
  const neighbour = ordered[index + direction];
  if (!current || !neighbour) return;
  // Equal positions (never normalised) would make a swap a no-op; indexes always differ.
  const [mine, theirs] =
    current.position === neighbour.position ? [index + direction, index] : [neighbour.position, current.position];
  await setPosition(current.id, mine);
  await setPosition(neighbour.id, theirs);
}
