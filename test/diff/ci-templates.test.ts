/**
 * The CI templates a platform repository copies: valid YAML that validates, synths, diffs against
 * the target branch and posts the Markdown under the marker `seedbed diff --format markdown` writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { MARKDOWN_MARKER } from '../../lib/diff/format';
import { REPO_ROOT } from '../support/fleets';

const read = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'ci', name), 'utf8');

describe('CI templates', () => {
  test('GitHub Actions: runs on pull requests, validate → synth → diff against the base branch → comment → verdict', () => {
    const doc = parse(read('github-actions.yml'));
    expect(Object.keys(doc.on)).toEqual(['pull_request', 'push']);
    // Pushes to the default branch validate and check the output (and fill the verdict cache
    // pull requests start from); only pull requests diff, comment and give a verdict.
    expect(doc.on.push).toEqual({ branches: ['main'] });
    expect(doc.concurrency.group).toBe('seedbed-${{ github.event.pull_request.number || github.ref }}');
    expect(doc.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const steps = doc.jobs.review.steps;
    const runs = steps.map((s: any) => s.run ?? s.uses).join('\n');
    expect(runs.indexOf('npx seedbed validate')).toBeLessThan(runs.indexOf('npx seedbed synth'));
    expect(runs).toContain('npx seedbed diff --against "origin/${{ github.base_ref }}" --format markdown');
    const comment = steps.find((s: any) => s.uses === 'actions/github-script@v7');
    expect(comment.with.script).toContain(`'${MARKDOWN_MARKER}'`);
    expect(steps[0].with['fetch-depth']).toBe(0);
    // The check's verdicts are restored after npm ci (which empties node_modules/), from the latest run.
    const cache = steps.findIndex((s: any) => s.uses === 'actions/cache@v4');
    expect(cache).toBeGreaterThan(steps.findIndex((s: any) => s.run === 'npm ci --no-audit --no-fund'));
    expect(cache).toBeLessThan(steps.findIndex((s: any) => /npx seedbed synth/.test(s.run ?? '')));
    expect(steps[cache].with).toEqual({ 'path': 'node_modules/.cache/seedbed', 'key': 'seedbed-check-${{ github.run_id }}', 'restore-keys': 'seedbed-check-' });
    const onPush = steps.filter((st: any) => !/github\.event_name == 'pull_request'/.test(st.if ?? '')).map((st: any) => st.name ?? st.uses ?? st.run);
    expect(onPush).toEqual([
      'actions/checkout@v4', 'actions/setup-node@v4', 'npm ci --no-audit --no-fund', 'actions/cache@v4',
      'Type-check', 'Validate the fleets', 'Synth (the committed output must be up to date)',
    ]);
    expect(steps.filter((st: any) => /github\.event_name == 'pull_request'/.test(st.if ?? '')).map((st: any) => st.id ?? st.name))
      .toEqual(['diff', 'Post the diff as a comment', 'Verdict']);
  });

  test('GitLab CI: runs on merge requests, validate → synth → diff against the target branch → note', () => {
    const job = parse(read('gitlab-ci.yml')).seedbed;
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    const script = job.script.join('\n');
    expect(script.indexOf('npx tsc -p tsconfig.json --noEmit')).toBeGreaterThan(-1);
    expect(script.indexOf('npx tsc -p tsconfig.json --noEmit')).toBeLessThan(script.indexOf('npx seedbed validate'));
    expect(script.indexOf('npx seedbed validate')).toBeLessThan(script.indexOf('npx seedbed synth'));
    expect(script).toContain('npx seedbed diff --against "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" --format markdown');
    expect(script).toContain(`const marker = "${MARKDOWN_MARKER}"`);
    expect(job.variables.GIT_DEPTH).toBe('0');
    // The check's verdicts live outside node_modules/ (npm ci empties it), are cached, and are not output.
    expect(job.cache).toContainEqual({ key: 'seedbed-check', paths: ['.seedbed-cache/'] });
    expect(script).toContain('npx seedbed validate --cache-dir .seedbed-cache');
    expect(script).toContain('npx seedbed synth --no-incremental --cache-dir .seedbed-cache');
    expect(script).toContain("git status --porcelain -- . ':!.npm' ':!.seedbed-cache'");
  });
});
