import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '../modules/auth/components/login-form';
import { useCurrentUserQuery } from '../modules/auth/hooks/use-current-user';

/** Only same-app paths are accepted as the place to go back to. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useCurrentUserQuery();
  const next = safeNext(params.get('next'));
  if (me.data) return <Navigate to={next} replace />;
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 2 }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 400 }} variant="outlined">
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>Parley</Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>Sign in to answer your customers.</Typography>
        <LoginForm onSuccess={() => navigate(next, { replace: true })} />
      </Paper>
    </Box>
  );
}
