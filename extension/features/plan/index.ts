/** The public face of the plan feature: what the apps, the entrypoints and other features may use of it. */
export { RestingPlanItems } from './resting-plan-items.tsx';
export { recordAnchor, restingItems } from './plan-text.ts';
export { PlanView } from './plan-view.tsx';
export { createPlanStore } from './plan-store.ts';
