/** The caller's effective permissions as the platform resolved them (per schema). */
import { Heading, Paragraph } from '@dynatrace/strato-components/typography';
import { SimpleTable } from '@dynatrace/strato-components/tables';
import React, { useMemo } from 'react';
import type { GetContextResponse } from '../../../../lib/contracts';
import { schemaPageById } from '../../schemas';

type Permission = Extract<GetContextResponse, { status: 'ok' }>['permissions'][number];

const GRANTED: Record<Permission['granted'], string> = { true: 'granted', false: 'not granted', condition: 'granted in your zones' };

/** Schemas the app reads but has no page for, by the name Dynatrace Settings gives them. */
const OTHER_SCHEMAS: Record<string, string> = { 'builtin:management-zones': 'Management zones' };
const schemaTitle = (id: string) => schemaPageById(id)?.title ?? OTHER_SCHEMAS[id] ?? id;

export function PermissionsList({ permissions }: { permissions: Permission[] }) {
  const rows = useMemo(
    () => permissions.map((p) => ({ ...p, schema: schemaTitle(p.schemaId), grantedText: GRANTED[p.granted] })),
    [permissions],
  );
  return (
    <section aria-labelledby="permissions-heading">
      <Heading level={2} id="permissions-heading">Effective permissions</Heading>
      {rows.length === 0 ? (
        <Paragraph>No settings permissions were found for your account.</Paragraph>
      ) : (
        <SimpleTable
          data={rows}
          columns={[
            { id: 'permission', header: 'Permission', accessor: 'permission' },
            { id: 'schema', header: 'Schema', accessor: 'schema' },
            { id: 'granted', header: 'Granted', accessor: 'grantedText' },
          ]}
        />
      )}
    </section>
  );
}
