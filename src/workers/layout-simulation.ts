// The d3-force simulation of the network picture: where each person starts and which forces
// move them. Lengths are layout units (domain/graph/rings.ts).
//
// Forces:
//   radial    pulls each person to their tier's ring (stronger ties a little further in);
//             the user is pinned at (0, 0)
//   link      person–person edges pull their ends together, harder for a heavier edge;
//             divided by the smaller degree of the two ends, as d3 does by default, so a
//             person with many links is not yanked about. A link's rest length is at least
//             the gap between its two people's rings, so links gather people along their
//             rings instead of pulling them off. Tie edges (user–person) are left out: the
//             radial force already places everyone by their tie
//   spacing   people push each other apart and their dots do not overlap: d3's manyBody
//             charge and collide, done in one grid pass up to SPACING_RANGE (spacing-force.ts
//             says why: several times faster at 2,000 people, the same picture)
// Where a person starts:
//   known     at their position from the last visit
//   new       on their ring: at the angle of their already placed neighbours if they have
//             any; else, when most people are new (a first visit), in the wedge of their
//             cluster, so clusters start together and need not cross the rings to meet;
//             else at an angle from a hash of their id. Always the same for the same data.
// When most positions are known, the run starts cool (WARM_ALPHA) so the picture does not
// jump; a first visit starts hot (alpha 1).

import {
  forceLink,
  forceRadial,
  forceSimulation,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { detectCommunities } from '../domain/graph/communities';
import {
  ME_RADIUS,
  nodeRadius,
  ringRadii,
  targetRadius,
  tierCountsOf,
  type RingRadii,
} from '../domain/graph/rings';
import type { LayoutLink, LayoutNode } from './layout-protocol';
import { forceSpacing } from './spacing-force';

export type Body = SimulationNodeDatum & {
  id: string;
  isMe: boolean;
  tier: LayoutNode['tier'];
  strength: number;
};
type Spring = SimulationLinkDatum<Body> & { strength: number; distance: number };

/** The temperature below which the layout counts as settled (d3's default). */
export const ALPHA_MIN = 0.001;
/** Ticks from alpha 1 down to ALPHA_MIN: sets the cooling rate. */
export const TICKS_FROM_HOT = 250;
const ALPHA_DECAY = 1 - ALPHA_MIN ** (1 / TICKS_FROM_HOT);
/** The starting temperature when most positions are known. */
export const WARM_ALPHA = 0.25;
/** Share of people with a known position from which a run starts warm, not hot. */
export const WARM_KNOWN_SHARE = 0.8;
/** Share of people with a known position below which new people start by cluster. */
const CLUSTER_SEED_BELOW_KNOWN_SHARE = 0.5;

/** Pull of the rings (per tick, times alpha; d3's unit). */
const RADIAL_STRENGTH = 0.7;
/** Rest length of a link of weight 1, and what a weight-0 link adds (units). */
const LINK_DISTANCE = 20;
const LINK_DISTANCE_SPAN = 30;
/** Repulsion between two people (d3's unit; negative pushes apart). */
const CHARGE_STRENGTH = -30;
/** People further apart than this do not push each other (units). */
const SPACING_RANGE = 60;
const COLLIDE_PADDING = 1.5;
const COLLIDE_STRENGTH = 0.7;
/** New people start within ±5 % of their ring's radius. */
const SEED_RADIUS_JITTER = 0.1;
/** Least pull of a placed neighbour on a new person's angle (a weight-0 link still counts). */
const MIN_SEED_PULL = 0.01;
/** New people placed by their neighbours spread ±0.1 radians around them. */
const SEED_ANGLE_JITTER = 0.2;

/** Two numbers in [0, 1) from an id (FNV-1a, then a xorshift for the second). */
function hashUnits(id: string): [number, number] {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  let second = hash ^ 0x9e3779b9;
  second ^= second << 13;
  second ^= second >>> 17;
  second ^= second << 5;
  return [(hash >>> 0) / 4_294_967_296, (second >>> 0) / 4_294_967_296];
}

function isPersonLink(link: LayoutLink, nodes: readonly LayoutNode[]): boolean {
  return (
    link.kind !== 'tie' && nodes[link.source]?.isMe === false && nodes[link.target]?.isMe === false
  );
}

/** The rings of this layout's people (domain/graph/rings.ts). */
export function ringRadiiOf(nodes: readonly LayoutNode[]): RingRadii {
  return ringRadii(tierCountsOf(nodes));
}

/** Throws when a link names a node that does not exist or the positions do not fit. */
export function assertValidLayout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  initial: Float32Array | undefined,
): void {
  for (const link of links) {
    for (const end of [link.source, link.target]) {
      if (!Number.isInteger(end) || end < 0 || end >= nodes.length) {
        throw new RangeError(`A link names node ${end}, but there are ${nodes.length} nodes`);
      }
    }
  }
  if (initial !== undefined && initial.length !== nodes.length * 2) {
    throw new RangeError(
      `initial has ${initial.length} numbers; ${nodes.length} nodes need ${nodes.length * 2}`,
    );
  }
}

