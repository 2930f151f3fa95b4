/**
 * Team mappings for the calculator: loads `list-teams` once through the contract-checked caller
 * and reduces each team to what the calculator needs (id, name, zones, allowed schemas).
 */
import { useEffect, useState } from 'react';
import { calculatorTeamOf, type CalculatorTeam } from '../../../../lib/policy-calculator';
import { callFunction, describeFailure } from '../../hooks/callFunction';

export interface TeamsState {
  teams: CalculatorTeam[];
  loading: boolean;
  error?: string;
}

export function useTeams(): TeamsState {
  const [state, setState] = useState<TeamsState>({ teams: [], loading: true });
  useEffect(() => {
    const abort = new AbortController();
    callFunction('list-teams', {}, abort.signal)
      .then((r) => {
        if (r.status !== 'ok') { setState({ teams: [], loading: false, error: describeFailure(r) }); return; }
        const teams = r.teams.map(({ team }) => calculatorTeamOf(team));
        setState({ teams, loading: false });
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setState({ teams: [], loading: false, error: 'the team mappings could not be loaded' });
      });
    return () => abort.abort();
  }, []);
  return state;
}
