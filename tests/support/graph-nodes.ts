// A node of the network graph for tests: the user ('me') or an active person with an 'ok'
// tie of middling strength, with nothing else said unless `changes` says it.
import type { GraphNode } from '../../src/domain/graph';

export function graphNode(id: string, changes: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    label: id,
    isMe: id === 'me',
    tier: id === 'me' ? undefined : 'active',
    status: id === 'me' ? undefined : 'ok',
    strength: 0.5,
    flags: [],
    affiliation: undefined,
    organisation: '',
    tags: [],
    groupIds: [],
    ...changes,
  };
}
