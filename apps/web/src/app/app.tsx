import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { prefetchFirstScreen } from '../modules/inbox/utils/prefetch-first-screen';
import { ToastProvider } from '../modules/ui/components/toast-provider';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { ColorModeProvider } from './theme/color-mode';

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    prefetchFirstScreen(client);
    return client;
  });
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <ColorModeProvider>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </ColorModeProvider>
    </QueryClientProvider>
  );
}
