import { useId, useImperativeHandle, useRef, useState, type RefObject } from 'react';
import CloseIcon from '@mui/icons-material/Close';
import SendIcon from '@mui/icons-material/Send';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ConversationDetailDto, ConversationListItemDto, MessageDto } from '@parley/contracts';
import { errorMessage } from '../../http/api-error';
import { useSendMessage, useSendNote } from '../../thread/hooks/use-messages';
import { useDraft } from '../hooks/use-draft';
import { useQuickReplyInsertion } from '../hooks/use-quick-reply-insertion';
import { useReplyWindow } from '../hooks/use-reply-window';
import { useTypingEmitter } from '../hooks/use-typing-emitter';
import { ComposerModeToggle } from './composer-mode-toggle';
import { QuickReplyPicker, quickReplyOptionId } from './quick-reply-picker';
import { ReplyWindowNotice } from './reply-window-notice';
import { VariablePromptDialog } from './variable-prompt-dialog';

export interface ComposerCommands {
  focus: () => void;
  startQuickReply: () => void;
}

export type ComposerProps = {
  conversation: ConversationListItemDto | ConversationDetailDto;
  commandsRef?: RefObject<ComposerCommands | null>;
  /** The message this reply answers (quoted on Messenger, Instagram and WhatsApp); null for none. */
  replyTo?: MessageDto | null;
  onCancelReplyTo?: () => void;
};

/** The API's limits: platforms cut longer replies. */
const REPLY_LIMIT = 4000;
const NOTE_LIMIT = 10000;

/** Mount with key={conversation.id}: the draft and picker state belong to one conversation. */
export function Composer({ conversation, commandsRef, replyTo = null, onCancelReplyTo }: ComposerProps) {
  const pickerId = useId();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useDraft(conversation.id);
  const [error, setError] = useState<unknown>(null);
  const send = useSendMessage(conversation.id);
  const note = useSendNote(conversation.id);
  const replyWin = useReplyWindow(conversation);
  const { notifyTyping, stopTyping } = useTypingEmitter(conversation.id);
  const setText = (text: string) => setDraft({ ...draft, text });
  const qr = useQuickReplyInsertion({ conversationId: conversation.id, text: draft.text, setText, inputRef });

  const isNote = draft.mode === 'note';
  const closed = !isNote && replyWin.kind === 'closed';
  const busy = send.isPending || note.isPending;
  const limit = isNote ? NOTE_LIMIT : REPLY_LIMIT;
  const tooLong = draft.text.length > limit;
  const canSend = draft.text.trim().length > 0 && !closed && !busy && !tooLong;

  useImperativeHandle(commandsRef, () => ({
    focus: () => inputRef.current?.focus(),
    startQuickReply: () => {
      const input = inputRef.current;
      if (!input || closed) return;
      const caret = input.selectionStart ?? draft.text.length;
      const prefix = caret > 0 && !/\s$/.test(draft.text.slice(0, caret)) ? ' /' : '/';
      const text = draft.text.slice(0, caret) + prefix + draft.text.slice(caret);
      setText(text);
      qr.track(text, caret + prefix.length);
      requestAnimationFrame(() => {
        input.focus();
        input.setSelectionRange(caret + prefix.length, caret + prefix.length);
      });
    },
  }));

  const submit = () => {
    if (!canSend) return;
    const text = draft.text.trim();
    const done = {
      onSuccess: () => {
        setDraft({ text: '', mode: draft.mode });
        qr.resetUsedQuickReply();
        if (!isNote) onCancelReplyTo?.();
      },
      onError: (e: unknown) => setError(e),
    };
    setError(null);
    stopTyping();
    if (isNote) note.mutate(text, done);
    else send.mutate({ text, quickReplyId: qr.usedQuickReplyId, ...(replyTo ? { replyToId: replyTo.id } : {}) }, done);
  };

  const shownError = error ?? qr.renderError;
  return (
    <Box component="section" aria-label="Composer" sx={{ borderTop: 1, borderColor: 'divider', p: 1.5, bgcolor: 'background.paper' }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <ComposerModeToggle mode={draft.mode} onChange={(mode) => setDraft({ ...draft, mode })} />
        {!isNote && <Box sx={{ flex: 1, minWidth: 0 }}><ReplyWindowNotice window={replyWin} /></Box>}
      </Stack>
      {replyTo && !isNote && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, pl: 1, borderLeft: 3, borderColor: 'primary.main' }} role="note" aria-label="Replying to">
          <Typography variant="caption" color="text.secondary" sx={{ flex: 1, minWidth: 0 }} noWrap>
            Replying to {replyTo.direction === 'incoming' ? 'the customer' : (replyTo.sender?.name ?? 'the page')}: {replyTo.text ?? 'an attachment'}
          </Typography>
          <IconButton size="small" aria-label="Cancel the reply to this message" onClick={onCancelReplyTo}>
            <CloseIcon fontSize="small" />
          </IconButton>
        </Stack>
      )}
      {shownError ? <Alert severity="error" sx={{ mb: 1, whiteSpace: 'pre-line' }} onClose={() => setError(null)}>{errorMessage(shownError)}</Alert> : null}
      <Box sx={{ position: 'relative' }}>
        {qr.token && (
          <QuickReplyPicker
            id={pickerId}
            query={qr.token.query}
            results={qr.results}
            activeIndex={qr.activeIndex}
            loading={qr.searching}
            onSelect={qr.select}
            onHover={qr.setActiveIndex}
          />
        )}
        <TextField
          inputRef={inputRef}
          label={isNote ? 'Private note (only your team sees it)' : 'Reply to the customer'}
          placeholder={closed ? 'Replies are closed for this conversation' : 'Type a message, / for quick replies'}
          multiline
          minRows={2}
          maxRows={8}
          fullWidth
          disabled={closed}
          value={draft.text}
          onChange={(e) => {
            setError(null);
            setText(e.target.value);
            qr.track(e.target.value, e.target.selectionStart ?? e.target.value.length);
            if (!isNote) notifyTyping();
          }}
          onSelect={(e) => {
            const t = e.target as HTMLTextAreaElement;
            if (qr.token) qr.track(t.value, t.selectionStart ?? t.value.length);
          }}
          onKeyDown={(e) => {
            if (qr.onKeyDown(e)) return;
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
          sx={isNote ? { '& .MuiInputBase-root': { bgcolor: 'note.background', color: 'note.text' } } : undefined}
          slotProps={{
            htmlInput: {
              'aria-autocomplete': 'list',
              'aria-controls': qr.token ? pickerId : undefined,
              'aria-expanded': Boolean(qr.token),
              'aria-activedescendant': qr.token && qr.results.length ? quickReplyOptionId(pickerId, qr.activeIndex) : undefined,
            },
          }}
        />
      </Box>
      <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 1, gap: 1, alignItems: 'center' }}>
        <Box component="span" sx={{ typography: 'caption', color: tooLong ? 'error.main' : 'text.secondary', mr: 'auto' }} aria-live="polite">
          {draft.text.length > limit - 500 ? `${draft.text.length} / ${limit} characters` : 'Enter to send · Shift+Enter for a new line'}
        </Box>
        <Button variant="contained" color={isNote ? 'warning' : 'primary'} endIcon={<SendIcon />} disabled={!canSend} onClick={submit}>
          {isNote ? 'Add note' : 'Send'}
        </Button>
      </Stack>
      <VariablePromptDialog open={Boolean(qr.pending)} variables={qr.pending?.missing ?? []} onSubmit={qr.completeVariables} onCancel={qr.cancelVariables} />
    </Box>
  );
}