/** Angle per node of its cluster's wedge, for a first visit; NaN for people in no cluster. */
function clusterWedgeAngles(nodes: readonly LayoutNode[], links: readonly LayoutLink[]): number[] {
  const labels = detectCommunities(
    nodes.length,
    links.filter((link) => isPersonLink(link, nodes)),
  );
  const sizes = new Map<number, number>();
  nodes.forEach((node, index) => {
    if (node.isMe) return;
    const label = labels[index] as number;
    sizes.set(label, (sizes.get(label) ?? 0) + 1);
  });
  // Labels are numbered by first appearance, so this order (largest first) is fixed.
  const order = [...sizes.entries()]
    .filter(([, size]) => size > 1)
    .sort(([a, x], [b, y]) => y - x || a - b);
  const total = order.reduce((sum, [, size]) => sum + size, 0);
  const wedges = new Map<number, { start: number; width: number }>();
  let start = 0;
  for (const [label, size] of order) {
    const width = (2 * Math.PI * size) / total;
    wedges.set(label, { start, width });
    start += width;
  }
  return nodes.map((node, index) => {
    const wedge = wedges.get(labels[index] as number);
    return wedge === undefined ? Number.NaN : wedge.start + wedge.width * hashUnits(node.id)[0];
  });
}

/** Bodies at their known positions, or seeded (see the module comment). */
export function placeBodies(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  initial: Float32Array | undefined,
  radii: Readonly<RingRadii>,
): { bodies: Body[]; knownShare: number } {
  const bodies: Body[] = nodes.map((node) => ({
    id: node.id,
    isMe: node.isMe,
    tier: node.tier,
    strength: node.strength,
    x: Number.NaN,
    y: Number.NaN,
    vx: 0,
    vy: 0,
  }));
  let people = 0;
  let known = 0;
  bodies.forEach((body, index) => {
    if (body.isMe) {
      body.x = body.fx = 0;
      body.y = body.fy = 0;
      return;
    }
    people += 1;
    const x = initial?.[2 * index] ?? Number.NaN;
    const y = initial?.[2 * index + 1] ?? Number.NaN;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      body.x = x;
      body.y = y;
      known += 1;
    }
  });
  const knownShare = people === 0 ? 1 : known / people;
  if (known < people) seedNewBodies(bodies, nodes, links, knownShare, radii);
  return { bodies, knownShare };
}

