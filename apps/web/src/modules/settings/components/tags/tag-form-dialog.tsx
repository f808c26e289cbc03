import { useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { TagDto } from '@parley/contracts';
import type { CreateTagRequest } from '@parley/contracts';
import { tagsApi } from '../../../directory/api/directory.api';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import { hasErrors, rules, type Errors } from '../../utils/validators';
import { FormDialog } from '../form-dialog';

export type TagFormDialogProps = { tag?: TagDto; onClose: () => void };

export function TagFormDialog({ tag, onClose }: TagFormDialogProps) {
  const [name, setName] = useState(tag?.name ?? '');
  const [color, setColor] = useState(tag?.color ?? '#1e88e5');
  const [touched, setTouched] = useState(false);
  const save = useDirectoryMutation((input: CreateTagRequest) => (tag ? tagsApi.update(tag.id, input) : tagsApi.create(input)), queryKeys.tags, 'Tag saved');
  const errors: Errors<'name' | 'color'> = { name: rules.required('name', 50)(name), color: rules.color(color) };
  const submit = () => {
    setTouched(true);
    if (!hasErrors(errors)) save.mutate({ name: name.trim(), color: color || null }, { onSuccess: onClose });
  };
  return (
    <FormDialog open title={tag ? 'Edit tag' : 'New tag'} submitLabel="Save" busy={save.isPending} error={save.error} onSubmit={submit} onClose={onClose}>
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={touched && Boolean(errors.name)} helperText={touched ? errors.name : undefined} required autoFocus size="small" />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField label="Colour (hex)" value={color} onChange={(e) => setColor(e.target.value)} error={touched && Boolean(errors.color)} helperText={touched ? errors.color : 'e.g. #1e88e5'} size="small" sx={{ flex: 1 }} />
        <Box component="input" type="color" aria-label="Pick a colour" value={/^#[0-9a-fA-F]{6}$/.test(color) ? color : '#1e88e5'} onChange={(e) => setColor((e.target as HTMLInputElement).value)} sx={{ width: 48, height: 40, border: 0, bgcolor: 'transparent', cursor: 'pointer' }} />
      </Stack>
    </FormDialog>
  );
}
