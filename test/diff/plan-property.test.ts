/**
 * The diff against real Terraform: seeded random changes to the example fleets, each stack planned
 * offline against a state built from its old version (the trials and what they assert:
 * plan-trials.ts). Bounded and seeded, so `npm test` runs it and a failure can be repeated;
 * test/support/trust-figures.ts runs more trials of the same generator for the figures.
 */
import { runPlanTrials } from './plan-trials';

/** Seed of the generator; a failure message names it with the trial, so a run can be repeated. */
const SEED = 20261207;
/** Trials per run: bounded so the test stays within about a minute on two cores. */
const TRIALS = 10;

test(`diff verdicts agree with terraform plan (seed ${SEED}, ${TRIALS} trials)`, async () => {
  const { tally, failures } = await runPlanTrials(SEED, TRIALS);
  // The figures of the run, for the closing note.
  process.stdout.write(`plan-property: ${JSON.stringify(tally)}\n`);
  expect(failures).toEqual([]);
  expect(tally.disagreements).toBe(0);
  expect(tally.trials).toBeGreaterThan(TRIALS / 2);
  expect(tally.planDestroys).toBeGreaterThan(0); // the run met real destruction
}, 300_000);