function seedNewBodies(
  bodies: Body[],
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  knownShare: number,
  radii: Readonly<RingRadii>,
): void {
  const isNew = (body: Body | undefined): boolean => body !== undefined && Number.isNaN(body.x);
  // Weighted sum of the positions of each new person's placed neighbours.
  const pullX = new Float64Array(bodies.length);
  const pullY = new Float64Array(bodies.length);
  for (const link of links) {
    if (!isPersonLink(link, nodes)) continue;
    const source = bodies[link.source];
    const target = bodies[link.target];
    if (!source || !target || isNew(source) === isNew(target)) continue;
    const [from, toIndex] = isNew(source) ? [target, link.source] : [source, link.target];
    const weight = Math.max(link.weight, MIN_SEED_PULL);
    pullX[toIndex] = (pullX[toIndex] as number) + (from.x ?? 0) * weight;
    pullY[toIndex] = (pullY[toIndex] as number) + (from.y ?? 0) * weight;
  }
  const wedgeAngles =
    knownShare < CLUSTER_SEED_BELOW_KNOWN_SHARE ? clusterWedgeAngles(nodes, links) : undefined;
  bodies.forEach((body, index) => {
    if (!isNew(body) || body.tier === undefined) return;
    const [spin, spread] = hashUnits(body.id);
    const px = pullX[index] as number;
    const py = pullY[index] as number;
    const wedgeAngle = wedgeAngles?.[index] ?? Number.NaN;
    let angle = 2 * Math.PI * spin;
    if (px !== 0 || py !== 0) angle = Math.atan2(py, px) + SEED_ANGLE_JITTER * (spin - 0.5);
    else if (!Number.isNaN(wedgeAngle)) angle = wedgeAngle;
    const radius =
      targetRadius(body.tier, body.strength, radii) * (1 + SEED_RADIUS_JITTER * (spread - 0.5));
    body.x = radius * Math.cos(angle);
    body.y = radius * Math.sin(angle);
  });
}

function springsOf(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  radii: Readonly<RingRadii>,
): Spring[] {
  const personLinks = links.filter((link) => isPersonLink(link, nodes));
  const degree = new Int32Array(nodes.length);
  for (const link of personLinks) {
    degree[link.source] = (degree[link.source] as number) + 1;
    degree[link.target] = (degree[link.target] as number) + 1;
  }
  const ringOf = (index: number): number => {
    const node = nodes[index];
    return node?.tier === undefined ? 0 : targetRadius(node.tier, node.strength, radii);
  };
  return personLinks.map((link) => {
    const weight = Math.min(1, Math.max(0, link.weight));
    const fewerLinks = Math.min(degree[link.source] as number, degree[link.target] as number);
    // Never shorter than the gap between the two people's rings: a link draws people
    // together along their rings, it does not drag them off them.
    const ringGap = Math.abs(ringOf(link.source) - ringOf(link.target));
    return {
      source: link.source,
      target: link.target,
      strength: weight / Math.max(1, fewerLinks),
      distance: Math.max(LINK_DISTANCE + LINK_DISTANCE_SPAN * (1 - weight), ringGap),
    };
  });
}

/** A stopped simulation with all forces set, at `alpha`; the caller ticks it. */
export function createSimulation(
  bodies: Body[],
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  alpha: number,
  radii: Readonly<RingRadii>,
): Simulation<Body, Spring> {
  return forceSimulation<Body, Spring>(bodies)
    .stop()
    .alpha(alpha)
    .alphaMin(ALPHA_MIN)
    .alphaDecay(ALPHA_DECAY)
    .force(
      'radial',
      forceRadial<Body>(
        (body) => (body.tier === undefined ? 0 : targetRadius(body.tier, body.strength, radii)),
        0,
        0,
      ).strength((body) => (body.isMe ? 0 : RADIAL_STRENGTH)),
    )
    .force(
      'link',
      forceLink<Body, Spring>(springsOf(nodes, links, radii))
        .strength((spring) => spring.strength)
        .distance((spring) => spring.distance),
    )
    .force(
      'spacing',
      forceSpacing<Body>({
        range: SPACING_RANGE,
        charge: (body) => (body.isMe ? 0 : CHARGE_STRENGTH),
        radius: (body) => (body.isMe ? ME_RADIUS : nodeRadius(body.strength)) + COLLIDE_PADDING,
        collideStrength: COLLIDE_STRENGTH,
      }),
    );
}
