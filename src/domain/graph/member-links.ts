// Links among the members of one set (a group, an organisation) without O(m²) edges.
//
// Everyone in a set of m people "shares" it with everyone else, but drawing all
// m(m − 1)/2 pairs would give a 400-person employer 79,800 edges. Instead:
//   m ≤ FULL_MESH_MAX_MEMBERS (9)  every pair is linked (at most 36 edges)
//   larger sets                     members stand on a circle in a fixed order (ascending
//                                   node index, i.e. by id) and each is linked to the
//                                   members LINK_OFFSETS_PER_MEMBER (4) offsets ahead,
//                                   offsets spread geometrically from 1 to m/2
// so a set yields at most 4·m edges (each member has at most 8 of these links), and,
// because the long offsets act as shortcuts, any two members are a few hops apart: the set
// still reads as one tight cluster in the layout and in community detection. The same
// members always give the same pairs.

/** Offsets ahead each member of a large set is linked to (a member gets ≤ 2× this many). */
export const LINK_OFFSETS_PER_MEMBER = 4;
/** Largest set linked in full: its members have m − 1 ≤ 2 · 4 links, as in a large set. */
export const FULL_MESH_MAX_MEMBERS = 2 * LINK_OFFSETS_PER_MEMBER + 1;

/** Offsets 1 ≤ d ≤ m/2 used for a set of m members, ascending, without repeats. */
export function memberLinkOffsets(memberCount: number): number[] {
  const half = Math.floor(memberCount / 2);
  if (half < 1) return [];
  const offsets: number[] = [];
  for (let step = 0; step < LINK_OFFSETS_PER_MEMBER; step++) {
    const exponent = step / (LINK_OFFSETS_PER_MEMBER - 1);
    const offset = Math.min(half, Math.max(1, Math.round(half ** exponent)));
    if (offsets[offsets.length - 1] !== offset) offsets.push(offset);
  }
  return offsets;
}

/**
 * Calls `visit(a, b)` once for each linked pair of a set, with a < b. `members` are node
 * indexes, distinct and ascending.
 */
export function forEachMemberLink(
  members: readonly number[],
  visit: (a: number, b: number) => void,
): void {
  const count = members.length;
  if (count <= FULL_MESH_MAX_MEMBERS) {
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) visit(members[i] as number, members[j] as number);
    }
    return;
  }
  for (const offset of memberLinkOffsets(count)) {
    // With an even count, offset m/2 reaches the same pair from both ends: walk half.
    const starts = offset * 2 === count ? offset : count;
    for (let i = 0; i < starts; i++) {
      const a = members[i] as number;
      const b = members[(i + offset) % count] as number;
      if (a < b) visit(a, b);
      else visit(b, a);
    }
  }
}
