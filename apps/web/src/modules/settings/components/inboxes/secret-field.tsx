import AutorenewIcon from '@mui/icons-material/Autorenew';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { randomSecret } from '../../utils/random-secret';

export type SecretFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  helperText?: string;
  /** show a "generate" button (for secrets Parley makes up, e.g. the API channel's) */
  generate?: boolean;
  required?: boolean;
};

export function SecretField({ label, value, onChange, error, helperText, generate, required }: SecretFieldProps) {
  return (
    <TextField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error)}
      helperText={error ?? helperText}
      required={required}
      fullWidth
      size="small"
      autoComplete="off"
      slotProps={{
        input: {
          sx: { fontFamily: 'monospace' },
          endAdornment: (
            <InputAdornment position="end">
              {value && (
                <Tooltip title="Copy">
                  <IconButton aria-label={`Copy ${label}`} size="small" onClick={() => void navigator.clipboard?.writeText(value)}>
                    <ContentCopyIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              )}
              {generate && (
                <Tooltip title="Generate a random value">
                  <IconButton aria-label={`Generate ${label}`} size="small" onClick={() => onChange(randomSecret())}>
                    <AutorenewIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              )}
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
