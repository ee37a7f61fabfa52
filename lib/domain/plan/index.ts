// The micro-vs-macro planner (docs/scoring.md "Planner"): pure, no I/O.
export { solveKnapsack, PLAN_LIMITS, type KnapsackItem, type KnapsackMethod, type KnapsackResult } from "./knapsack";
export {
  PLAN_GOALS, PLAN_CURRENCY, goalValue, planCost, preparePool,
  type PlanGoal, type PlanCreator, type PlanLimits, type PlanCost, type PlannedCreator, type Exclusions,
} from "./pool";
export {
  PLAN_OPTIONS, OPTION_TIERS, OPTION_LABELS, buildPlan, summarizeOption, planChartRows,
  type PlanOptionKind, type OptionSummary, type PlanOption, type PlanInput, type Plan, type Unspent, type UnspentReason,
} from "./planner";
export { exclusionNotes } from "./notes";
