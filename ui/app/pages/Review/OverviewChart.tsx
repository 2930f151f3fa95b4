/**
 * One chart of the review's overview: a Strato bar chart whose bars filter the list below (the
 * bar's tooltip action), and the same numbers as a table — visually hidden for screen readers, or
 * shown with "Show as table", where each row's button sets the same filter from the keyboard.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { CategoricalBarChart, ChartSeriesAction } from '@dynatrace/strato-components/charts';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph } from '@dynatrace/strato-components/typography';
import React, { memo, useCallback, useId, useMemo, useState } from 'react';
import type { Bar, FilterKind, ReviewFilter } from '../../../../lib/review/overview';

export const visuallyHidden: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

const cell: React.CSSProperties = { padding: '2px 8px 2px 0', textAlign: 'left', verticalAlign: 'top' };

interface Props {
  title: string;
  bars: Bar[];
  kind: FilterKind;
  /** the active filter's key when it filters by this chart's kind */
  active: string | undefined;
  onFilter: (filter: ReviewFilter) => void;
  /** what a bar counts, for the table header */
  unit: string;
  empty: string;
}

/** Memoized: a filter click re-renders only the chart of the filter's kind (Strato charts are costly to render). */
export const OverviewChart = memo(function OverviewChart({ title, bars, kind, active, onFilter, unit, empty }: Props) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const byLabel = useMemo(() => new Map(bars.map((b) => [b.label, b])), [bars]);
  const data = useMemo(() => bars.map((b) => ({ category: b.label, value: b.count })), [bars]);
  const select = useCallback((bar: Bar) => onFilter({ kind, key: bar.key, label: bar.label }), [kind, onFilter]);
  const seriesActions = useCallback((series: Record<string, unknown>) => {
    const bar = typeof series.category === 'string' ? byLabel.get(series.category) : undefined;
    return (
      <ChartSeriesAction>
        {bar ? <ChartSeriesAction.Item onSelect={() => select(bar)}>Show only “{bar.label}”</ChartSeriesAction.Item> : null}
      </ChartSeriesAction>
    );
  }, [byLabel, select]);
  const height = Math.min(220, 48 + bars.length * 28);

  return (
    // relative: the visually hidden table is placed inside the card, not against the page (it widened and lengthened it)
    <Container as="section" aria-labelledby={`${id}-h`} padding={12} data-testid={`overview-${kind}`} style={{ position: 'relative' }}>
      <Flex flexDirection="column" gap={8}>
        {/* one row: a long title wraps beside the button instead of pushing it onto a line of its own */}
        <Flex justifyContent="space-between" alignItems="flex-start" gap={8} flexWrap="nowrap">
          <Heading level={5} as="h3" id={`${id}-h`} style={{ minWidth: 0 }}>{title}</Heading>
          {bars.length > 0 ? (
            <Button size="condensed" variant="default" style={{ flexShrink: 0 }} aria-expanded={asTable} aria-controls={`${id}-t`} onClick={() => setAsTable((v) => !v)}>
              {asTable ? 'Show as chart' : 'Show as table'}
            </Button>
          ) : null}
        </Flex>
        {bars.length === 0 ? <Paragraph>{empty}</Paragraph> : null}
        {bars.length > 0 && !asTable ? (
          <div data-testid={`chart-${kind}`}>
            {/* labels such as "Problem notifications" whole where the card has room, else cut at the end, not the middle */}
            <CategoricalBarChart data={data} layout="horizontal" height={height} seriesActions={seriesActions} truncationMode="end">
              <CategoricalBarChart.CategoryAxis maxSize={150} />
              <CategoricalBarChart.Legend hidden />
            </CategoricalBarChart>
          </div>
        ) : null}
        {bars.length > 0 ? (
          // hidden in a clipping box: a table ignores `width: 1` and, at its content's width, widened the page
          <div style={asTable ? undefined : visuallyHidden}>
            <table id={`${id}-t`} style={asTable ? { borderCollapse: 'collapse', width: '100%' } : undefined} aria-labelledby={`${id}-h`}>
              <thead>
                <tr><th scope="col" style={cell}>{title}</th><th scope="col" style={cell}>{unit}</th>{asTable ? <th scope="col" style={cell}><span style={visuallyHidden}>Filter</span></th> : null}</tr>
              </thead>
              <tbody>
                {bars.map((b) => (
                  <tr key={b.key}>
                    <th scope="row" style={{ ...cell, fontWeight: 'normal', overflowWrap: 'anywhere' }}>{b.label}</th>
                    <td style={cell}>{b.count.toLocaleString()}</td>
                    {asTable ? (
                      <td style={cell}>
                        <Button size="condensed" onClick={() => select(b)} aria-pressed={active === b.key} aria-label={`Show only ${b.label}`}>Show</Button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Flex>
    </Container>
  );
});
