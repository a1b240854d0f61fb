// The middlewares that keep packed tables true as the contacts change (kept-shards.ts).
// db.ts installs them, in this order; registry.ts says what each keeps and how it is rebuilt.
import type { DBCore, Middleware } from 'dexie';
import { PEOPLE_ROWS_LAYOUT } from '../codecs/people-rows';
import { PLAN_INPUTS_LAYOUT } from '../codecs/plan-inputs';
import { keptShardsMiddleware } from './kept-shards';

export const planInputsMiddleware = keptShardsMiddleware(PLAN_INPUTS_LAYOUT);
export const peopleRowsMiddleware = keptShardsMiddleware(PEOPLE_ROWS_LAYOUT);

export const DERIVED_MIDDLEWARES: readonly Middleware<DBCore>[] = [
  planInputsMiddleware,
  peopleRowsMiddleware,
];
