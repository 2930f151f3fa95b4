/**
 * Bringing one finding back in line through the app. A mechanical fix (the naming prefix) reads
 * the object afresh and writes the fixed value with the guarded `update-alerting-object` and the
 * object's `updateToken`: a conflict or refusal is shown here and nothing is overwritten; a change
 * an approval rule holds back can be proposed instead. Anything else: "Fix in editor" opens the
 * workspace editor on the object at the finding's field. Only for a team the caller may update
 * the schema in (`allowedActions` from get-context); without one (an admin reading another
 * team's review), no buttons.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Link as TextLink } from '@dynatrace/strato-components/typography';
import React, { useState } from 'react';
import { Link } from 'react-router-dom';
import { actionsFor } from '../../../../lib/access';
import type { AlertingItem, ApprovalRequirement, CallerTeam, Failure, Finding, ProposeAlertingChangeRequest } from '../../../../lib/contracts';
import { fixFor } from '../../../../lib/review/fixes';
import { normalizePath } from '../../../../lib/values/value-path';
import { FailureBanner } from '../../components/FailureBanner';
import { callFunction } from '../../hooks/callFunction';
import { schemaPageById } from '../../schemas';
import { ProposeForm } from '../../components/ProposeForm';

interface Props {
  item: AlertingItem;
  finding: Finding;
  /** the caller's own team the object belongs to; undefined: read-only */
  team: CallerTeam | undefined;
  /** the fix was written: the object's new value and what the function still finds */
  onFixed: (objectId: string, value: Record<string, unknown>, fixedCode: string) => void;
}

const CONFLICT: Failure['status'] = 'conflict';

export function editorLink(item: Pick<AlertingItem, 'objectId' | 'schemaId' | 'teamId'>, field: string): string | undefined {
  const page = schemaPageById(item.schemaId);
  if (!page) return undefined;
  const q = new URLSearchParams({ team: item.teamId, object: item.objectId, ...(field ? { field } : {}) });
  return `/workspace/${page.slug}?${q.toString()}`;
}

export function FixActions({ item, finding, team, onFixed }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();
  const [held, setHeld] = useState<{ approval: ApprovalRequirement; proposal: Omit<ProposeAlertingChangeRequest, 'comment'> } | undefined>();
  if (!team || !actionsFor(team, item.schemaId).update) return null;
  const fix = fixFor(finding, { schemaId: item.schemaId, value: item.value }, team.rules.naming);
  if (fix.kind === 'none') return null;

  async function apply() {
    setBusy(true);
    setFailure(undefined);
    setHeld(undefined);
    try {
      // the fix is computed again on the object as it is now, and written with its token
      const got = await callFunction('get-alerting-object', { objectId: item.objectId });
      if (got.status !== 'ok') return setFailure(got);
      const now = fixFor(finding, { schemaId: got.object.schemaId, value: got.object.value }, team!.rules.naming);
      if (now.kind !== 'apply') return onFixed(item.objectId, got.object.value, finding.code);
      const base = { objectId: item.objectId, value: now.value, updateToken: got.object.updateToken };
      const r = await callFunction('update-alerting-object', base);
      if (r.status === 'ok') {
        showToast({ type: 'success', title: 'Fixed', message: `${item.summary}: ${now.description}`, lifespan: 4000 });
        return onFixed(item.objectId, now.value, finding.code);
      }
      if (r.approval) return setHeld({ approval: r.approval, proposal: { schemaId: item.schemaId, operation: 'update', ...base } });
      setFailure(r);
    } finally {
      setBusy(false);
    }
  }

  const link = editorLink(item, fix.kind === 'editor' ? fix.field : normalizePath(finding.location?.path));
  return (
    <Flex flexDirection="column" gap={4}>
      <Flex gap={8} alignItems="center" flexWrap="wrap">
        {fix.kind === 'apply' ? (
          <Button size="condensed" variant="accent" color="primary" loading={busy} disabled={busy} onClick={() => void apply()} aria-label={`Apply fix to ${item.summary}: ${fix.description}`}>
            Apply fix: {fix.description}
          </Button>
        ) : null}
        {link ? <TextLink as={Link} to={link} aria-label={`Fix ${item.summary} in the editor`}>Fix in editor</TextLink> : null}
      </Flex>
      {failure ? (
        <FailureBanner failure={failure} title={failure.status === CONFLICT ? 'The object changed in the meantime; nothing was overwritten — apply the fix again to the new version' : 'The fix was not applied'} />
      ) : null}
      {held ? <ProposeForm approval={held.approval} proposal={held.proposal} noun={schemaPageById(item.schemaId)?.noun ?? 'object'} onProposed={() => setHeld(undefined)} /> : null}
    </Flex>
  );
}
