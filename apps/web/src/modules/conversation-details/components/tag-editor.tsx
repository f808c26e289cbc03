import type { Ref } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { ConversationDetailDto, TagDto } from '@parley/contracts';
import { useAddConversationTags, useRemoveConversationTag } from '../../conversations/hooks/use-conversation-actions';
import { useTags } from '../../directory/hooks/use-directory';
import { TagChip } from '../../ui/components/tag-chip';

export type TagEditorProps = { conversation: ConversationDetailDto; inputRef?: Ref<HTMLInputElement> };

export function TagEditor({ conversation: c, inputRef }: TagEditorProps) {
  const tags = useTags();
  const add = useAddConversationTags();
  const remove = useRemoveConversationTag();

  const onChange = (next: TagDto[]) => {
    const added = next.filter((t) => !c.tags.some((x) => x.id === t.id));
    const removed = c.tags.filter((t) => !next.some((x) => x.id === t.id));
    if (added.length) add.mutate({ id: c.id, value: added.map((t) => t.id) });
    removed.forEach((t) => remove.mutate({ id: c.id, value: t.id }));
  };

  return (
    <Autocomplete
      multiple
      size="small"
      options={tags.data ?? []}
      loading={tags.isPending}
      value={c.tags}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={(t) => t.name}
      onChange={(_, value) => onChange(value)}
      renderValue={(value, getItemProps) =>
        value.map((tag, index) => {
          const { key, onDelete } = getItemProps({ index });
          return <TagChip key={key} tag={tag} onDelete={onDelete} />;
        })
      }
      renderInput={(params) => <TextField {...params} label="Tags" placeholder={c.tags.length ? '' : 'Add a tag'} inputRef={inputRef} />}
      noOptionsText="No such tag. Admins create tags in Settings."
    />
  );
}
