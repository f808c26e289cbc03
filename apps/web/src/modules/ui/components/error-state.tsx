import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { errorMessage } from '../../http/api-error';

export type ErrorStateProps = {
  error: unknown;
  onRetry?: () => void;
  title?: string;
};

export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  return (
    <Alert
      severity="error"
      sx={{ m: 2, whiteSpace: 'pre-line' }}
      action={onRetry ? <Button color="inherit" size="small" onClick={onRetry}>Retry</Button> : undefined}
    >
      {title ? <strong>{title}: </strong> : null}
      {errorMessage(error)}
    </Alert>
  );
}
