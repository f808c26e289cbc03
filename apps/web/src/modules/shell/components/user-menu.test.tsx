import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { me } from '../../../test/fixtures';
import { mockApi, route } from '../../../test/mock-api';
import { renderWithProviders } from '../../../test/render';
import { UserMenu } from './user-menu';

async function openPasswordDialog() {
  const user = userEvent.setup({ delay: null }); // no pause between keys: the text is what matters
  renderWithProviders(<UserMenu onShowShortcuts={() => undefined} />);
  await user.click(screen.getByRole('button', { name: `Account menu for ${me.name}` }));
  await user.click(screen.getByRole('menuitem', { name: 'Change password' }));
  const dialog = await screen.findByRole('dialog', { name: 'Change your password' });
  return { user, dialog };
}

describe('changing one\'s own password from the user menu', () => {
  it('sends the current and the new password, then closes and says the other sessions were signed out', async () => {
    const { requests } = mockApi([route('POST', '/api/auth/me/password', () => ({ status: 204 }))]);
    const { user } = await openPasswordDialog();
    await user.type(screen.getByLabelText(/^Current password/), 'correct horse battery');
    await user.type(screen.getByLabelText(/^New password/), 'a brand new passphrase');
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText('Password changed; your other sessions were signed out')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Change your password' })).not.toBeInTheDocument());
    expect(requests.filter((r) => r.path === '/api/auth/me/password')).toEqual([
      expect.objectContaining({ method: 'POST', body: { currentPassword: 'correct horse battery', newPassword: 'a brand new passphrase' } }),
    ]);
  }, 30_000); // a dialog and three fields typed into: slow on a loaded machine

  it('checks length and repetition before sending, and shows the server\'s refusal', async () => {
    const { requests } = mockApi([route('POST', '/api/auth/me/password', () => ({
      status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Your current password is not correct' },
    }))]);
    const { user } = await openPasswordDialog();
    await user.type(screen.getByLabelText(/^Current password/), 'wrong current one');
    await user.type(screen.getByLabelText(/^New password/), 'too short');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('The new password must be at least 12 characters long')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^New password/), ' but now long');
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'something else entirely');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('The new password and its repetition differ')).toBeInTheDocument();
    expect(requests.filter((r) => r.path === '/api/auth/me/password')).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Repeat the new password/));
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'too short but now long');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your current password is not correct')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Change your password' })).toBeInTheDocument();
  }, 30_000);
});
