import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Availability, ChangePasswordRequest } from '@parley/contracts';
import { queryKeys } from '../../http/query-keys';
import type { LoginRequest } from '@parley/contracts';
import { authApi } from '../api/auth.api';

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginRequest) => authApi.login(input),
    onSuccess: ({ user }) => {
      client.clear();
      client.setQueryData(queryKeys.me, user);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: authApi.logout,
    onSettled: () => {
      client.clear();
      client.setQueryData(queryKeys.me, null);
    },
  });
}

export function useSetAvailability() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (availability: Availability) => authApi.setAvailability(availability),
    onSuccess: (user) => client.setQueryData(queryKeys.me, user),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (input: ChangePasswordRequest) => authApi.changePassword(input) });
}
