// The network graph: building it from stored rows, filtering and
// searching it, its clusters and bridges, and the geometry the layout and canvas share.

export * from './build-graph';
export * from './communities';
export * from './filter';
export * from './insights';
export * from './member-links';
export * from './rings';
export * from './shared-touches';
export * from './types';
