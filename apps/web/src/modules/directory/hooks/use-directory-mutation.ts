import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useToast } from '../../ui/components/toast-provider';

/**
 * Wraps a settings mutation: on success it refreshes the list it changed and confirms; errors stay on the
 * mutation so forms can show the API's message next to the fields.
 */
export function useDirectoryMutation<TInput, TResult>(
  mutationFn: (input: TInput) => Promise<TResult>,
  invalidate: QueryKey,
  successMessage?: string,
) {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: invalidate });
      if (successMessage) toast(successMessage, 'success');
    },
  });
}
