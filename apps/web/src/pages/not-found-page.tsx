import Button from '@mui/material/Button';
import { Link } from 'react-router';
import { EmptyState } from '../modules/ui/components/empty-state';

export function NotFoundPage() {
  return <EmptyState title="Page not found" description="The address may be mistyped." action={<Button component={Link} to="/">Back to the inbox</Button>} />;
}
