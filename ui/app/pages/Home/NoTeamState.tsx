/** Empty state for a caller in no team who is not an admin: who to ask and what the admin must do. */
import { EmptyState } from '@dynatrace/strato-components/content';
import { List, Paragraph, Code } from '@dynatrace/strato-components/typography';
import React from 'react';

export function NoTeamState({ email }: { email: string }) {
  return (
    <section aria-labelledby="no-team-heading">
      <EmptyState size="large">
        <EmptyState.Title>
          <span id="no-team-heading">You are not in any team yet</span>
        </EmptyState.Title>
        <EmptyState.Details>
          <Paragraph>
            Team Alerting lets you manage the alerting of your team&apos;s management zones. Your account <Code>{email}</Code> is
            not a member or lead of any team.
          </Paragraph>
          <Paragraph>Ask your team lead or your Dynatrace admin to add you. The admin must:</Paragraph>
          <List ordered>
            <span>open Teams in this app and add <Code>{email}</Code> to the members (or leads) of your team,</span>
            <span>make sure the team owns the management zones your services run in,</span>
            <span>bind the team&apos;s least-privilege IAM policy to a group you are in.</span>
          </List>
        </EmptyState.Details>
      </EmptyState>
    </section>
  );
}
