import DoneAllIcon from '@mui/icons-material/DoneAll';
import DoneIcon from '@mui/icons-material/Done';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { MessageDto } from '@parley/contracts';

export type DeliveryStatusProps = {
  message: MessageDto;
  onRetry?: () => void;
  retrying?: boolean;
};

export function DeliveryStatus({ message, onRetry, retrying }: DeliveryStatusProps) {
  const sx = { fontSize: 14 };
  const icon = statusIcon(message, sx, onRetry, retrying);
  // Sent again after an attempt whose outcome never came back: the agent should know the customer may see it twice.
  if (message.deliveryStatus !== 'failed' && message.deliveryError?.code === 'maybe_sent_twice') {
    return (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        {icon}
        <Tooltip title={message.deliveryError.message}>
          <Typography variant="caption" sx={{ color: 'inherit' }}>May have been sent twice</Typography>
        </Tooltip>
      </Stack>
    );
  }
  return icon;
}

function statusIcon(message: MessageDto, sx: { fontSize: number }, onRetry?: () => void, retrying?: boolean) {
  switch (message.deliveryStatus) {
    case 'pending':
      return <ScheduleIcon sx={sx} titleAccess="Sending" />;
    case 'sent':
      return <DoneIcon sx={sx} titleAccess="Sent" />;
    case 'delivered':
      return <DoneAllIcon sx={sx} titleAccess="Delivered" />;
    case 'read':
      return <DoneAllIcon sx={{ ...sx, color: 'info.light' }} titleAccess="Read" />;
    case 'failed':
      return (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Tooltip title={message.deliveryError?.message ?? 'The platform rejected this message'}>
            <ErrorOutlineIcon sx={{ ...sx, color: 'error.light' }} titleAccess="Failed" />
          </Tooltip>
          <Typography variant="caption" sx={{ color: 'inherit' }}>
            Not delivered{message.deliveryError ? `: ${message.deliveryError.message}` : ''}
          </Typography>
          {onRetry && (
            <Button size="small" color="inherit" variant="outlined" onClick={onRetry} disabled={retrying} sx={{ py: 0, minWidth: 0, fontSize: 12, whiteSpace: 'nowrap', flexShrink: 0 }}>
              Retry
            </Button>
          )}
        </Stack>
      );
    default:
      return null;
  }
}
