/**
 * The caller's `get-context` answer (user, teams, role, allowed actions), loaded once and shared
 * by every page. Pages use it to hide or disable what the caller cannot do; the functions still
 * enforce everything.
 */
import React, { createContext, useContext, useMemo } from 'react';
import type { AllowedAction, AlertingSchemaId, CallerTeam } from '../../../lib/contracts';
import { useFunctionQuery, type QueryState } from './useFunctionQuery';

type CallerState = QueryState<'get-context'>;

const CallerContext = createContext<CallerState | undefined>(undefined);

export function CallerProvider({ children }: { children: React.ReactNode }) {
  const query = useFunctionQuery('get-context', {});
  return <CallerContext.Provider value={query}>{children}</CallerContext.Provider>;
}

export function useCaller(): CallerState {
  const value = useContext(CallerContext);
  if (!value) throw new Error('useCaller outside CallerProvider');
  return value;
}

/** What the caller may do with a schema in a team (everything false when unknown). */
export function actionsFor(team: CallerTeam | undefined, schemaId: AlertingSchemaId): AllowedAction {
  return team?.allowedActions.find((a) => a.schemaId === schemaId) ?? { schemaId, read: false, create: false, update: false, delete: false };
}

/** Teams where the caller is lead (admins review every team they are in, too). */
export function useLeadTeams(): CallerTeam[] {
  const { data } = useCaller();
  return useMemo(() => (data?.teams ?? []).filter((t) => t.role === 'lead' || data?.isAdmin), [data]);
}
