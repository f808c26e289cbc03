import { useState } from 'react';
import SearchIcon from '@mui/icons-material/Search';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { SearchResultDto } from '@parley/contracts';
import { ChannelIcon } from '../../conversations/components/channel-icon';
import { queryKeys } from '../../http/query-keys';
import { useDebouncedValue } from '../../ui/hooks/use-debounced-value';
import { searchApi } from '../api/search.api';

/** The server's headline marks matches with tags; show it as plain text (never as HTML). */
const plain = (headline: string) => headline.replace(/<[^>]+>/g, '');

export type SearchBoxProps = {
  fullWidth?: boolean;
  autoFocus?: boolean;
  /** after a result was chosen (a phone closes its search row) */
  onPicked?: () => void;
};

export function SearchBox({ fullWidth = false, autoFocus = false, onPicked }: SearchBoxProps) {
  const navigate = useNavigate();
  const [input, setInput] = useState('');
  const q = useDebouncedValue(input.trim(), 250);
  const results = useQuery({
    queryKey: queryKeys.search(q),
    queryFn: ({ signal }) => searchApi.search(q, signal),
    enabled: q.length >= 2,
  });

  return (
    <Autocomplete<SearchResultDto, false, false, false>
      size="small"
      sx={{ width: fullWidth ? '100%' : 340 }}
      options={q.length >= 2 ? (results.data ?? []) : []}
      filterOptions={(x) => x}
      loading={results.isFetching}
      inputValue={input}
      onInputChange={(_, value, reason) => reason !== 'reset' && setInput(value)}
      getOptionLabel={(r) => r.conversation.contact.name ?? 'Unknown contact'}
      getOptionKey={(r) => `${r.conversation.id}-${r.message?.id ?? 'contact'}`}
      onChange={(_, r) => {
        if (!r) return;
        setInput('');
        onPicked?.();
        navigate(`/conversations/${r.conversation.id}?view=${r.conversation.archived ? 'archived' : 'all'}&status=any`);
      }}
      noOptionsText={q.length < 2 ? 'Type at least 2 characters' : 'No conversation matches'}
      renderOption={({ key, ...props }, r) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start !important' }}>
          <ChannelIcon channel={r.conversation.channel} />
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>{r.conversation.contact.name ?? 'Unknown contact'}</Typography>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>{plain(r.headline)}</Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          placeholder="Search contacts and messages"
          autoFocus={autoFocus}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'aria-label': 'Search conversations' },
            input: {
              ...params.slotProps.input,
              startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment>,
              sx: { bgcolor: 'background.paper', borderRadius: 1 },
            },
          }}
        />
      )}
    />
  );
}
