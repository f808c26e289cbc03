import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import type { VolumePointDto } from '@parley/contracts';
import { hourAxis } from '../utils/hour-axis';

export type VolumeChartsProps = { byDay: VolumePointDto[]; byHour: VolumePointDto[]; onSelect: (point: VolumePointDto) => void };

/** Incoming messages and new conversations; a click on a day or an hour lists the conversations it started. */
export function VolumeCharts({ byDay, byHour, onSelect }: VolumeChartsProps) {
  const pick = (points: VolumePointDto[]) => (_: unknown, d: { dataIndex: number } | null) => {
    const point = d ? points[d.dataIndex] : undefined;
    if (point) onSelect(point);
  };
  const hourLabels = byHour.map((p) => p.label);
  const hours = hourAxis(hourLabels);
  return (
    <>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>Volume by day</Typography>
        <BarChart
          height={260}
          xAxis={[{ scaleType: 'band', data: byDay.map((p) => p.label.slice(5)) }]}
          series={[
            { data: byDay.map((p) => p.incoming), label: 'Incoming messages' },
            { data: byDay.map((p) => p.created), label: 'New conversations' },
          ]}
          onAxisClick={pick(byDay)}
          aria-label="Bar chart of incoming messages and new conversations per day; click a day to list its new conversations"
        />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>Volume by hour</Typography>
        <LineChart
          height={260}
          xAxis={[{
            scaleType: 'point', data: hourLabels, tickInterval: hours.tickInterval, tickLabelInterval: hours.tickLabelInterval,
            valueFormatter: (label: string, context) => (context.location === 'tick' ? hours.tickLabel(label) : label),
          }]}
          series={[
            { data: byHour.map((p) => p.incoming), label: 'Incoming messages', showMark: false },
            { data: byHour.map((p) => p.created), label: 'New conversations', showMark: false },
          ]}
          onAxisClick={pick(byHour)}
          aria-label="Line chart of incoming messages and new conversations per hour; click an hour to list its new conversations"
        />
      </Paper>
    </>
  );
}
