import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { QuickReplyDto } from '@parley/contracts';

export type QuickReplyPickerProps = {
  id: string;
  query: string;
  results: QuickReplyDto[];
  activeIndex: number;
  loading: boolean;
  onSelect: (reply: QuickReplyDto) => void;
  onHover: (index: number) => void;
};

export const quickReplyOptionId = (pickerId: string, index: number) => `${pickerId}-option-${index}`;

/** Focus stays in the composer (aria-activedescendant); arrows move, Enter picks, Escape closes. */
export function QuickReplyPicker({ id, query, results, activeIndex, loading, onSelect, onHover }: QuickReplyPickerProps) {
  return (
    <Paper elevation={6} sx={{ position: 'absolute', bottom: '100%', left: 0, right: 0, mb: 1, maxHeight: 280, overflowY: 'auto', zIndex: 5 }}>
      {loading && <LinearProgress aria-label="Searching quick replies" />}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 2, pt: 1 }}>
        Quick replies{query ? ` matching “${query}”` : ''} · ↑↓ to move, Enter to insert, Esc to close
      </Typography>
      <List id={id} role="listbox" aria-label="Quick replies" dense>
        {results.map((reply, index) => (
          <ListItemButton
            key={reply.id}
            id={quickReplyOptionId(id, index)}
            role="option"
            aria-selected={index === activeIndex}
            selected={index === activeIndex}
            onMouseEnter={() => onHover(index)}
            // mousedown, not click: the composer must keep focus and its caret position
            onMouseDown={(e) => {
              e.preventDefault();
              onSelect(reply);
            }}
          >
            <ListItemText
              primary={<><strong>/{reply.shortcut}</strong> · {reply.title}</>}
              secondary={reply.body}
              slotProps={{ secondary: { noWrap: true } }}
            />
          </ListItemButton>
        ))}
        {!loading && results.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>No quick reply matches. Keep typing or press Esc.</Typography>
        )}
      </List>
    </Paper>
  );
}
