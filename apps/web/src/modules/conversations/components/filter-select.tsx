import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';

export type FilterSelectProps = {
  id: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  /** label of the "no filter" entry; omit when a value is required */
  anyLabel?: string;
  onChange: (value: string | undefined) => void;
};

export function FilterSelect({ id, label, value, options, anyLabel, onChange }: FilterSelectProps) {
  return (
    <FormControl size="small" fullWidth>
      <InputLabel id={`${id}-label`} shrink={anyLabel ? true : undefined}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        label={label}
        value={value ?? ''}
        displayEmpty={Boolean(anyLabel)}
        notched={anyLabel ? true : undefined}
        onChange={(e) => onChange(e.target.value === '' ? undefined : String(e.target.value))}
      >
        {anyLabel && <MenuItem value="">{anyLabel}</MenuItem>}
        {options.map((o) => (
          <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
