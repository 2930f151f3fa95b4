/**
 * The team the caller is working in, kept in the URL (`?team=<id>`) so links and reloads keep it.
 * Defaults to the caller's first team.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export function useSelectedTeam<T extends { id: string }>(teams: T[]): [T | undefined, (teamId: string) => void] {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('team');
  const team = useMemo(() => teams.find((t) => t.id === wanted) ?? teams[0], [teams, wanted]);
  const select = useCallback(
    (teamId: string) =>
      setParams((p) => {
        const next = new URLSearchParams(p);
        next.set('team', teamId);
        return next;
      }),
    [setParams],
  );
  return [team, select];
}
