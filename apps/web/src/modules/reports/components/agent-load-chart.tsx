import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import type { AgentReportRowDto } from '@parley/contracts';

export type AgentLoadChartProps = { rows: AgentReportRowDto[]; onSelect: (agentId: string) => void };

export function AgentLoadChart({ rows: all, onSelect }: AgentLoadChartProps) {
  const rows = all.slice(0, 15);
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>Open conversations per agent</Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 4 }}>No agents yet.</Typography>
      ) : (
        <BarChart
          height={Math.max(200, rows.length * 34 + 60)}
          layout="horizontal"
          yAxis={[{ scaleType: 'band', data: rows.map((r) => r.agent.name), width: 120 }]}
          xAxis={[{ label: 'open conversations', tickMinStep: 1 }]}
          series={[{ data: rows.map((r) => r.openLoad), label: 'Open' }]}
          onAxisClick={(_, d) => { if (d && rows[d.dataIndex]) onSelect(rows[d.dataIndex].agent.id); }}
          hideLegend
          aria-label="Bar chart of open conversations per agent; click a bar to list them"
        />
      )}
    </Paper>
  );
}
