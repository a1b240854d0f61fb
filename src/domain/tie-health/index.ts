// Tie health (docs/tie-health.md): cadence and status, strength, reciprocity, the derived
// fields kept on every write, weeks in the user's time zone, the weekly reach-out list and
// the 24-hour advisor check. Pure functions: `now`, settings and the time zone are arguments.

export * from './advisor-coverage';
export * from './birthday';
export * from './cadence';
export * from './decayed';
export * from './derived';
export * from './goal-expertise';
export * from './rebuild-derived';
export * from './reciprocity';
export * from './reciprocity-flags';
export * from './status';
export * from './strength';
export * from './tie-settings';
export * from './touch';
export * from './week';
export * from './week-item-done';
export * from './week-plan';
export * from './week-plan-refresh';
export * from './week-reasons';
export * from './zone-days';
