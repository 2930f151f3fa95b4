/**
 * Changes over time in the review's overview: per day (30 days) or per week (90 days), through the
 * app and outside it, stacked; the same numbers as a table for screen readers or on request.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { CategoricalBarChart } from '@dynatrace/strato-components/charts';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph } from '@dynatrace/strato-components/typography';
import React, { memo, useId, useMemo, useState } from 'react';
import type { ChangeBucket } from '../../../../lib/review/overview';
import { visuallyHidden } from './OverviewChart';

const THROUGH = 'Through the app';
const OUTSIDE = 'Outside the app';
const cell: React.CSSProperties = { padding: '2px 8px 2px 0', textAlign: 'left' };

interface Props {
  days: 30 | 90;
  onDaysChange: (days: 30 | 90) => void;
  buckets: ChangeBucket[];
  loading: boolean;
  failed: boolean;
}

export const ChangesChart = memo(function ChangesChart({ days, onDaysChange, buckets, loading, failed }: Props) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const data = useMemo(() => buckets.map((b) => ({ category: b.label, value: { [THROUGH]: b.throughApp, [OUTSIDE]: b.outsideApp } })), [buckets]);
  const total = buckets.reduce((s, b) => s + b.throughApp + b.outsideApp, 0);
  const per = days === 30 ? 'day' : 'week (starting)';

  return (
    // the whole row of the overview's grid: 30 days (or 13 weeks) of bars need the width to be read;
    // relative: the visually hidden table is placed inside the card, not against the page
    <Container as="section" aria-labelledby={`${id}-h`} padding={12} data-testid="overview-changes" style={{ gridColumn: '1 / -1', position: 'relative' }}>
      <Flex flexDirection="column" gap={8}>
        <Flex justifyContent="space-between" alignItems="center" gap={8} flexWrap="wrap">
          <Heading level={5} as="h3" id={`${id}-h`}>Changes in the last {days} days ({total.toLocaleString()})</Heading>
          <Flex gap={4} role="group" aria-label="Time range of the changes">
            {([30, 90] as const).map((d) => (
              <Button key={d} size="condensed" variant={d === days ? 'emphasized' : 'default'} aria-pressed={d === days} onClick={() => onDaysChange(d)}>{d} days</Button>
            ))}
            <Button size="condensed" aria-expanded={asTable} aria-controls={`${id}-t`} onClick={() => setAsTable((v) => !v)}>{asTable ? 'Show as chart' : 'Show as table'}</Button>
          </Flex>
        </Flex>
        {failed ? <Paragraph>The change history could not be read.</Paragraph> : null}
        {loading && total === 0 ? <Paragraph>Reading the change history…</Paragraph> : null}
        {!asTable && !failed ? (
          <CategoricalBarChart data={data} groupMode="stacked" height={200} colorPalette="categorical">
            {/* 30 day labels do not fit side by side at 1024 px (they were cut to "1…0"): upright */}
            <CategoricalBarChart.CategoryAxis tickLabelLayout={buckets.length > 14 ? 'vertical' : 'horizontal'} />
            <CategoricalBarChart.Legend position="bottom" />
          </CategoricalBarChart>
        ) : null}
        {/* hidden in a clipping box: a table ignores `width: 1` and, at its content's width, would widen the page */}
        <div style={asTable ? undefined : visuallyHidden}>
          <table id={`${id}-t`} style={asTable ? { borderCollapse: 'collapse' } : undefined} aria-labelledby={`${id}-h`}>
            <thead><tr><th scope="col" style={cell}>{per}</th><th scope="col" style={cell}>{THROUGH}</th><th scope="col" style={cell}>{OUTSIDE}</th></tr></thead>
            <tbody>
              {buckets.filter((b) => asTable || b.throughApp + b.outsideApp > 0).map((b) => (
                <tr key={b.start}><th scope="row" style={{ ...cell, fontWeight: 'normal' }}>{b.label}</th><td style={cell}>{b.throughApp}</td><td style={cell}>{b.outsideApp}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </Flex>
    </Container>
  );
});
