import type { Ref } from 'react';
import ArchiveIcon from '@mui/icons-material/Archive';
import SnoozeIcon from '@mui/icons-material/Snooze';
import UnarchiveIcon from '@mui/icons-material/Unarchive';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import type { ConversationDetailDto } from '@parley/contracts';
import { useArchiveConversation, useSnoozeConversation } from '../../conversations/hooks/use-conversation-actions';
import { ActivityTrail } from './activity-trail';
import { AssigneeField } from './assignee-field';
import { ContactCard } from './contact-card';
import { ContactPrivacyActions } from './contact-privacy-actions';
import { DetailField } from './detail-field';
import { SnoozeDialog } from './snooze-dialog';
import { StatusPriorityFields } from './status-priority-fields';
import { TagEditor } from './tag-editor';
import { TeamField } from './team-field';

export type DetailsPanelProps = {
  conversation: ConversationDetailDto;
  snoozeOpen: boolean;
  onSnoozeOpenChange: (open: boolean) => void;
  tagInputRef?: Ref<HTMLInputElement>;
};

export function DetailsPanel({ conversation: c, snoozeOpen, onSnoozeOpenChange, tagInputRef }: DetailsPanelProps) {
  const archive = useArchiveConversation();
  const snooze = useSnoozeConversation();
  return (
    <Box component="aside" aria-label="Conversation details" sx={{ p: 2, overflowY: 'auto', height: '100%' }}>
      <ContactCard conversation={c} />
      <ContactPrivacyActions contactId={c.contact.id} />
      <Stack spacing={2}>
        <AssigneeField conversation={c} />
        <TeamField conversation={c} />
        <StatusPriorityFields conversation={c} />
        <TagEditor conversation={c} inputRef={tagInputRef} />
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" size="small" startIcon={<SnoozeIcon />} onClick={() => onSnoozeOpenChange(true)} fullWidth>
            Snooze
          </Button>
          <Button
            variant="outlined"
            size="small"
            startIcon={c.archived ? <UnarchiveIcon /> : <ArchiveIcon />}
            disabled={archive.isPending}
            onClick={() => archive.mutate({ id: c.id, value: !c.archived })}
            fullWidth
          >
            {c.archived ? 'Unarchive' : 'Archive'}
          </Button>
        </Stack>
      </Stack>
      <Divider sx={{ my: 2 }} />
      <DetailField label="Activity">
        <ActivityTrail conversationId={c.id} />
      </DetailField>
      <SnoozeDialog
        open={snoozeOpen}
        onClose={() => onSnoozeOpenChange(false)}
        onSnooze={(until) => snooze.mutate({ id: c.id, value: until.toISOString() })}
      />
    </Box>
  );
}
