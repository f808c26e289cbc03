import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { apiFetch } from '../../http/api-fetch';
import { queryKeys } from '../../http/query-keys';
import { ConfirmDialog } from '../../ui/components/confirm-dialog';

export type ContactPrivacyActionsProps = { contactId: string };

/** Subject access and erasure requests, for admins: download the contact's data, or erase it for good. */
export function ContactPrivacyActions({ contactId }: ContactPrivacyActionsProps) {
  const user = useCurrentUser();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const erase = useMutation({
    mutationFn: () => apiFetch(`/contacts/${contactId}`, { method: 'DELETE' }),
    onSuccess: () => { setConfirming(false); void client.invalidateQueries({ queryKey: queryKeys.conversations }); navigate('/'); },
  });
  if (user.role !== 'admin') return null;
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
      <Button size="small" variant="outlined" component="a" href={`/api/contacts/${contactId}/export`} download>Export data</Button>
      <Button size="small" variant="outlined" color="error" onClick={() => setConfirming(true)}>Erase contact</Button>
      <ConfirmDialog open={confirming} title="Erase this contact for good?"
        description="Their conversations, messages and notes are deleted and cannot come back, even if the platform sends them again. The audit log keeps only counts."
        confirmLabel="Erase contact" destructive busy={erase.isPending} onConfirm={() => erase.mutate()} onClose={() => setConfirming(false)} />
    </Stack>
  );
}
