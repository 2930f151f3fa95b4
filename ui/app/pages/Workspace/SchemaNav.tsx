/** Links between the five schema workspaces, keeping the selected team. */
import { Flex } from '@dynatrace/strato-components/layouts';
import { Button } from '@dynatrace/strato-components/buttons';
import React from 'react';
import { Link } from 'react-router-dom';
import { SCHEMA_PAGES, type SchemaPage } from '../../schemas';

export function SchemaNav({ current, teamId }: { current: SchemaPage; teamId: string }) {
  return (
    <nav aria-label="Alerting schemas">
      <Flex gap={4} flexWrap="wrap" as="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {SCHEMA_PAGES.map((p) => (
          <li key={p.slug}>
            <Button
              as={Link}
              to={`/workspace/${p.slug}?team=${encodeURIComponent(teamId)}`}
              variant={p.slug === current.slug ? 'emphasized' : 'default'}
              aria-current={p.slug === current.slug ? 'page' : undefined}
            >
              {p.title}
            </Button>
          </li>
        ))}
      </Flex>
    </nav>
  );
}
